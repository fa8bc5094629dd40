import type { UiLocale } from "../i18n.js";

const ZONE = "Asia/Almaty";

export function hoursText(locale: UiLocale, hours: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(hours);
}

/** dd.mm.yyyy of a calendar date (`2026-12-07`), as the bot writes dates in every language. */
export function dateText(iso: string): string {
  const [y = "", m = "", d = ""] = iso.slice(0, 10).split("-");
  return `${d}.${m}.${y}`;
}

/** dd.mm.yyyy of an instant, in Almaty's time. */
export function instantText(iso: string): string {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: ZONE, day: "2-digit", month: "2-digit", year: "numeric" }).formatToParts(
    new Date(iso),
  );
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("day")}.${part("month")}.${part("year")}`;
}
