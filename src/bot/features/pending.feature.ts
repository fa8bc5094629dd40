import { Composer, InlineKeyboard } from "grammy";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { allowAttempt } from "../middlewares/may-attempt.js";
import { defineChoice } from "../choice.js";
import type { PendingOfStudent } from "../../services/diary/use-cases/index.js";
import { decisionKeyboard, denialMsg, entrySummary, type Msg } from "../views/diary-supervision.view.js";
import { dottedDate } from "../../domain/rules/dates.js";
import { quietly } from "../../logging/quietly.js";
import { renderMessage } from "../format.js";
import { studentCardData } from "./student-card.feature.js";

const APPROVE_ALL = /^svp\.all:([a-f0-9]{24}):([a-f0-9]{12})$/;
/** "One by one": each pending entry of the student as its own message with Approve / Return (QP-06 5.8). */
const ONE_BY_ONE = /^svp\.one:([a-f0-9]{24})$/;
/** An entry's photos and documents sent again. */
const ATTACHMENTS = /^svp\.ev:([a-f0-9]{24})$/;
/** Entries sent one by one per press (the rest stay in /pending). */
const ONE_BY_ONE_MAX = 15;
/** Instant messages or a daily digest of the entries to approve (the notifier sends the digest). */
export const digestChoice = defineChoice({ prefix: "svp.dg", options: ["on", "off"], label: "supervision-digest-button" });

const MAX_TEXT = 3500;

function groupMessage(ctx: PrivateContext, group: PendingOfStudent) {
  const { diary, entries, flags } = group;
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
    .text(ctx.t("supervision-pending-approve-all", { count: entries.length }), `svp.all:${diary.diary.id}:${group.fingerprint}`)
    .row()
    .text(ctx.t("supervision-pending-one-by-one"), `svp.one:${diary.diary.id}`)
    .row()
    .text(ctx.t("card-button-open"), studentCardData.pack({ placementId: diary.diary.id }));
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
  const supervisors = allowAttempt("approveDiaryEntry", "returnDiaryEntry");
  const desk = services.diaryUseCases.pending;

  feature.command("pending", supervisors, async (ctx) => {
    const shown = await desk.pendingOf(ctx.user);
    const total = shown.reduce((n, g) => n + g.entries.length, 0);
    if (total === 0) await ctx.reply(ctx.t("supervision-pending-none"));
    else await ctx.reply(ctx.t("supervision-pending-header", { count: total, students: shown.length }));
    for (const group of shown) {
      const message = groupMessage(ctx, group);
      await ctx.reply(message.text, { reply_markup: message.keyboard });
    }
    const digest = ctx.user.diaryDigest ?? false;
    await ctx.reply(ctx.t(digest ? "supervision-digest-on" : "supervision-digest-off"), { reply_markup: digestKeyboard(ctx, digest) });
  });

  feature.callbackQuery(APPROVE_ALL, supervisors, async (ctx) => {
    const [, placementId = "", shownPrint = ""] = APPROVE_ALL.exec(ctx.callbackQuery.data) ?? [];
    const result = await desk.approveShown(ctx.user, placementId, shownPrint);
    switch (result.status) {
      case "notFound":
      case "forbidden":
        await ctx.answerCallbackQuery({ text: ctx.t("diary-reason-notLinked"), show_alert: true });
        return;
      case "nothingLeft":
        await ctx.answerCallbackQuery({ text: ctx.t("supervision-pending-nothing-left") });
        await ctx.editMessageReplyMarkup().catch(() => undefined);
        return;
      case "listChanged": {
        // Entries were handed in, edited or decided since the list was shown: nothing is approved blindly.
        await ctx.answerCallbackQuery({ text: ctx.t("supervision-pending-list-changed"), show_alert: true });
        await ctx.editMessageReplyMarkup().catch(() => undefined);
        const message = groupMessage(ctx, result.current);
        await ctx.reply(message.text, { reply_markup: message.keyboard });
        return;
      }
      case "approved": {
        await ctx.answerCallbackQuery({ text: ctx.t("supervision-toast-approved") });
        const lines: Msg[] = [{ key: "supervision-pending-approved", params: { student: result.studentName, count: result.approved } }];
        if (result.skipped > 0) lines.push({ key: "supervision-pending-skipped", params: { count: result.skipped } });
        await ctx.editMessageText(renderMessage(ctx, lines, "\n")).catch(() => undefined);
        return;
      }
    }
  });

  // Entries handed in before the supervisor was linked never came as messages: here each one comes with
  // Approve / Return on its current version (and its attachments on demand), decided by the same handler
  // as an instant message.
  feature.callbackQuery(ONE_BY_ONE, supervisors, async (ctx) => {
    const [, placementId = ""] = ONE_BY_ONE.exec(ctx.callbackQuery.data) ?? [];
    const pending = await desk.pendingOfPlacement(ctx.user, placementId);
    if (!("entries" in pending)) {
      await ctx.answerCallbackQuery({ text: ctx.t("diary-reason-notLinked"), show_alert: true });
      return;
    }
    await ctx.answerCallbackQuery();
    if (pending.entries.length === 0) {
      await ctx.reply(ctx.t("supervision-pending-nothing-left"));
      return;
    }
    for (const entry of pending.entries.slice(0, ONE_BY_ONE_MAX)) {
      const keyboard = InlineKeyboard.from(decisionKeyboard(ctx.t.bind(ctx), entry.id, entry.version).inline_keyboard);
      if (entry.evidence.length > 0)
        keyboard.row().text(ctx.t("supervision-attachments-button", { count: entry.evidence.length }), `svp.ev:${entry.id}`);
      await ctx.reply(renderMessage(ctx, [entrySummary(pending.diary.student.fullName, entry)], "\n"), { reply_markup: keyboard });
    }
    if (pending.entries.length > ONE_BY_ONE_MAX) {
      await ctx.reply(ctx.t("supervision-pending-one-by-one-more", { count: pending.entries.length - ONE_BY_ONE_MAX }));
    }
  });

  feature.callbackQuery(ATTACHMENTS, async (ctx) => {
    const [, entryId = ""] = ATTACHMENTS.exec(ctx.callbackQuery.data) ?? [];
    const found = await services.diaryUseCases.files.entryAttachments(ctx.user, entryId);
    if (found.status !== "found") {
      const msg = found.status === "notFound" ? { key: "diary-reason-notFound" } : denialMsg(found.reason);
      await ctx.answerCallbackQuery({ text: renderMessage(ctx, [msg], "\n"), show_alert: true });
      return;
    }
    await ctx.answerCallbackQuery();
    const caption = ctx.t("supervision-attachments-caption", { student: found.studentName, date: dottedDate(found.date) });
    for (const e of found.evidence) {
      if (e.kind === "photo") await ctx.replyWithPhoto(e.fileId, { caption });
      else await ctx.replyWithDocument(e.fileId, { caption });
    }
  });

  feature.callbackQuery(digestChoice.filter, supervisors, async (ctx) => {
    const value = digestChoice.parse(ctx.callbackQuery.data);
    if (value === null) {
      await ctx.answerCallbackQuery({ text: ctx.t("errors-stale-button") });
      return;
    }
    const digest = value === "on";
    await desk.setDigest(ctx.user, digest);
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
