import type { Locale } from "../config/config.js";
import { localTimeOf } from "../domain/reminders/local-time.js";
import { dottedDate } from "../domain/rules/dates.js";

const INTL_LOCALE: Record<Locale, string> = { kk: "kk-KZ", ru: "ru-RU", en: "en-GB" };

/** A calendar date and time in the user's language and the configured time zone, e.g. "30 қараша 2026 ж., 14:00". */
export function formatDateTime(date: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "long", timeStyle: "short", timeZone }).format(date);
}

/** A calendar date in the user's language, e.g. "25 августа 2027 г.". */
export function formatDate(date: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "long", timeZone }).format(date);
}

/** An instant as "17.11.2026 14:05" in `timeZone` (config TIMEZONE): the same in kk, ru and en university usage. */
export function dottedDateTime(at: Date, timeZone: string): string {
  const local = localTimeOf(at, timeZone);
  const hh = String(Math.floor(local.minutes / 60)).padStart(2, "0");
  const mm = String(local.minutes % 60).padStart(2, "0");
  return `${dottedDate(local.date)} ${hh}:${mm}`;
}

/** A message as a locale key and its parameters (serialisable, so scenes and services can hand it over). */
interface LocalizedLine {
  key: string;
  params?: Record<string, string | number>;
}

/**
 * The one renderer of localized lines, in the reader's language: paragraphs by default, or one line each
 * (`"\n"`) for lists.
 */
export function renderMessage(
  reader: { t: (key: string, params?: Record<string, string | number>) => string },
  lines: readonly LocalizedLine[],
  separator: "\n" | "\n\n" = "\n\n",
): string {
  return lines.map((line) => reader.t(line.key, line.params)).join(separator);
}
