import type { EntryFacts } from "./types.js";
import { sumHours } from "./weeks.js";

export interface PendingEntry extends EntryFacts {
  id: string;
  placementId: string;
  studentId: string;
  version: number;
}

/** A student's entries waiting for a decision (`/pending`). */
export interface PendingGroup<E extends PendingEntry = PendingEntry> {
  studentId: string;
  placementId: string;
  /** Oldest first. */
  entries: E[];
  hours: number;
}

/** Groups submitted entries by student (placement), the student with the oldest waiting entry first. */
export function groupPendingByStudent<E extends PendingEntry>(entries: readonly E[]): PendingGroup<E>[] {
  const groups = new Map<string, PendingGroup<E>>();
  for (const entry of entries) {
    if (entry.status !== "submitted") continue;
    const key = `${entry.studentId}\u0000${entry.placementId}`;
    const group = groups.get(key) ?? { studentId: entry.studentId, placementId: entry.placementId, entries: [], hours: 0 };
    group.entries.push(entry);
    groups.set(key, group);
  }
  const out = [...groups.values()];
  for (const g of out) {
    g.entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    g.hours = sumHours(g.entries);
  }
  return out.sort((a, b) => {
    const da = a.entries[0]?.date ?? "";
    const db = b.entries[0]?.date ?? "";
    return da < db ? -1 : da > db ? 1 : a.studentId < b.studentId ? -1 : 1;
  });
}
