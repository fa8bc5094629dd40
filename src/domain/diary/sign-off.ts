import type { IsoDate } from "../rules/dates.js";
import type { EntryFacts } from "./types.js";

export type SignOffCheck =
  { ok: true } | { ok: false; reason: "noEntries" } | { ok: false; reason: "entriesNotApproved"; notApproved: number; dates: IsoDate[] };

/**
 * QP-06 6.2: the supervisors sign the diary at the end; the digital sign-off is possible only
 * when the diary has entries and every one of them is approved.
 */
export function checkSignOff(entries: readonly Pick<EntryFacts, "date" | "status">[]): SignOffCheck {
  const handedIn = entries.filter((e) => e.status !== "draft");
  if (handedIn.length === 0) return { ok: false, reason: "noEntries" };
  const open = handedIn.filter((e) => e.status !== "approved");
  if (open.length > 0) return { ok: false, reason: "entriesNotApproved", notApproved: open.length, dates: open.map((e) => e.date).sort() };
  return { ok: true };
}
