import { addDays, type IsoDate } from "../rules/dates.js";

/** Wall-clock reading of an instant in a time zone. */
export interface LocalTime {
  date: IsoDate;
  /** Minutes since local midnight. */
  minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function partsOf(instant: Date, timeZone: string): { date: IsoDate; hour: number; minute: number; second: number } {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? "0";
  return {
    date: `${part("year")}-${part("month")}-${part("day")}`,
    hour: Number(part("hour")),
    minute: Number(part("minute")),
    second: Number(part("second")),
  };
}

/** The local date and time of `instant` in `timeZone` (the platform's tz data: Asia/Almaty is UTC+6 before 2024-03-01, UTC+5 since). */
export function localTimeOf(instant: Date, timeZone: string): LocalTime {
  const key = `${timeZone}|${instant.getTime()}`;
  const cached = localCache.get(key);
  if (cached) return cached;
  const p = partsOf(instant, timeZone);
  return remember(localCache, key, { date: p.date, minutes: p.hour * 60 + p.minute });
}

// Intl formatting costs microseconds and a run asks the same few instants for every placement: memoised, bounded.
const localCache = new Map<string, LocalTime>();
const instantCache = new Map<string, Date>();
const CACHE_LIMIT = 10_000;

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** Offset of `timeZone` from UTC at `instant`, in minutes (Almaty: 360 before 2024-03-01, 300 after). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const p = partsOf(instant, timeZone);
  const asUtc = Date.UTC(
    Number(p.date.slice(0, 4)),
    Number(p.date.slice(5, 7)) - 1,
    Number(p.date.slice(8, 10)),
    p.hour,
    p.minute,
    p.second,
  );
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant when the wall clock in `timeZone` shows `date` at `minutes` after midnight. Uses the
 * offset in force at that moment (found in two steps, so a change of offset on that day is honoured).
 */
export function instantAt(date: IsoDate, minutes: number, timeZone: string): Date {
  const key = `${timeZone}|${date}|${minutes}`;
  const cached = instantCache.get(key);
  if (cached) return new Date(cached.getTime());
  const naive = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + minutes * 60_000;
  const first = naive - offsetMinutes(new Date(naive), timeZone) * 60_000;
  const second = naive - offsetMinutes(new Date(first), timeZone) * 60_000;
  return new Date(remember(instantCache, key, new Date(second)).getTime());
}

/** No reminder is sent at night: from 22:00 to 08:00 local time. */
export const NIGHT_WINDOW = { startMinutes: 22 * 60, endMinutes: 8 * 60 } as const;

/** True when `instant` falls in the night window in `timeZone`. */
export function isNight(instant: Date, timeZone: string): boolean {
  const { minutes } = localTimeOf(instant, timeZone);
  return minutes >= NIGHT_WINDOW.startMinutes || minutes < NIGHT_WINDOW.endMinutes;
}

/** `instant`, or 08:00 local the next morning when it falls in the night window (22:00–08:00). */
export function outOfNight(instant: Date, timeZone: string): Date {
  const { date, minutes } = localTimeOf(instant, timeZone);
  if (minutes >= NIGHT_WINDOW.startMinutes) return instantAt(addDays(date, 1), NIGHT_WINDOW.endMinutes, timeZone);
  if (minutes < NIGHT_WINDOW.endMinutes) return instantAt(date, NIGHT_WINDOW.endMinutes, timeZone);
  return instant;
}
