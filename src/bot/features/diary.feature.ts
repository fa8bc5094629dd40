import { Composer, InlineKeyboard, InputFile } from "grammy";
import type { TranslateFunction } from "@grammyjs/i18n";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { DIARY_REPORT_SCENE, DIARY_SCENE } from "../../../scenes/ids.js";
import { pageOf, type DiaryWeek } from "../../domain/diary/weeks.js";
import type { DiaryProgress } from "../../domain/diary/progress.js";
import type { MarkedEntryView } from "../../services/diary/views.js";
import type { LoadedDiaryPlacement } from "../../services/diary/diary-placements.js";
import { formatDateTime } from "../format.js";
import { isLocale } from "../i18n.js";
import type { Locale } from "../../config/config.js";
import { dottedDate } from "../../domain/rules/dates.js";
import { calendarDateIn } from "../../domain/diary/calendar-date.js";
import { quietly } from "../../logging/quietly.js";
import { z } from "zod";
import { CALLBACK_PREFIXES, defineCallback, onCallback } from "../callback-data.js";

/** The button on the daily reminder that opens `/diary`. */
export const DIARY_OPEN_BUTTON = "diary:open";
/** `/entries` page buttons: `dia.w:<page>` (0-based week page). */
const weekPage = defineCallback({
  prefix: CALLBACK_PREFIXES.diaryWeek,
  schema: z.object({ page: z.coerce.number().int().min(0).max(999) }),
});
/** Longest part of an entry's text shown in `/entries`. */
const SNIPPET = 300;
/** Past this, `/export` first says the document is on its way. */
export const EXPORT_NOTICE_AFTER_MS = 1500;
/** Working days without an entry listed by name in `/progress` (the rest are counted). */
const MISSING_LISTED = 10;

function snippet(text: string): string {
  const chars = [...text];
  return chars.length <= SNIPPET ? text : `${chars.slice(0, SNIPPET).join("")}…`;
}

/** The `/progress` text (QP-06 3.6: the week's working days × 6 hours). */
export function formatProgress(t: TranslateFunction, loaded: LoadedDiaryPlacement, p: DiaryProgress): string {
  const lines = [
    t("diary-progress-title", { start: dottedDate(loaded.diary.startDate), end: dottedDate(loaded.diary.endDate) }),
    t("diary-progress-approved", { approved: p.approvedHours, required: p.requiredHours }),
    `${p.bar} ${Math.floor(p.approvedShare * 100)}%`,
    t("diary-progress-submitted", { submitted: p.submittedHours, awaiting: p.awaitingHours }),
  ];
  // QP-06 3.6: this week's hours against 30 while the practice runs (not before, not after it).
  if (p.phase === "running") {
    lines.push(
      t("diary-progress-week", {
        from: dottedDate(p.thisWeek.from),
        to: dottedDate(p.thisWeek.to),
        hours: p.thisWeek.hours,
        target: p.thisWeek.target,
      }),
    );
  }
  // QP-06 3.6: the required hours are the norm of the practice's working days; what can no longer be reached is said.
  if (p.shortfallHours > 0) lines.push(t("diary-progress-shortfall", { hours: p.shortfallHours }));
  if (p.excusedDays.length > 0)
    lines.push(t("diary-progress-excused", { count: p.excusedDays.length, days: p.excusedDays.map(dottedDate).join(", ") }));
  if (p.missingWorkingDays.length > 0) {
    const listed = p.missingWorkingDays.slice(-MISSING_LISTED).map(dottedDate).join(", ");
    lines.push(t("diary-progress-missing", { count: p.missingWorkingDays.length, days: listed }));
  } else if (p.phase !== "notStarted") lines.push(t("diary-progress-no-missing"));
  if (p.returned.length > 0) {
    lines.push(t("diary-progress-returned", { count: p.returned.length }));
    for (const r of p.returned) lines.push(`• ${dottedDate(r.date)}: ${r.reason ?? "—"}`);
  }
  lines.push(
    p.phase === "ended"
      ? t("diary-progress-ended")
      : p.phase === "notStarted"
        ? t("diary-progress-not-started", { days: p.daysLeft })
        : t("diary-progress-days-left", { days: p.daysLeft, working: p.workingDaysLeft }),
  );
  return lines.join("\n");
}

/** One week of `/entries`. */
export function formatWeek(
  t: TranslateFunction,
  week: DiaryWeek<MarkedEntryView>,
  options: { pages: number; draftDate: string | null; nameOf: (id: number) => string; at: (d: Date) => string },
): string {
  const lines = [
    t("diary-week-title", { index: week.index, pages: options.pages, from: dottedDate(week.from), to: dottedDate(week.to) }),
    t("diary-week-hours", { hours: week.hours, approved: week.approvedHours }),
    ...(week.norm !== null ? [t("diary-week-norm", { norm: week.norm, excused: week.excusedDays })] : []),
  ];
  const dates = new Set(week.entries.map((e) => e.date));
  if (week.entries.length === 0 && !(options.draftDate && options.draftDate >= week.from && options.draftDate <= week.to)) {
    lines.push("", t("diary-week-empty"));
  }
  for (const e of week.entries) {
    const mark = e.mark === null ? "" : ` ${t(`diary-mark-${e.mark}`)}`;
    let status: string;
    if (e.status === "approved" && e.decision) {
      status = t("diary-status-approved-by", { name: options.nameOf(e.decision.by), at: options.at(e.decision.at) });
    } else if (e.status === "returned" && e.decision) {
      status = t("diary-status-returned-by", { name: options.nameOf(e.decision.by), reason: e.decision.reason ?? "—" });
    } else status = t(`diary-status-short-${e.status}`);
    lines.push("", `${dottedDate(e.date)}${mark} · ${t("diary-hours-button", { hours: e.hours })} · ${status}`, snippet(e.text));
  }
  if (options.draftDate && options.draftDate >= week.from && options.draftDate <= week.to && !dates.has(options.draftDate)) {
    lines.push("", `${dottedDate(options.draftDate)} · ${t("diary-status-short-draft")}`);
  }
  return lines.join("\n");
}

/**
 * The student's diary in the chat: `/diary` (and the reminder's button) opens the entry
 * scene, `/progress`, `/entries` week by week, `/report` the report upload, `/export` the F-76 PDF.
 * `/export` from someone who is not a student falls through (the coordinators' XLSX export).
 */
export function diaryFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();
  const isStudent = (ctx: PrivateContext): boolean => ctx.user.roles.some((grant) => grant.role === "student");

  feature.command("diary", async (ctx) => {
    await ctx.conversation.exitAll();
    await ctx.conversation.enter(DIARY_SCENE);
  });
  feature.callbackQuery(DIARY_OPEN_BUTTON, async (ctx) => {
    await quietly(() => ctx.answerCallbackQuery(), { reason: "diary: could not answer the button", log: services.logger });
    await ctx.conversation.exitAll();
    await ctx.conversation.enter(DIARY_SCENE);
  });
  feature.command("report", async (ctx) => {
    await ctx.conversation.exitAll();
    await ctx.conversation.enter(DIARY_REPORT_SCENE);
  });

  feature.command("progress", async (ctx) => {
    const loaded = await services.diaryPlacements.currentOfStudent(ctx.from.id);
    if (!loaded) return void (await ctx.reply(ctx.t("diary-no-placement")));
    const progress = await services.diary.entries.getProgress(loaded.diary);
    await ctx.reply(formatProgress(ctx.t.bind(ctx), loaded, progress));
  });

  async function renderEntries(ctx: PrivateContext, requested: number | null): Promise<{ text: string; keyboard: InlineKeyboard } | null> {
    const loaded = await services.diaryPlacements.currentOfStudent(ctx.from.id);
    if (!loaded) return null;
    const weeks = await services.diary.entries.entriesByWeek(loaded.diary);
    // Every week of the practice is a page; the current week (or the last one begun) is shown first.
    const today = calendarDateIn(services.now(), services.config.timezone);
    const page = pageOf(
      weeks,
      requested ??
        Math.max(
          0,
          weeks.findLastIndex((w) => w.from <= today),
        ),
    );
    const week = page.items[0]!;
    const ids = new Set(week.entries.flatMap((e) => (e.decision ? [e.decision.by] : [])));
    const names = await services.diaryUseCases.files.namesOf(ids);
    const draft = await services.diary.drafts.loadDraft(ctx.from.id);
    const text = formatWeek(ctx.t.bind(ctx), week, {
      pages: page.pages,
      draftDate: draft && draft.placementId === loaded.diary.id ? (draft.date ?? null) : null,
      nameOf: (id) => names.get(id) ?? `#${id}`,
      at: (d) => formatDateTime(d, ctx.locale, services.config.timezone),
    });
    const keyboard = new InlineKeyboard();
    if (page.page > 0) keyboard.text(ctx.t("diary-week-previous"), weekPage.pack({ page: page.page - 1 }));
    if (page.page < page.pages - 1) keyboard.text(ctx.t("diary-week-next"), weekPage.pack({ page: page.page + 1 }));
    return { text, keyboard };
  }

  feature.command("entries", async (ctx) => {
    const shown = await renderEntries(ctx, null);
    if (!shown) return void (await ctx.reply(ctx.t("diary-no-placement")));
    await ctx.reply(shown.text, { reply_markup: shown.keyboard });
  });
  onCallback(feature, weekPage, async (ctx, { page }) => {
    const shown = await renderEntries(ctx, page);
    await quietly(() => ctx.answerCallbackQuery(), { reason: "diary: could not answer the button", log: services.logger });
    if (!shown) return void (await ctx.reply(ctx.t("diary-no-placement")));
    await quietly(() => ctx.editMessageText(shown.text, { reply_markup: shown.keyboard }), {
      reason: "diary: could not show the week",
      log: services.logger,
    });
  });

  feature.command("export", async (ctx, next) => {
    if (!isStudent(ctx)) return next();
    const loaded = await services.diaryPlacements.currentOfStudent(ctx.from.id);
    if (!loaded) return void (await ctx.reply(ctx.t("diary-no-placement")));
    const asked = ctx.match.trim().toLowerCase();
    const locale: Locale = isLocale(asked) ? asked : ctx.locale;
    const context = await services.diaryPlacements.reportContext(loaded);
    const job = services.diary.exports.exportDiaryPdf(context, {
      t: (key, params) => services.i18n.t(locale, key, params),
      locale,
      timeZone: services.config.timezone,
      publicUrl: services.config.publicUrl,
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slow = await Promise.race([
      job.then(
        () => false,
        () => false,
      ),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), EXPORT_NOTICE_AFTER_MS))),
    ]);
    clearTimeout(timer);
    if (slow) await ctx.reply(ctx.t("diary-export-wait"));
    const exported = await job;
    await ctx.replyWithDocument(new InputFile(exported.pdf, exported.fileName), {
      caption: ctx.t("diary-export-caption", { code: exported.code, revision: exported.revision }),
    });
  });
  return feature;
}
