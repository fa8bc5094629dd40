import type { IsoDate } from "../rules/dates.js";
import type { WorkingCalendar } from "../rules/working-calendar.js";
import { addDays } from "./dates-helpers.js";
import { isWorkingDayOrWeekday } from "./entry-validation.js";
import type { DiaryPlacement, EntryFacts, SignOffRole } from "./types.js";

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

/** The practice's last working day: its end date, or the last working day before it (holiday calendar). */
export function lastWorkingDayOf(calendar: WorkingCalendar, placement: Pick<DiaryPlacement, "startDate" | "endDate">): IsoDate {
  for (let d = placement.endDate; d > placement.startDate; d = addDays(d, -1)) if (isWorkingDayOrWeekday(calendar, d)) return d;
  return placement.startDate;
}

export type SignOffTiming =
  | { ok: true; basis: "lastWorkingDay" | "hoursApproved" | "coordinatorAllowed" }
  | { ok: false; reason: "beforeEnd"; lastWorkingDay: IsoDate };

/**
 * QP-06 6.2 (domain.md §6, the order of the end): the diary is signed from the practice's last working
 * day, earlier only once every required hour is approved, or when the department's coordinator allowed it.
 */
export function signOffTiming(input: {
  today: IsoDate;
  lastWorkingDay: IsoDate;
  approvedHours: number;
  requiredHours: number;
  earlyAllowed: boolean;
}): SignOffTiming {
  if (input.today >= input.lastWorkingDay) return { ok: true, basis: "lastWorkingDay" };
  if (input.approvedHours >= input.requiredHours) return { ok: true, basis: "hoursApproved" };
  if (input.earlyAllowed) return { ok: true, basis: "coordinatorAllowed" };
  return { ok: false, reason: "beforeEnd", lastWorkingDay: input.lastWorkingDay };
}

/**
 * QP-06 6.2: every linked supervisor has signed (both, once both are linked), and the two signatures are
 * two people's — the university's and the organisation's — never one person signing for both sides.
 */
export function signOffsComplete(
  placement: Pick<DiaryPlacement, "universitySupervisorTelegramId" | "organisationSupervisorTelegramId">,
  signOffs: readonly { role: SignOffRole; by: number }[],
): boolean {
  if (signOffs.length === 0) return false;
  const roles = new Set(signOffs.map((s) => s.role));
  if (placement.universitySupervisorTelegramId !== null && !roles.has("universitySupervisor")) return false;
  if (placement.organisationSupervisorTelegramId !== null && !roles.has("organisationSupervisor")) return false;
  if (roles.size > 1 && new Set(signOffs.map((s) => s.by)).size < 2) return false;
  return true;
}

export type GradeReadiness = { ok: true } | { ok: false; missing: ("signOffs" | "report")[] };

/** QP-06 6.2–6.5 (domain.md §6): the grade comes after both sign-offs and the report. */
export function gradeReadiness(input: { signedOff: boolean; hasReport: boolean }): GradeReadiness {
  const missing: ("signOffs" | "report")[] = [];
  if (!input.signedOff) missing.push("signOffs");
  if (!input.hasReport) missing.push("report");
  return missing.length === 0 ? { ok: true } : { ok: false, missing };
}
