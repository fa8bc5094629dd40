/** Labels of a document in one language: `t("doc-title")`, `t("doc-page", { page: 1, pages: 3 })`. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

const INTL_LOCALE: Record<string, string> = { kk: "kk-KZ", ru: "ru-RU", en: "en-GB" };

/** Date and time formats of a document (Asia/Almaty by default, domain.md §10). */
export function documentFormats(locale: string, timeZone = "Asia/Almaty") {
  const tag = INTL_LOCALE[locale] ?? locale;
  const date = new Intl.DateTimeFormat(tag, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });
  const dateTime = new Intl.DateTimeFormat(tag, {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  });
  const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  return {
    /** A calendar date "YYYY-MM-DD" → "14.10.2026". */
    date: (iso: string): string => date.format(new Date(`${iso}T00:00:00Z`)),
    /** An instant (ISO string or Date) → "14.10.2026, 11:00" in the time zone. */
    dateTime: (at: string | Date): string => dateTime.format(typeof at === "string" ? new Date(at) : at),
    number: (n: number): string => number.format(n),
  };
}
