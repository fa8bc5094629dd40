import type { SupervisorClaimArgs } from "../../../scenes/supervisor-claim/index.js";
import { dottedDate } from "../../domain/rules/dates.js";
import { Composer, InlineKeyboard, InputFile } from "grammy";
import QRCode from "qrcode";
import { z } from "zod";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { BASE_SCENE, SUPERVISOR_CLAIM_SCENE } from "../../../scenes/ids.js";
import { rolesOf, toAccessPrincipal } from "../../domain/access/roles.js";
import { formatDateTime } from "../format.js";
import { formatPlacement, toSnapshot } from "../views/placement.view.js";
import { quietly } from "../../logging/quietly.js";

const INVITE_BUTTON = /^base\.inv:([a-f0-9]{24})$/;
/** Consent of an organisation supervisor to their own link (the code is theirs: whoever holds the link is invited). */
export const CONSENT_BUTTON = /^osv\.(yes|no):(inv_[A-Za-z0-9_-]{22})$/;
const placementId = z.string().regex(/^[a-f0-9]{24}$/);

/** The organisation supervisor's link and its QR code, to forward; a new one revokes the previous one. */
async function inviteSupervisor(ctx: PrivateContext, services: AppServices, id: string): Promise<void> {
  const principal = toAccessPrincipal(ctx.user, services.config.adminTelegramIds);
  const result = await services.placements.inviteOrganisationSupervisor(principal, id);
  switch (result.status) {
    case "invited": {
      const link = `https://t.me/${ctx.me.username}?start=${result.code}`;
      const expires = formatDateTime(result.expiresAt, ctx.locale, services.config.timezone);
      const name = result.placement.organisationSupervisor?.fullName ?? "—";
      await ctx.reply(ctx.t("base-invite-created", { link, expires, supervisor: name, revoked: result.revoked > 0 ? "yes" : "no" }), {
        link_preview_options: { is_disabled: true },
      });
      const png = await QRCode.toBuffer(link, { type: "png", width: 480, margin: 2 });
      await ctx.replyWithPhoto(new InputFile(png, "invitation.png"), { caption: ctx.t("base-invite-qr-caption", { supervisor: name }) });
      return;
    }
    case "notApproved":
      await ctx.reply(ctx.t("base-invite-not-approved", { status: ctx.t(`placement-status-${result.placement.status}`) }));
      return;
    case "forbidden":
      await ctx.reply(ctx.t(`placement-denied-${result.reason}`));
      return;
    case "notFound":
      await ctx.reply(ctx.t("base-invite-none"));
      return;
  }
}

/**
 * The student's side of placements: `/base` opens the scene, `/myplacement` shows the
 * placements, `/invite_orgsupervisor` (and a button on an approved placement) gives the organisation
 * supervisor's link with a QR code. The supervisor's consent to such a link is handled here as well.
 */
export function baseFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();
  const isStudentOnly = (ctx: PrivateContext): boolean => {
    const roles = rolesOf(ctx.user, services.config.adminTelegramIds);
    return roles.has("student") && !roles.has("coordinator") && !roles.has("admin");
  };

  feature.command("base", async (ctx) => {
    await ctx.conversation.exitAll();
    await ctx.conversation.enter(BASE_SCENE);
  });

  feature.command("myplacement", async (ctx) => {
    const result = await services.placements.listMyPlacements(toAccessPrincipal(ctx.user, services.config.adminTelegramIds));
    if (result.status !== "ok") {
      await ctx.reply(ctx.t("base-not-student"));
      return;
    }
    if (result.placements.length === 0) {
      await ctx.reply(ctx.t("base-my-none"));
      return;
    }
    for (const { placement, organisation } of result.placements) {
      const text = formatPlacement(ctx.t.bind(ctx), toSnapshot(placement, organisation));
      const approved = placement.status === "approved" || placement.status === "active";
      await ctx.reply(
        text,
        approved ? { reply_markup: new InlineKeyboard().text(ctx.t("base-invite-button"), `base.inv:${String(placement._id)}`) } : {},
      );
    }
  });

  // A student's own link for their organisation supervisor; coordinators keep their own /invite_orgsupervisor.
  feature.command("invite_orgsupervisor", async (ctx, next) => {
    if (!isStudentOnly(ctx)) return next();
    const result = await services.placements.listMyPlacements(toAccessPrincipal(ctx.user, services.config.adminTelegramIds));
    const approved =
      result.status === "ok"
        ? result.placements.filter(({ placement }) => placement.status === "approved" || placement.status === "active")
        : [];
    const chosen = approved[0];
    if (!chosen) {
      await ctx.reply(ctx.t("base-invite-none"));
      return;
    }
    await inviteSupervisor(ctx, services, String(chosen.placement._id));
  });

  feature.callbackQuery(INVITE_BUTTON, async (ctx) => {
    await ctx.answerCallbackQuery();
    const id = placementId.safeParse(ctx.match[1]);
    if (!id.success) return;
    await inviteSupervisor(ctx, services, id.data);
  });

  feature.callbackQuery(CONSENT_BUTTON, async (ctx) => {
    const [, answer, code] = ctx.match;
    await ctx.answerCallbackQuery();
    const described = await services.placements.describeSupervisorInvitation(code!);
    if (described.status !== "valid") {
      await ctx.reply(ctx.t(`invite-${described.status}`));
      return;
    }
    if (described.student.telegramId === ctx.from.id) {
      await ctx.reply(ctx.t("base-consent-own-student"));
      return;
    }
    if (answer === "no") {
      await quietly(() => ctx.editMessageReplyMarkup(), { reason: "base: could not remove the buttons", log: services.logger });
      await ctx.reply(ctx.t("base-consent-declined"));
      return;
    }
    // QP-06 5.12: the link is claimed in the scene, with the person's own contact and name; a department confirms it.
    await quietly(() => ctx.editMessageReplyMarkup(), { reason: "base: could not remove the buttons", log: services.logger });
    const args: SupervisorClaimArgs = { code: code! };
    await ctx.conversation.exitAll();
    await ctx.conversation.enter(SUPERVISOR_CLAIM_SCENE, args);
  });

  return feature;
}

/**
 * Before an organisation supervisor's link is claimed: who invited them, for which student,
 * base and dates; Agree / Decline. Answers false when the code is no such link (the caller goes on).
 */
export async function askSupervisorConsent(ctx: PrivateContext, services: AppServices, code: string): Promise<boolean> {
  const preview = await services.invitations.preview(code);
  if (preview.status !== "valid" || preview.role !== "organisationSupervisor" || !preview.placementId) return false;
  const described = await services.placements.describeSupervisorInvitation(code);
  if (described.status !== "valid") return false;
  if (described.student.telegramId === ctx.from.id) {
    await ctx.reply(ctx.t("base-consent-own-student"));
    return true;
  }
  // QP-06 5.12 (src/domain/access/role-conflicts.ts): a student of the department never supervises in it.
  const conflict = await services.invitations.conflictFor(code, ctx.from.id);
  if (conflict) {
    const department = await services.invitations.describeScope({
      departmentId: String(described.placement.departmentId),
      studentId: null,
    });
    const why = ctx.t(`staff-roles-conflict-${conflict.conflict}`, { role: ctx.t(`role-${conflict.role}`), department });
    await ctx.reply(ctx.t("invite-roleConflict", { why }));
    return true;
  }
  const snapshot = toSnapshot(described.placement, described.organisation);
  await ctx.reply(
    ctx.t("base-consent-question", {
      student: described.student.fullName,
      group: described.student.group,
      organisation: snapshot.organisation?.name ?? "—",
      practiceType: ctx.t(`placement-type-${snapshot.practiceType}`),
      start: dottedDate(snapshot.startDate),
      end: dottedDate(snapshot.endDate),
      supervisor: snapshot.supervisorName ?? "—",
    }),
    {
      reply_markup: new InlineKeyboard()
        .text(ctx.t("base-consent-yes"), `osv.yes:${code}`)
        .text(ctx.t("base-consent-no"), `osv.no:${code}`),
    },
  );
  return true;
}
