import type { Locale } from "../config/config.js";
import { localTimeOf } from "../domain/reminders/local-time.js";
import { dottedDate } from "../domain/rules/dates.js";

const INTL_LOCALE: Record<Locale, string> = { kk: "kk-KZ", ru: "ru-RU", en: "en-GB" };

/**
 * Russian long dates end in the abbreviation «г.», which doubles the full stop of a sentence that ends with
 * the date («до 25 августа 2027 г..»); the full word «года» reads the same in official letters.
 */
function withoutYearAbbreviation(text: string): string {
  return text.replace(/ г\.(?= |$)/u, " года");
}

/**
 * A calendar date and time in the user's language and the configured time zone: "25.12.2026 14:00" in Kazakh
 * (the long Kazakh form «2026 ж. 25 желтоқсан» cannot take a case ending), "25 декабря 2026 года в 14:00" in Russian.
 */
export function formatDateTime(date: Date, locale: Locale, timeZone: string): string {
  if (locale === "kk") return dottedDateTime(date, timeZone);
  const text = new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "long", timeStyle: "short", timeZone }).format(date);
  return locale === "ru" ? withoutYearAbbreviation(text) : text;
}

/** A calendar date in the user's language: "25.08.2027" in Kazakh, "25 августа 2027 года" in Russian. */
export function formatDate(date: Date, locale: Locale, timeZone: string): string {
  if (locale === "kk") return dottedDate(localTimeOf(date, timeZone).date);
  const text = new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "long", timeZone }).format(date);
  return locale === "ru" ? withoutYearAbbreviation(text) : text;
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
