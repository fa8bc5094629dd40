import { addDays, maxDateOf, minDateOf, mondayOf } from "./dates-helpers.js";
import type { IsoDate } from "../rules/dates.js";
import type { DiaryPlacement, EntryFacts } from "./types.js";

/** One calendar week (Monday–Sunday) of a placement, clipped to its dates. */
export interface DiaryWeek<E extends EntryFacts = EntryFacts> {
  /** 1 = the week the practice starts in. */
  index: number;
  from: IsoDate;
  to: IsoDate;
  /** Entries of the week, oldest first. */
  entries: E[];
  /** Hours handed in (submitted or approved). */
  hours: number;
  approvedHours: number;
  /** The week's norm (QP-06 3.6: its working days by the holiday calendar × hours per day); null when not computed. */
  norm: number | null;
  /** Working days of the week the supervisor excused. */
  excusedDays: number;
}

/** Hours that count as handed in: submitted (awaiting a decision) or approved; returned ones need changes. */
export function countsAsHandedIn(entry: Pick<EntryFacts, "status">): boolean {
  return entry.status === "submitted" || entry.status === "approved";
}

/** Sums in half-hour units, so 0.5-hour steps never accumulate floating-point noise. */
export function sumHours(entries: readonly Pick<EntryFacts, "hours">[]): number {
  return entries.reduce((sum, e) => sum + Math.round(e.hours * 2), 0) / 2;
}

/** The practice week (1-based) a date falls in. */
export function practiceWeekIndex(placement: Pick<DiaryPlacement, "startDate">, date: IsoDate): number {
  const first = mondayOf(placement.startDate);
  const days = (Date.parse(`${mondayOf(date)}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000;
  return Math.floor(days / 7) + 1;
}

/**
 * The diary week by week for `/entries`: every week from the placement's start up to `until`
 * (default: its end; pass today to hide future weeks), plus any week holding an entry.
 */
export function groupEntriesByWeek<E extends EntryFacts>(
  entries: readonly E[],
  placement: Pick<DiaryPlacement, "startDate" | "endDate" | "weekNorms">,
  until: IsoDate = placement.endDate,
): DiaryWeek<E>[] {
  const byIndex = new Map<number, E[]>();
  for (const entry of entries) {
    const index = practiceWeekIndex(placement, entry.date);
    const list = byIndex.get(index) ?? [];
    list.push(entry);
    byIndex.set(index, list);
  }
  const last = maxDateOf(minDateOf(until, placement.endDate), placement.startDate);
  const lastIndex = Math.max(practiceWeekIndex(placement, last), ...byIndex.keys());
  const firstIndex = Math.min(1, ...byIndex.keys());
  const weeks: DiaryWeek<E>[] = [];
  for (let index = firstIndex; index <= lastIndex; index++) {
    const monday = addDays(mondayOf(placement.startDate), (index - 1) * 7);
    const list = (byIndex.get(index) ?? []).slice().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const sunday = addDays(monday, 6);
    const from = maxDateOf(monday, placement.startDate);
    const to = minDateOf(sunday, placement.endDate);
    weeks.push({
      index,
      ...(from <= to ? { from, to } : { from: monday, to: sunday }),
      entries: list,
      hours: sumHours(list.filter(countsAsHandedIn)),
      approvedHours: sumHours(list.filter((e) => e.status === "approved")),
      norm: placement.weekNorms?.find((w) => w.index === index)?.norm ?? null,
      excusedDays: placement.weekNorms?.find((w) => w.index === index)?.excusedDays ?? 0,
    });
  }
  return weeks;
}

export interface Page<T> {
  /** 0-based page shown. */
  page: number;
  pages: number;
  items: T[];
}

/** One page of a list (the page number is clamped into range). */
export function pageOf<T>(items: readonly T[], page: number, perPage = 1): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  const p = Math.min(Math.max(0, Math.trunc(Number.isFinite(page) ? page : 0)), pages - 1);
  return { page: p, pages, items: items.slice(p * perPage, (p + 1) * perPage) };
}
