import type { ReminderKind } from "../reminders/reminder-kinds.js";
import { addDays, type IsoDate } from "../rules/dates.js";

/**
 * Retention of the outbox (no TTL indexes, docs/test-database: a nightly job deletes explicitly).
 * A message in a final state (sent, blocked, failed) older than the retention period is deleted. Its dedupe key
 * is then free again, which is harmless only if no job can compute that key any more. Kind by kind:
 *
 * - Reminders whose key carries the day they are for (`diary-reminder:<student>:<today>`, `diary-nudge:<student>:
 *   <yesterday>`, `diary-digest:<supervisor>:<today>`): due on that day only.
 * - Deadline and transfer reminders (`<kind>:<placement>:<recipient>:<deadline date>`, `<kind>:<recipient>:<date>`):
 *   due from their lead day to the date, at most 8 days (DEADLINE_REMINDERS ≤ 3 days, TRANSFER_LEAD_DAYS ≤ 7),
 *   so the retention period has a floor of 30 days (MIN_OUTBOX_RETENTION_DAYS in the config).
 * - Absence alerts (`diary-absence-3|10:<placement>:<streak start>:<recipient>`) and pending escalations
 *   (`diary-pending-*:<oldest waiting entry>:<recipient>`): due EVERY day while the streak lasts or the entry
 *   waits, for as long as the placement runs (a practice may be longer than the retention period). They are
 *   kept until their placement has ended (`PLACEMENT_BOUND_KINDS`), after which the reminder jobs never look at it.
 * - Event notifications (diary submission/decision `…:<entry>:v<version>`, placement notices
 *   `…:<placement>:<version>`, grades, reports by file hash, supervisor joined): enqueued when someone acts, never
 *   by a job that re-runs; the version or hash in the key changes with every new event.
 * - Broadcast copies (`broadcast:<id>:<recipient>[:r<round>]`): enqueued once per send or re-send round, each
 *   round claimed on the broadcast document first (`nextRound`), so an old round is never enqueued again. The
 *   broadcast keeps its final figures (`figures`), so /broadcasts still shows them after its copies are gone.
 */
export const PLACEMENT_BOUND_KINDS = [
  "diary-absence-supervisors",
  "diary-absence-coordinator",
  "diary-pending-supervisor",
  "diary-pending-coordinator",
] as const satisfies readonly ReminderKind[];

/** The outbox `ref` of a placement's reminders (`placement:<id>`): its id, or null for another ref. */
export function placementIdOfRef(ref: string | null): string | null {
  const match = ref === null ? null : /^placement:([0-9a-f]{24})$/.exec(ref);
  return match ? match[1]! : null;
}

/** Whether the reminder jobs may still compute a key of this placement (its diary reminders run until the day after its end). */
export function placementMayStillRemind(endDate: string | null | undefined, today: IsoDate): boolean {
  return endDate != null && endDate >= addDays(today, -1);
}
