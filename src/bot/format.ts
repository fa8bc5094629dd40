import type { Locale } from "../config/config.js";

const INTL_LOCALE: Record<Locale, string> = { kk: "kk-KZ", ru: "ru-RU", en: "en-GB" };

/** A calendar date and time in the user's language and the configured time zone, e.g. "30 қараша 2026 ж., 14:00". */
export function formatDateTime(date: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "long", timeStyle: "short", timeZone }).format(date);
}

/** A calendar date in the user's language, e.g. "25 августа 2027 г.". */
export function formatDate(date: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "long", timeZone }).format(date);
}
