import type { TranslateFunction } from "@grammyjs/i18n";
import { defineChoice } from "../../src/bot/choice.js";
import { dottedDate } from "../../src/domain/rules/dates.js";
import type { DayMark } from "../../src/domain/diary/entry-validation.js";
import type { DayEntry, DiaryKit, KnownEntry } from "./kit.js";
import { loadDayEntry, type DiaryDay } from "./situation.js";

/** "weekend" / "holiday" note after a date, or nothing. */
export function markNote(t: TranslateFunction, mark: DayMark): string {
  return mark === null ? "" : ` ${t(`diary-mark-${mark}`)}`;
}

function dayLabel(t: TranslateFunction, day: DiaryDay, today: string): string {
  const when = day.date === today ? t("diary-today", { date: dottedDate(day.date) }) : dottedDate(day.date);
  const status = day.status === null ? "" : ` · ${t(`diary-status-short-${day.status}`)}`;
  return `${when}${markNote(t, day.mark)}${status}`;
}

/**
 * The day of the entry: today first, then earlier days of the practice (never the future, never beyond
 * the backfill limit). A day that has an entry is shown as it is (writing edits it); a weekend or a
 * holiday is said.
 */
export async function chooseDay(kit: DiaryKit, known: KnownEntry): Promise<{ date: string; day: DiaryDay; existing: DayEntry | null }> {
  const { conversation, ctx, ask, services, situation } = kit;
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
    await kit.save({ date });
  }
  const chosen = date;
  const day = situation.days.find((d) => d.date === chosen)!;
  // The situation knows which days have an entry: only those are read (to show what is being edited).
  const existing = day.status === null ? null : await conversation.external(() => loadDayEntry(services, situation.diary, chosen));
  if (existing) {
    await ctx.reply(
      ctx.t("diary-editing", {
        date: dottedDate(chosen),
        status: ctx.t(`diary-status-short-${existing.status}`),
        hours: existing.hours,
        text: existing.text,
      }) + (existing.reason ? `\n${ctx.t("diary-returned-reason", { reason: existing.reason })}` : ""),
    );
  } else if (day.mark !== null) {
    await ctx.reply(ctx.t(`diary-day-is-${day.mark}`, { date: dottedDate(chosen) }));
  }
  return { date: chosen, day, existing };
}
