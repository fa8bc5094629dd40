import { Composer, InlineKeyboard, InputFile } from "grammy";
import { z } from "zod";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { defineCallback, objectIdField, onCallback } from "../callback-data.js";
import { allowAttempt } from "../middlewares/may-attempt.js";
import { SCENES } from "../../../scenes/ids.js";
import type { PlacementSceneArgs } from "../../../scenes/supervision/index.js";
import type { CommissionSceneArgs } from "../../../scenes/supervision/commission.js";
import { dottedDate } from "../../domain/rules/dates.js";
import { shownDigest } from "../../domain/diary/report-file.js";
import type { StudentCard, CardWeek } from "../../services/diary/use-cases/index.js";
import { denialMsg } from "../views/diary-supervision.view.js";
import { renderMessage, dottedDateTime } from "../format.js";
import { isLocale } from "../i18n.js";
import { resolveDepartment } from "./coordinator-practice/shared.js";
import { quietly } from "../../logging/quietly.js";

const placement = z.object({ placementId: objectIdField });
export const studentCardData = defineCallback({ prefix: "svv", schema: placement });
export const cardWeekData = defineCallback({
  prefix: "svv.w",
  schema: z.object({ placementId: objectIdField, week: z.coerce.number().int().min(1).max(60) }),
});
export const cardAssignmentData = defineCallback({ prefix: "svv.a", schema: placement });
export const cardAssignmentDocumentData = defineCallback({ prefix: "svv.ad", schema: placement });
export const cardReportsData = defineCallback({ prefix: "svv.r", schema: placement });
export const cardCharacteristicData = defineCallback({ prefix: "svv.c", schema: placement });
export const cardPdfData = defineCallback({ prefix: "svv.p", schema: placement });
export const assignmentWriteData = defineCallback({ prefix: "asg", schema: placement });

/** Students listed as buttons when `/assignment` has to ask which one. */
const MAX_BUTTONS = 40;
/** An entry's text in the week view, at most (the F-76 and `/entries` keep it whole). */
const ENTRY_PREVIEW = 400;
const MAX_TEXT = 3800;

type Refusal = { status: "notFound" } | { status: "forbidden"; reason: Parameters<typeof denialMsg>[0] };

async function refuse(ctx: PrivateContext, refusal: Refusal): Promise<void> {
  const text = renderMessage(ctx, [refusal.status === "notFound" ? { key: "diary-reason-notFound" } : denialMsg(refusal.reason)]);
  await quietly(() => ctx.answerCallbackQuery({ text, show_alert: true }), { reason: "student card: could not answer the button" });
}

function cardText(ctx: PrivateContext, card: StudentCard, timeZone: string): string {
  const t = ctx.t.bind(ctx);
  const lines = [
    t("card-title", { student: card.studentName, group: card.group, number: card.studentNumber ?? "—" }),
    t("card-practice", {
      practiceType: t(`placement-type-${card.practiceType}`),
      from: dottedDate(card.startDate),
      to: dottedDate(card.endDate),
    }),
    t("card-hours", {
      approved: card.approvedHours,
      handedIn: card.handedInHours,
      required: card.requiredHours,
      pending: card.pendingEntries,
    }),
    t(card.hasAssignment ? "card-assignment-set" : "card-assignment-missing"),
    card.report
      ? t("card-report", {
          file: card.report.fileName,
          date: dottedDateTime(card.report.uploadedAt, timeZone),
          versions: card.report.versions,
        })
      : t("card-report-none"),
    card.characteristic
      ? t("card-characteristic", { score: card.characteristic.score, letter: card.characteristic.letter })
      : t("card-characteristic-none"),
    card.signedOff ? t("card-signed") : t("card-signoffs", { count: card.signOffs.length }),
    card.grade
      ? t(card.grade.commission ? "card-grade-commission" : "card-grade", { score: card.grade.score, letter: card.grade.letter })
      : t("card-grade-none"),
  ];
  return lines.join("\n");
}

function cardKeyboard(ctx: PrivateContext, card: StudentCard): InlineKeyboard {
  const id = { placementId: card.placementId };
  const keyboard = new InlineKeyboard()
    .text(ctx.t("card-button-entries"), cardWeekData.pack({ ...id, week: card.currentWeek }))
    .text(ctx.t("card-button-assignment"), cardAssignmentData.pack(id))
    .row()
    .text(ctx.t("card-button-report"), cardReportsData.pack(id))
    .text(ctx.t("card-button-characteristic"), cardCharacteristicData.pack(id))
    .row()
    .text(ctx.t("card-button-pdf"), cardPdfData.pack(id));
  if (card.mayWriteAssignment) keyboard.row().text(ctx.t("card-button-write-assignment"), assignmentWriteData.pack(id));
  return keyboard;
}

function weekText(ctx: PrivateContext, week: Extract<CardWeek, { status: "found" }>): string {
  const t = ctx.t.bind(ctx);
  const head = t("card-week-title", {
    student: week.studentName,
    index: week.index,
    weeks: week.weeks,
    from: dottedDate(week.from),
    to: dottedDate(week.to),
    hours: week.hours,
    approved: week.approvedHours,
    norm: week.norm ?? "—",
  });
  const lines = week.entries.map((e) =>
    t("card-week-entry", {
      date: dottedDate(e.date),
      hours: e.hours,
      status: t(`card-entry-status-${e.status}`),
      text: e.text.length > ENTRY_PREVIEW ? `${e.text.slice(0, ENTRY_PREVIEW)}…` : e.text,
      attachments: e.attachments,
    }),
  );
  const text = [head, "", ...(lines.length > 0 ? lines : [t("card-week-empty")])].join("\n");
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

function weekKeyboard(ctx: PrivateContext, week: Extract<CardWeek, { status: "found" }>): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  // Each entry's photos and documents, sent again on demand (the /pending button, re-checked by can()).
  for (const e of week.entries.filter((x) => x.attachments > 0))
    keyboard.text(ctx.t("card-button-attachments", { date: dottedDate(e.date), count: e.attachments }), `svp.ev:${e.id}`).row();
  if (week.index > 1) keyboard.text(ctx.t("cp-page-prev"), cardWeekData.pack({ placementId: week.placementId, week: week.index - 1 }));
  if (week.index < week.weeks)
    keyboard.text(ctx.t("cp-page-next"), cardWeekData.pack({ placementId: week.placementId, week: week.index + 1 }));
  keyboard.row().text(ctx.t("card-button-back"), studentCardData.pack({ placementId: week.placementId }));
  return keyboard;
}

/**
 * A supervisor's full view of each of their students (from `/students` and `/pending`): the card with the hours,
 * the assignment, the report, the characteristic, the sign-offs and the grade, and buttons for the entries week by
 * week (attachments on demand), the assignment, the report (latest and history), the characteristic and the current
 * F-76 PDF. Every press goes to a service method that loads the placement and asks `can()` again.
 * Also `/assignment` (QP-06 5.13) and the coordinator's `/commission` (QP-06 6.5–6.6).
 */
export function studentCardFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();
  const desk = services.diaryUseCases.card;
  const timeZone = services.config.timezone;

  onCallback(feature, studentCardData, async (ctx, { placementId }) => {
    const card = await desk.card(ctx.user, placementId);
    if (card.status !== "found") return refuse(ctx, card);
    await ctx.answerCallbackQuery();
    await ctx.reply(cardText(ctx, card, timeZone), { reply_markup: cardKeyboard(ctx, card) });
  });

  onCallback(feature, cardWeekData, async (ctx, { placementId, week }) => {
    const shown = await desk.week(ctx.user, placementId, week);
    if (shown.status !== "found") return refuse(ctx, shown);
    await ctx.answerCallbackQuery();
    await ctx.reply(weekText(ctx, shown), { reply_markup: weekKeyboard(ctx, shown) });
  });

  onCallback(feature, cardAssignmentData, async (ctx, { placementId }) => {
    const view = await services.diaryUseCases.assignment.view(ctx.user, placementId);
    if (view.status !== "found") return refuse(ctx, view);
    await ctx.answerCallbackQuery();
    const a = view.assignment;
    if (!a) return void (await ctx.reply(ctx.t("assignment-none", { student: view.studentName })));
    const text = [
      ctx.t("assignment-shown", { student: view.studentName, by: view.authorName ?? "—", date: dottedDateTime(a.at, timeZone) }),
      ...(a.text ? [a.text] : []),
      ...(a.document ? [ctx.t("assignment-document-line", { file: a.document.fileName, sha: shownDigest(a.document.sha256) })] : []),
    ].join("\n\n");
    await ctx.reply(
      text,
      a.document
        ? { reply_markup: new InlineKeyboard().text(ctx.t("assignment-document-button"), cardAssignmentDocumentData.pack({ placementId })) }
        : {},
    );
  });

  onCallback(feature, cardAssignmentDocumentData, async (ctx, { placementId }) => {
    const found = await services.diaryUseCases.assignment.document(ctx.user, placementId);
    if (found.status === "none") return void (await ctx.answerCallbackQuery({ text: ctx.t("assignment-no-document") }));
    if (found.status !== "found") return refuse(ctx, found);
    await ctx.answerCallbackQuery();
    const document = found.file.telegramFileId ?? (found.bytes ? new InputFile(found.bytes, found.file.fileName) : null);
    if (document) await ctx.replyWithDocument(document, { caption: ctx.t("assignment-document-caption", { student: found.studentName }) });
  });

  onCallback(feature, cardReportsData, async (ctx, { placementId }) => {
    const found = await desk.reports(ctx.user, placementId);
    if (found.status !== "found") return refuse(ctx, found);
    await ctx.answerCallbackQuery();
    if (!found.latest) return void (await ctx.reply(ctx.t("reportfile-none", { student: found.studentName })));
    const history = found.history
      .map((f, i) =>
        ctx.t("card-report-version", {
          n: i + 1,
          file: f.fileName,
          date: dottedDateTime(f.uploadedAt, timeZone),
          sha: shownDigest(f.sha256),
        }),
      )
      .join("\n");
    await ctx.reply([ctx.t("card-report-history", { student: found.studentName, count: found.history.length }), history].join("\n"));
    const document = found.latest.telegramFileId ?? (found.latestBytes ? new InputFile(found.latestBytes, found.latest.fileName) : null);
    if (document)
      await ctx.replyWithDocument(document, {
        caption: ctx.t("reportfile-caption", { student: found.studentName, file: found.latest.fileName }),
      });
  });

  onCallback(feature, cardCharacteristicData, async (ctx, { placementId }) => {
    const found = await desk.characteristic(ctx.user, placementId);
    if (found.status !== "found") return refuse(ctx, found);
    await ctx.answerCallbackQuery();
    const c = found.characteristic;
    if (!c) return void (await ctx.reply(ctx.t("card-characteristic-missing", { student: found.studentName })));
    await ctx.reply(
      [
        ctx.t("card-characteristic-shown", {
          student: found.studentName,
          date: dottedDateTime(c.at, timeZone),
          score: c.suggestedScore,
          letter: c.suggestedLetter,
        }),
        c.text,
      ].join("\n\n"),
    );
    const file = c.document;
    const document = file
      ? (file.telegramFileId ?? (found.documentBytes ? new InputFile(found.documentBytes, file.fileName) : null))
      : null;
    if (document) await ctx.replyWithDocument(document, { caption: ctx.t("card-characteristic-document", { student: found.studentName }) });
  });

  onCallback(feature, cardPdfData, async (ctx, { placementId }) => {
    const locale = isLocale(ctx.locale) ? ctx.locale : services.config.defaultLocale;
    const made = await desk.diaryPdf(ctx.user, placementId, {
      t: (key, params) => services.i18n.t(locale, key, params),
      locale,
      timeZone,
      publicUrl: services.config.publicUrl,
    });
    if (made.status !== "found") return refuse(ctx, made);
    await ctx.answerCallbackQuery();
    await ctx.replyWithDocument(new InputFile(made.exported.pdf, made.exported.fileName), {
      caption: ctx.t("diary-export-caption", { code: made.exported.code, revision: made.exported.revision }),
    });
  });

  const enterAssignment = async (ctx: PrivateContext, placementId: string) => {
    await ctx.conversation.exitAll();
    const args: PlacementSceneArgs = { placementId };
    await ctx.conversation.enter(SCENES.DIARY_ASSIGNMENT.id, args);
  };

  onCallback(feature, assignmentWriteData, async (ctx, { placementId }) => {
    // The scene's service call asks can(writeAssignment) again; a forged press is refused here already.
    const allowed = (await services.diaryUseCases.files.diariesFor(ctx.user, "writeAssignment")).some((d) => d.diary.id === placementId);
    if (!allowed)
      return void (await quietly(() => ctx.answerCallbackQuery({ text: ctx.t("diary-reason-notLinked"), show_alert: true }), {
        reason: "assignment: refusal",
      }));
    await ctx.answerCallbackQuery();
    await enterAssignment(ctx, placementId);
  });

  feature.command("assignment", allowAttempt("writeAssignment"), async (ctx) => {
    const diaries = await services.diaryUseCases.files.diariesFor(ctx.user, "writeAssignment");
    const only = diaries[0];
    if (!only) return void (await ctx.reply(ctx.t("supervision-no-students")));
    if (diaries.length === 1) return enterAssignment(ctx, only.diary.id);
    const keyboard = new InlineKeyboard();
    for (const d of diaries.slice(0, MAX_BUTTONS))
      keyboard.text(`${d.student.fullName} (${d.student.group})`, assignmentWriteData.pack({ placementId: d.diary.id })).row();
    await ctx.reply(ctx.t("supervision-choose-student"), { reply_markup: keyboard });
  });

  feature.command("commission", allowAttempt("recordCommissionGrade"), async (ctx) => {
    const resolved = await resolveDepartment(ctx, services, "recordCommissionGrade", ctx.match);
    if (!resolved) return;
    const heard = await services.diaryUseCases.commission.studentsToHear(ctx.user, resolved.department.id);
    if (!Array.isArray(heard)) return void (await ctx.reply(renderMessage(ctx, [denialMsg(heard.reason)])));
    if (heard.length === 0) return void (await ctx.reply(ctx.t("commission-none-ready")));
    await ctx.conversation.exitAll();
    const args: CommissionSceneArgs = { departmentId: resolved.department.id };
    await ctx.conversation.enter(SCENES.COMMISSION.id, args);
  });
  return feature;
}
