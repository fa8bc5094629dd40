import type { MiddlewareFn } from "grammy";
import type { TranslateFunction } from "@grammyjs/i18n";
import type { PrivateContext, SceneContext } from "../../src/bot/context.js";
import { defineChoice } from "../../src/bot/choice.js";
import { dottedDate } from "../../src/bot/diary-notify.js";
import { parseHours, validateEntryHours, validateEntryText, type DayMark } from "../../src/domain/diary/entry-validation.js";
import type { Evidence } from "../../src/domain/diary/types.js";
import type { Checked } from "../../src/domain/profile/student-profile.js";
import type { AppServices } from "../../src/services/app-services.js";
import { SCENES } from "../ids.js";
import { createAsk, type SceneConversation } from "../support/ask.js";
import { loadDayEntry, loadDiarySituation, submitDiaryEntry, type DiaryDay, type DiarySituation } from "./situation.js";

/** At most this many photos / documents per entry. */
export const MAX_EVIDENCE = 10;
/** Hours offered as buttons (any value 0.5–12 may be typed). */
export const COMMON_HOURS = [2, 3, 4, 5, 6, 7, 8] as const;

const keepChoice = defineChoice({ prefix: "dia.keep", options: ["keep"], label: "diary-keep" });
const doneChoice = defineChoice({ prefix: "dia.ev", options: ["done"], label: "diary-evidence" });
const confirmChoice = defineChoice({ prefix: "dia.cf", options: ["send", "restart", "later"], label: "diary-confirm", columns: 1 });

/** "weekend" / "holiday" note after a date, or nothing. */
export function markNote(t: TranslateFunction, mark: DayMark): string {
  return mark === null ? "" : ` ${t(`diary-mark-${mark}`)}`;
}

function dayLabel(t: TranslateFunction, day: DiaryDay, today: string): string {
  const when = day.date === today ? t("diary-today", { date: dottedDate(day.date) }) : dottedDate(day.date);
  const status = day.status === null ? "" : ` · ${t(`diary-status-short-${day.status}`)}`;
  return `${when}${markNote(t, day.mark)}${status}`;
}

function checkHours(text: string): Checked<number> {
  const hours = parseHours(text);
  const issue = validateEntryHours(hours ?? Number.NaN);
  if (issue) {
    const { field, code, ...params } = issue;
    void field;
    return { ok: false, reason: code, params };
  }
  return { ok: true, value: hours as number };
}

function evidenceOf(message: SceneContext["message"]): Evidence | null {
  if (message?.photo && message.photo.length > 0) {
    const largest = message.photo[message.photo.length - 1]!;
    return { kind: "photo", fileId: largest.file_id, fileUniqueId: largest.file_unique_id };
  }
  if (message?.document) {
    const d = message.document;
    return { kind: "document", fileId: d.file_id, fileUniqueId: d.file_unique_id, ...(d.file_name ? { fileName: d.file_name } : {}) };
  }
  return null;
}

/**
 * `/diary` (and the daily reminder's button): one day's entry of the practice diary (issue 9) —
 * date → hours → what was done → evidence → summary → confirm. Every answer is saved to the diary
 * draft, so /cancel, a restart, a deploy or a new scene version followed by /diary resumes it.
 */
export function buildDiaryScene(services: AppServices, outside: MiddlewareFn<PrivateContext>) {
  const scene = SCENES.DIARY;

  return async function diary(conversation: SceneConversation, ctx: SceneContext): Promise<void> {
    const telegramId = ctx.from!.id;
    const env = { conversation, ctx, scene, services, outside, giveUpKey: "diary-scene-gave-up" };
    const ask = createAsk(env);
    const situation: DiarySituation | null = await conversation.external(() => loadDiarySituation(services, telegramId));
    if (!situation) {
      await ctx.reply(ctx.t("diary-no-placement"));
      return;
    }
    const { diary } = situation;
    if (situation.today < diary.startDate) {
      await ctx.reply(ctx.t("diary-not-started", { start: dottedDate(diary.startDate) }));
      return;
    }
    if (situation.days.length === 0) {
      await ctx.reply(ctx.t("diary-no-days", { end: dottedDate(diary.endDate) }));
      return;
    }
    const save = (patch: { date?: string | null; hours?: number | null; text?: string | null; evidence?: Evidence[] }) =>
      conversation.external(async () => {
        await services.diary.drafts.saveDraft(telegramId, { placementId: diary.id, ...patch });
      });

    let known = situation.draft ?? { evidence: [] as Evidence[] };
    if (known.date !== undefined && !situation.days.some((d) => d.date === known.date)) {
      // The draft's day can no longer be written (too far back now): keep the text, choose the day again.
      known = { ...known, date: undefined };
    }
    if (situation.draft && (known.date !== undefined || known.text !== undefined || known.hours !== undefined)) {
      const resume = await ask.yesNo({
        question: "diary-resume-ask",
        params: { date: known.date !== undefined ? dottedDate(known.date) : "—" },
        yes: "diary-resume-yes",
        no: "diary-resume-no",
      });
      if (!resume) {
        await conversation.external(() => services.diary.drafts.clearDraft(telegramId, { placementId: diary.id }));
        known = { evidence: [] };
      }
    }

    for (let round = 0; round < 3; round++) {
      // Date: today first, then earlier days of the practice (never the future, never beyond the backfill limit).
      let date = known.date;
      if (date === undefined) {
        const days = defineChoice({
          prefix: "dia.d",
          options: situation.days.map((d) => d.date),
          label: (value, t) =>
            dayLabel(
              t,
              situation.days.find((d) => d.date === value)!,
              situation.today,
            ),
        });
        date = await ask.choice(days, { question: "diary-ask-date" });
        await save({ date });
      }
      const day = situation.days.find((d) => d.date === date)!;
      const existing = await conversation.external(() => loadDayEntry(services, diary, date));
      if (existing) {
        await ctx.reply(
          ctx.t("diary-editing", {
            date: dottedDate(date),
            status: ctx.t(`diary-status-short-${existing.status}`),
            hours: existing.hours,
            text: existing.text,
          }) + (existing.reason ? `\n${ctx.t("diary-returned-reason", { reason: existing.reason })}` : ""),
        );
      } else if (day.mark !== null) {
        await ctx.reply(ctx.t(`diary-day-is-${day.mark}`, { date: dottedDate(date) }));
      }

      let hours = known.hours;
      if (hours === undefined) {
        const defaultHours = existing?.hours ?? situation.hoursPerDay;
        const hourChoice = defineChoice({
          prefix: "dia.h",
          options: [...new Set<number>([...COMMON_HOURS, defaultHours])].sort((a, b) => a - b),
          label: (value, t) => t(value === defaultHours ? "diary-hours-default" : "diary-hours-button", { hours: value }),
          columns: 4,
        });
        hours = await ask.choiceOrText(
          hourChoice,
          { question: "diary-ask-hours", params: { hours: defaultHours } },
          (text) => checkHours(text),
          "diary-reason",
        );
        await save({ hours });
      }

      let text = known.text;
      const evidence: Evidence[] = [...known.evidence];
      if (text === undefined) {
        text = await ask.question<string>({
          prompt: (t) =>
            existing
              ? { text: t("diary-ask-text-edit"), keyboard: keepChoice.keyboard(t) }
              : { text: t("diary-ask-text", { min: 20, max: 3000 }) },
          press: (data) => (existing && keepChoice.parse(data) ? existing.text : null),
          echo: (_value, t) => t("diary-keep-keep"),
          async message(answer) {
            const m = answer.message;
            if (m?.voice || m?.audio || m?.video_note) return { ok: false, text: answer.t("diary-reason-voiceOrPhoto") };
            if ((m?.photo || m?.document) && m.caption) return { ok: false, text: answer.t("diary-reason-voiceOrPhoto") };
            const proof = evidenceOf(m);
            if (proof) {
              if (evidence.length < MAX_EVIDENCE && !evidence.some((e) => e.fileUniqueId === proof.fileUniqueId)) {
                evidence.push(proof);
                await save({ evidence: [...evidence] });
              }
              return { ok: false, text: answer.t("diary-photo-kept-type-text", { count: evidence.length }) };
            }
            if (m?.text === undefined) return { ok: false, text: answer.t("scene-need-text") };
            const issue = validateEntryText(m.text);
            if (issue) {
              const params: Record<string, number> =
                issue.code === "textTooShort" ? { min: issue.min, length: issue.length } : { max: issue.max, length: issue.length };
              return { ok: false, text: answer.t(`diary-reason-${issue.code}`, params) };
            }
            return { ok: true, value: m.text };
          },
        });
        await save({ text });
      }

      // Evidence: photos or documents, then Done.
      for (let i = 0; i < MAX_EVIDENCE + 1 && evidence.length < MAX_EVIDENCE; i++) {
        const next = await ask.question<Evidence | "done">({
          prompt: (t) => ({
            text: t(i === 0 ? "diary-ask-evidence" : "diary-evidence-added", { count: evidence.length }),
            keyboard: doneChoice.keyboard(t),
          }),
          press: (data) => doneChoice.parse(data),
          echo: (_value, t) => t("diary-evidence-done"),
          message(answer) {
            const proof = evidenceOf(answer.message);
            if (proof) return Promise.resolve({ ok: true, value: proof });
            return Promise.resolve({ ok: false, text: answer.t("diary-evidence-expected") });
          },
        });
        if (next === "done") break;
        if (!evidence.some((e) => e.fileUniqueId === next.fileUniqueId)) evidence.push(next);
        await save({ evidence: [...evidence] });
      }

      const summary = ctx.t("diary-summary", {
        date: dottedDate(date) + markNote(ctx.t.bind(ctx), day.mark),
        hours,
        text,
        evidence: evidence.length,
      });
      const decision = await ask.choice(confirmChoice, { question: "diary-confirm-question", params: { summary } });
      if (decision === "later") {
        await ctx.reply(ctx.t("diary-saved-as-draft"));
        return;
      }
      if (decision === "restart") {
        await save({ date: null, hours: null, text: null, evidence: [] });
        known = { evidence: [] };
        continue;
      }
      const outcome = await conversation.external(() => submitDiaryEntry(services, { situation, telegramId, date, hours, text, evidence }));
      switch (outcome.status) {
        case "created":
        case "updated": {
          const lines = [ctx.t(outcome.status === "created" ? "diary-sent" : "diary-updated", { date: dottedDate(date) })];
          if (outcome.mark !== null) lines.push(ctx.t(`diary-sent-marked-${outcome.mark}`));
          if (outcome.approvalCleared) lines.push(ctx.t("diary-approval-cleared-student"));
          lines.push(ctx.t(outcome.approverLinked ? "diary-sent-to-approver" : "diary-no-approver"));
          await ctx.reply(lines.join("\n"));
          return;
        }
        case "unchanged":
          await ctx.reply(ctx.t("diary-unchanged", { date: dottedDate(date) }));
          return;
        case "forbidden":
          await ctx.reply(ctx.t(`diary-reason-${outcome.reason}`));
          return;
        case "invalid": {
          await ctx.reply(outcome.issues.map((i) => ctx.t(`diary-reason-${i.code}`, formatParams(i.params))).join("\n"));
          const fields = new Set(outcome.issues.map((i) => i.code));
          // Ask again only what was refused (e.g. the day went out of reach at midnight); the rest is kept.
          known = {
            evidence,
            ...(["invalidDate", "futureDate", "beforePlacementStart", "afterPlacementEnd", "tooFarBack"].some((c) => fields.has(c))
              ? {}
              : { date }),
            ...([...fields].some((c) => c.startsWith("hours")) ? {} : { hours }),
            ...([...fields].some((c) => c.startsWith("text")) ? {} : { text }),
          };
          await save({ date: known.date ?? null, hours: known.hours ?? null, text: known.text ?? null });
          continue;
        }
      }
    }
    await ask.giveUp();
  };
}

function formatParams(params: Record<string, string | number>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) out[k] = typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? dottedDate(v) : v;
  return out;
}
