import { createHash } from "node:crypto";
import { Composer, InlineKeyboard } from "grammy";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { requireRole } from "../middlewares/require-role.js";
import { defineChoice } from "../choice.js";
import type { LoadedDiaryPlacement } from "../../services/diary/diary-placements.js";
import { decisionKeyboard, diaryActorOf, entrySummary, type Msg } from "../views/diary-supervision.view.js";
import { dottedDate } from "../../domain/rules/dates.js";
import type { EntryFlag } from "../../domain/diary/writable-days.js";
import { quietly } from "../../logging/quietly.js";
import { renderMessage } from "../format.js";

const APPROVE_ALL = /^svp\.all:([a-f0-9]{24}):([a-f0-9]{12})$/;
/** "One by one": each pending entry of the student as its own message with Approve / Return (QP-06 5.8). */
const ONE_BY_ONE = /^svp\.one:([a-f0-9]{24})$/;
/** Entries sent one by one per press (the rest stay in /pending). */
const ONE_BY_ONE_MAX = 15;
/** Instant messages or a daily digest of the entries to approve (issue 9; the notifier sends the digest). */
export const digestChoice = defineChoice({ prefix: "svp.dg", options: ["on", "off"], label: "supervision-digest-button" });

const MAX_TEXT = 3500;

/** A fingerprint of the entries (id + version) a list showed: "approve all" approves exactly those. */
function fingerprint(entries: readonly { id: string; version: number }[]): string {
  const text = entries.map((e) => `${e.id}:${e.version}`).join(",");
  return createHash("sha256").update(text).digest("hex").slice(0, 12);
}

async function pendingOf(services: AppServices, ctx: PrivateContext, diary: LoadedDiaryPlacement) {
  const actor = diaryActorOf(services, ctx.user, diary);
  if (!actor) return null;
  const groups = await services.diary.entries.listPending(actor, [diary.diary]);
  const entries = groups[0]?.entries ?? [];
  const flags = entries.length > 0 ? await services.diaryCalendar.entryFlags(diary.diary) : new Map<string, EntryFlag[]>();
  return { actor, entries, flags };
}

function groupMessage(
  ctx: PrivateContext,
  diary: LoadedDiaryPlacement,
  entries: readonly { id: string; version: number; date: string; hours: number; text: string }[],
  flags: ReadonlyMap<string, readonly EntryFlag[]> = new Map(),
) {
  const lines: Msg[] = [
    { key: "supervision-pending-student", params: { student: diary.student.fullName, group: diary.student.group, count: entries.length } },
  ];
  for (const e of entries) {
    const text = e.text.length > 160 ? `${e.text.slice(0, 160)}…` : e.text;
    lines.push({ key: "supervision-pending-line", params: { date: dottedDate(e.date), hours: e.hours, text } });
    // Labour Code art. 68 (over 40 h a week); 6B03104 §10a (written long after the day)
    for (const flag of flags.get(e.date) ?? []) lines.push({ key: `diary-calendar-flag-${flag}` });
  }
  let text = renderMessage(ctx, lines, "\n");
  if (text.length > MAX_TEXT) text = `${text.slice(0, MAX_TEXT)}…`;
  const keyboard = new InlineKeyboard()
    .text(ctx.t("supervision-pending-approve-all", { count: entries.length }), `svp.all:${diary.diary.id}:${fingerprint(entries)}`)
    .row()
    .text(ctx.t("supervision-pending-one-by-one"), `svp.one:${diary.diary.id}`);
  return { text, keyboard };
}

function digestKeyboard(ctx: PrivateContext, digest: boolean): InlineKeyboard {
  const next = digest ? "off" : "on";
  return new InlineKeyboard().text(digestChoice.label(next, ctx.t.bind(ctx)), digestChoice.pack(next));
}

/**
 * `/pending`: what waits for the supervisor, grouped by student, each with "approve all of this
 * student's pending entries" (only the entries and versions shown); and the digest preference.
 */
export function pendingFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();
  const supervisors = requireRole(services, ["universitySupervisor", "organisationSupervisor"]);

  feature.command("pending", supervisors, async (ctx) => {
    const diaries = await services.diaryPlacements.supervisedBy(ctx.from.id);
    type Pending = NonNullable<Awaited<ReturnType<typeof pendingOf>>>;
    const shown: { diary: LoadedDiaryPlacement; entries: Pending["entries"]; flags: Pending["flags"] }[] = [];
    for (const diary of diaries) {
      const pending = await pendingOf(services, ctx, diary);
      if (pending && pending.entries.length > 0) shown.push({ diary, entries: pending.entries, flags: pending.flags });
    }
    const total = shown.reduce((n, g) => n + g.entries.length, 0);
    if (total === 0) await ctx.reply(ctx.t("supervision-pending-none"));
    else await ctx.reply(ctx.t("supervision-pending-header", { count: total, students: shown.length }));
    for (const group of shown) {
      const message = groupMessage(ctx, group.diary, group.entries, group.flags);
      await ctx.reply(message.text, { reply_markup: message.keyboard });
    }
    const digest = ctx.user.diaryDigest ?? false;
    await ctx.reply(ctx.t(digest ? "supervision-digest-on" : "supervision-digest-off"), { reply_markup: digestKeyboard(ctx, digest) });
  });

  feature.callbackQuery(APPROVE_ALL, supervisors, async (ctx) => {
    const [, placementId = "", shownPrint = ""] = APPROVE_ALL.exec(ctx.callbackQuery.data) ?? [];
    const diary = await services.diaryPlacements.load(placementId);
    const pending = diary ? await pendingOf(services, ctx, diary) : null;
    if (!diary || !pending) {
      await ctx.answerCallbackQuery({ text: ctx.t("diary-reason-notLinked"), show_alert: true });
      return;
    }
    if (pending.entries.length === 0) {
      await ctx.answerCallbackQuery({ text: ctx.t("supervision-pending-nothing-left") });
      await quietly(() => ctx.editMessageReplyMarkup(), {
        reason: "pending entries: could not remove the stale buttons",
        log: services.logger,
      });
      return;
    }
    if (fingerprint(pending.entries) !== shownPrint) {
      // Entries were handed in, edited or decided since the list was shown: nothing is approved blindly.
      await ctx.answerCallbackQuery({ text: ctx.t("supervision-pending-list-changed"), show_alert: true });
      await quietly(() => ctx.editMessageReplyMarkup(), {
        reason: "pending entries: could not remove the stale buttons",
        log: services.logger,
      });
      const message = groupMessage(ctx, diary, pending.entries, pending.flags);
      await ctx.reply(message.text, { reply_markup: message.keyboard });
      return;
    }
    const result = await services.diary.entries.approveAllPending({
      actor: pending.actor,
      placement: diary.diary,
      shown: pending.entries.map((e) => ({ entryId: e.id, version: e.version })),
    });
    if (result.status === "forbidden") {
      await ctx.answerCallbackQuery({ text: ctx.t(`diary-reason-${result.reason}`), show_alert: true });
      return;
    }
    const student = diary.student.telegramId;
    if (student != null && result.approved.length > 0) {
      await services.outbox.enqueue({
        recipient: student,
        kind: "diary-decision",
        ref: diary.diary.id,
        payload: {
          key: "supervision-student-approved-many",
          params: { count: result.approved.length, dates: result.approved.map((e) => dottedDate(e.date)).join(", ") },
        },
        dedupeKey: `diary-approve-all:${diary.diary.id}:${shownPrint}`,
      });
    }
    await ctx.answerCallbackQuery({ text: ctx.t("supervision-toast-approved") });
    const lines: Msg[] = [
      { key: "supervision-pending-approved", params: { student: diary.student.fullName, count: result.approved.length } },
    ];
    if (result.skipped.length > 0) lines.push({ key: "supervision-pending-skipped", params: { count: result.skipped.length } });
    await quietly(() => ctx.editMessageText(renderMessage(ctx, lines, "\n")), {
      reason: "pending entries: could not show the outcome",
      log: services.logger,
    });
  });

  // Entries handed in before the supervisor was linked never came as messages: here each one comes with
  // Approve / Return on its current version, decided by the same handler as an instant message.
  feature.callbackQuery(ONE_BY_ONE, supervisors, async (ctx) => {
    const [, placementId = ""] = ONE_BY_ONE.exec(ctx.callbackQuery.data) ?? [];
    const diary = await services.diaryPlacements.load(placementId);
    const pending = diary ? await pendingOf(services, ctx, diary) : null;
    if (!diary || !pending) {
      await ctx.answerCallbackQuery({ text: ctx.t("diary-reason-notLinked"), show_alert: true });
      return;
    }
    await ctx.answerCallbackQuery();
    if (pending.entries.length === 0) {
      await ctx.reply(ctx.t("supervision-pending-nothing-left"));
      return;
    }
    for (const entry of pending.entries.slice(0, ONE_BY_ONE_MAX)) {
      await ctx.reply(renderMessage(ctx, [entrySummary(diary, entry)], "\n"), {
        reply_markup: decisionKeyboard(ctx.t.bind(ctx), entry.id, entry.version),
      });
    }
    if (pending.entries.length > ONE_BY_ONE_MAX) {
      await ctx.reply(ctx.t("supervision-pending-one-by-one-more", { count: pending.entries.length - ONE_BY_ONE_MAX }));
    }
  });

  feature.callbackQuery(digestChoice.filter, supervisors, async (ctx) => {
    const value = digestChoice.parse(ctx.callbackQuery.data);
    if (value === null) {
      await ctx.answerCallbackQuery({ text: ctx.t("errors-stale-button") });
      return;
    }
    const digest = value === "on";
    await services.db.users.setDiaryDigest(ctx.from.id, digest);
    await ctx.answerCallbackQuery();
    await quietly(
      () =>
        ctx.editMessageText(ctx.t(digest ? "supervision-digest-on" : "supervision-digest-off"), {
          reply_markup: digestKeyboard(ctx, digest),
        }),
      { reason: "digest: could not show the new setting", log: services.logger },
    );
  });
  return feature;
}
