import { Composer, InlineKeyboard, InputFile } from "grammy";
import { z } from "zod";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { UNLINK_REASON_LIMITS, type RevocableRole, type StaffMember, type UnlinkResult } from "../../services/staff-roles.service.js";
import { SCENES } from "../../../scenes/ids.js";
import type { Refusal } from "../../services/practice-context.js";
import { allowAttempt } from "../middlewares/may-attempt.js";
import { CALLBACK_PREFIXES, defineCallback, onCallback } from "../callback-data.js";
import { packId, unpackId } from "../compact-id.js";
import { formatDate } from "../format.js";
import { quietly } from "../../logging/quietly.js";
import { refuse, refusalKey } from "./coordinator-practice/shared.js";
import { invitationSheetLabels } from "../../services/roster/invitation-sheet.js";

/** At most this many revoke buttons under one `/revoke` message (Telegram keeps a keyboard readable). */
const MAX_REVOKE_BUTTONS = 40;

const packedId = z.string().regex(/^[A-Za-z0-9_-]{16}$/);
const ROLE_CODES = { c: "coordinator", u: "universitySupervisor", o: "organisationSupervisor" } as const satisfies Record<
  string,
  RevocableRole
>;
const roleCode = z.enum(["c", "u", "o"]);
const codeOf = (role: RevocableRole): keyof typeof ROLE_CODES =>
  role === "coordinator" ? "c" : role === "universitySupervisor" ? "u" : "o";

/** A student card's "new personal link": `sr.re:<student>`. */
export const reissueData = defineCallback({ prefix: CALLBACK_PREFIXES.staffReissue, schema: z.object({ student: packedId }) });
/** "New links for everyone who has not claimed": `sr.all:<department>`. */
export const reissueAllData = defineCallback({ prefix: CALLBACK_PREFIXES.staffReissueAll, schema: z.object({ department: packedId }) });
/** A student card's "unlink the account": `sr.ul:<student>` (asks for the command with the reason). */
export const unlinkData = defineCallback({ prefix: CALLBACK_PREFIXES.staffUnlink, schema: z.object({ student: packedId }) });
const revokeSchema = z.object({
  department: packedId,
  role: roleCode,
  person: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
});
/** A person's "take the role away" in `/revoke`, and its confirmation. */
export const revokeData = defineCallback({ prefix: CALLBACK_PREFIXES.staffRevoke, schema: revokeSchema });
export const revokeConfirmData = defineCallback({ prefix: CALLBACK_PREFIXES.staffRevokeConfirm, schema: revokeSchema });

type T = (key: string, params?: Record<string, string | number>) => string;

/** What the unlink scene is entered with (the card's student). */
export interface UnlinkArgs {
  studentNumber: string;
}

/** The coordinator's answer to an unlinking, by command or from the card's scene (`expires`: the new link's date). */
export function unlinkOutcomeText(t: T, result: UnlinkResult, studentNumber: string, expires: string): string {
  switch (result.status) {
    case "unlinked":
      return t("staff-roles-unlinked", { ...result.student, link: result.link, expires });
    case "notLinked":
      return t("staff-roles-unlink-not-linked", { ...result.student });
    case "badReason":
      return t("staff-roles-unlink-reason-length", { min: UNLINK_REASON_LIMITS.min, max: UNLINK_REASON_LIMITS.max });
    case "notFound":
      return t("staff-roles-student-not-found", { studentNumber });
    case "forbidden":
      return t(refusalKey(result));
  }
}

/**
 * The buttons of a student's card (`/students <ID>` finding one student): a fresh personal link while nobody
 * holds the ID, unlinking the account that does. Null when the principal may do neither.
 */
export async function studentCardKeyboard(
  ctx: PrivateContext,
  services: AppServices,
  studentNumber: string,
): Promise<InlineKeyboard | null> {
  const actions = await services.staffRoles.cardActions(ctx.principal, studentNumber);
  if (!actions) return null;
  const student = packId(actions.studentId);
  if (!actions.linked && actions.mayReissue)
    return new InlineKeyboard().text(ctx.t("staff-roles-reissue-button"), reissueData.pack({ student }));
  if (actions.linked && actions.mayUnlink)
    return new InlineKeyboard().text(ctx.t("staff-roles-unlink-button"), unlinkData.pack({ student }));
  return null;
}

/**
 * Links, roles and wrong claims for a department of hundreds: `/reissue` (one student's fresh link, or an XLSX of
 * fresh links for everyone who has not claimed one), `/unlink ID reason` (a wrongly claimed student ID),
 * `/revoke` (take a supervisor's or — the admin — a coordinator's role away). Every press asks the services
 * again, and they ask `can()`: callback data only says what was shown.
 */
export function staffRolesFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();
  const expires = (ctx: PrivateContext, at: Date): string => formatDate(at, ctx.locale, services.config.timezone);

  async function answer(ctx: PrivateContext, text?: string): Promise<void> {
    await quietly(() => ctx.answerCallbackQuery(text ? { text } : {}), {
      reason: "staff roles: could not answer the button",
      log: services.logger,
    });
  }

  /** Replies with one student's new link (or why not); false when refused (a press is then answered with the alert). */
  async function reissueOne(ctx: PrivateContext, studentNumber: string): Promise<boolean> {
    const t: T = ctx.t.bind(ctx);
    const result = await services.staffRoles.reissueLink(ctx.principal, studentNumber, ctx.me.username);
    switch (result.status) {
      case "issued":
        await ctx.reply(t("staff-roles-reissued-one", { ...result.student, link: result.link, expires: expires(ctx, result.expiresAt) }), {
          link_preview_options: { is_disabled: true },
        });
        return true;
      case "alreadyLinked":
        await ctx.reply(t("staff-roles-reissue-linked", { ...result.student }));
        return true;
      case "notFound":
        await ctx.reply(t("staff-roles-student-not-found", { studentNumber }));
        return true;
      case "forbidden":
        await refuse(ctx, refusalKey(result));
        return false;
    }
  }

  feature.command("reissue", allowAttempt("reissueInvitation"), async (ctx) => {
    const args = ctx.match.split(/\s+/).filter(Boolean);
    const byCode = args[0] ? await services.departments.resolveFromArgs(ctx.principal, "reissueInvitation", args.slice(0, 1)) : null;
    const named = byCode && byCode.rest.length === 0 ? byCode.department : null;
    const rest = named ? args.slice(1) : args;
    if (rest.length > 1) return void (await ctx.reply(ctx.t("staff-roles-reissue-usage")));
    if (rest.length === 1) return void (await reissueOne(ctx, rest[0]!));
    const department = named ?? (await services.departments.resolveFromArgs(ctx.principal, "reissueInvitation", []))?.department;
    if (!department) return void (await ctx.reply(ctx.t("cp-department-needed", { command: "reissue" })));
    const counted = await services.staffRoles.countUnclaimed(ctx.principal, department.id);
    if (counted.status !== "ok") return refuse(ctx, refusalKey(counted));
    const t: T = ctx.t.bind(ctx);
    if (counted.count === 0) return void (await ctx.reply(t("staff-roles-reissue-none", { department: department.code })));
    await ctx.reply(t("staff-roles-reissue-all-ask", { count: counted.count, department: department.code }), {
      reply_markup: new InlineKeyboard().text(
        t("staff-roles-reissue-all-button", { count: counted.count }),
        reissueAllData.pack({ department: packId(department.id) }),
      ),
    });
  });

  onCallback(feature, reissueData, async (ctx, press) => {
    const studentId = unpackId(press.student);
    const number = studentId ? await services.staffRoles.studentNumberOf(studentId) : null;
    if (!number) return refuse(ctx, "cp-decision-not-found");
    // A refusal answers the press with an alert; otherwise the press is answered after the reply.
    if (await reissueOne(ctx, number)) await answer(ctx);
  });

  onCallback(feature, reissueAllData, async (ctx, press) => {
    const departmentId = unpackId(press.department);
    if (!departmentId) return refuse(ctx, "errors-stale-button");
    const t: T = ctx.t.bind(ctx);
    const result = await services.roster.reissueInvitations(ctx.principal, {
      departmentId,
      botUsername: ctx.me.username,
      sheetLabels: invitationSheetLabels(t),
    });
    if (result.status !== "issued") return refuse(ctx, refusalKey(result));
    await answer(ctx);
    await quietly(() => ctx.editMessageReplyMarkup(), { reason: "staff roles: could not remove the button", log: services.logger });
    if (!result.sheet || !result.expiresAt) return void (await ctx.reply(t("staff-roles-reissue-none-left")));
    await ctx.replyWithDocument(new InputFile(result.sheet, "new-links.xlsx"), {
      caption: [
        t("roster-reissued", { count: result.count }),
        t("staff-roles-valid-until", { expires: expires(ctx, result.expiresAt) }),
      ].join("\n"),
    });
  });

  feature.command("unlink", allowAttempt("unlinkStudentAccount"), async (ctx) => {
    const match = /^(\S+)\s+([\s\S]+)$/.exec(ctx.match.trim());
    if (!match) return void (await ctx.reply(ctx.t("staff-roles-unlink-usage")));
    const studentNumber = match[1]!;
    const result = await services.staffRoles.unlinkAccount(ctx.principal, {
      studentNumber,
      reason: match[2]!,
      botUsername: ctx.me.username,
    });
    if (result.status === "forbidden") return refuse(ctx, refusalKey(result));
    const valid = result.status === "unlinked" ? expires(ctx, result.expiresAt) : "";
    await ctx.reply(unlinkOutcomeText(ctx.t.bind(ctx), result, studentNumber, valid), { link_preview_options: { is_disabled: true } });
  });

  // The card's button asks for the reason in a scene; the scene's service call asks `can()` when it acts.
  onCallback(feature, unlinkData, async (ctx, press) => {
    const studentId = unpackId(press.student);
    const number = studentId ? await services.staffRoles.studentNumberOf(studentId) : null;
    if (!number) return refuse(ctx, "cp-decision-not-found");
    if (!(await services.staffRoles.cardActions(ctx.principal, number))?.mayUnlink) return refuse(ctx, "errors-not-allowed");
    await answer(ctx);
    const args: UnlinkArgs = { studentNumber: number };
    await ctx.conversation.enter(SCENES.UNLINK_REASON.id, args);
  });

  feature.command("revoke", allowAttempt("revokeSupervisor", "revokeCoordinator"), async (ctx) => {
    const t: T = ctx.t.bind(ctx);
    const args = ctx.match.split(/\s+/).filter(Boolean);
    const resolved = await services.departments.resolveFromArgs(ctx.principal, "revokeSupervisor", args);
    if (!resolved) return void (await ctx.reply(t("cp-department-needed", { command: "revoke" })));
    const listed = await services.staffRoles.listRevocable(ctx.principal, resolved.department.id);
    if (listed.status !== "ok") return refuse(ctx, refusalKey(listed));
    if (listed.staff.length === 0) return void (await ctx.reply(t("staff-roles-revoke-nobody", { department: resolved.department.code })));
    const shown = listed.staff.slice(0, MAX_REVOKE_BUTTONS);
    const department = packId(resolved.department.id);
    const keyboard = new InlineKeyboard();
    for (const person of shown) {
      keyboard
        .text(
          t("staff-roles-revoke-button", { name: person.name, role: t(`role-${person.role}`) }),
          revokeData.pack(packed(department, person)),
        )
        .row();
    }
    const lines = [
      t("staff-roles-revoke-header", { department: resolved.department.code, count: listed.staff.length }),
      ...(listed.staff.length > shown.length ? [t("staff-roles-revoke-more", { shown: shown.length })] : []),
    ];
    await ctx.reply(lines.join("\n"), { reply_markup: keyboard });
  });

  onCallback(feature, revokeData, async (ctx, press) => {
    const t: T = ctx.t.bind(ctx);
    const role = ROLE_CODES[press.role];
    const departmentId = unpackId(press.department);
    if (!departmentId) return refuse(ctx, "errors-stale-button");
    // Asked before the question, so a refused press shows no confirmation at all.
    const listed = await services.staffRoles.listRevocable(ctx.principal, departmentId);
    if (listed.status !== "ok") return refuse(ctx, refusalKey(listed));
    const person = listed.staff.find((p) => p.telegramId === press.person && p.role === role);
    if (!person) return refuse(ctx, "staff-roles-revoke-not-held");
    await answer(ctx);
    await ctx.reply(t("staff-roles-revoke-confirm", { name: person.name, role: t(`role-${role}`) }), {
      reply_markup: new InlineKeyboard().text(t("staff-roles-revoke-confirm-button"), revokeConfirmData.pack(press)),
    });
  });

  onCallback(feature, revokeConfirmData, async (ctx, press) => {
    const t: T = ctx.t.bind(ctx);
    const departmentId = unpackId(press.department);
    if (!departmentId) return refuse(ctx, "errors-stale-button");
    const result = await services.staffRoles.revokeRole(ctx.principal, {
      departmentId,
      telegramId: press.person,
      role: ROLE_CODES[press.role],
    });
    let text: string;
    switch (result.status) {
      case "revoked":
        text = t("staff-roles-revoked", {
          name: result.person.name,
          role: t(`role-${result.person.role}`),
          department: result.department,
          released: result.released,
        });
        break;
      case "notHeld":
        text = t("staff-roles-revoke-not-held");
        break;
      case "self":
        text = t("staff-roles-revoke-self");
        break;
      case "forbidden":
      case "notFound":
        return refuse(ctx, refusalKey(result satisfies Refusal));
    }
    await answer(ctx);
    await quietly(() => ctx.editMessageText(text), { reason: "staff roles: could not show the outcome", log: services.logger });
  });

  return feature;
}

function packed(department: string, person: StaffMember): z.output<typeof revokeSchema> {
  return { department, role: codeOf(person.role), person: person.telegramId };
}
