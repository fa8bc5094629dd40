import { addDays, type IsoDate } from "../rules/dates.js";
import { instantAt, localTimeOf } from "./local-time.js";
import { reminderKind } from "./reminder-kinds.js";
import {
  ABSENCE_ALERT_WORKING_DAYS,
  PENDING_ESCALATION_WORKING_DAYS,
  countWorkingDays,
  dayWindowEnd,
  isWorkingDay,
  safe,
  sendWindow,
  type DueReminder,
  type PlacementReminderFacts,
  type ReminderClock,
} from "./due-reminders.js";

/** Callback data of the "open the diary" button; the diary feature opens /diary on it. */
export const OPEN_DIARY_CALLBACK = "diary:open";

function lastEntryBefore(facts: PlacementReminderFacts, today: IsoDate): IsoDate | null {
  let last: IsoDate | null = facts.earlierEntryDate;
  for (const d of facts.recentEntryDates) if (d < today && (last === null || d > last)) last = d;
  return last;
}

/** Diary reminders for one placement: daily, next-morning nudge, absence alerts, pending escalations. */
export function dueDiaryReminders(clock: ReminderClock, facts: PlacementReminderFacts): DueReminder[] {
  const { timeZone, calendar, schedule } = clock;
  const today = localTimeOf(clock.now, timeZone).date;
  const out: DueReminder[] = [];
  if (today < facts.startDate) return out;
  const ref = `placement:${facts.placementId}`;
  const student = facts.studentTelegramId;
  const opened = facts.writableFrom !== undefined && facts.writableFrom > facts.startDate ? facts.writableFrom : facts.startDate;
  const excused = (d: IsoDate) => facts.excusedDays?.has(d) ?? false;

  // QP-06 5.14: the daily reminder on working days of the practice, until the night window begins
  if (
    student !== null &&
    today <= facts.endDate &&
    today >= opened &&
    !excused(today) &&
    !facts.recentEntryDates.has(today) &&
    safe(false, () => isWorkingDay(calendar, today))
  ) {
    const at = sendWindow(clock, instantAt(today, schedule.diaryMinutes, timeZone), dayWindowEnd(today, timeZone));
    if (at)
      out.push({
        kind: "diary-daily",
        recipient: student,
        rule: reminderKind("diary-daily").rule,
        dedupeKey: `diary-reminder:${student}:${today}`,
        params: { date: today },
        notBefore: at,
        ref,
        openDiary: true,
      });
  }
  // Next morning: yesterday (a working day of the practice) is still empty
  const yesterday = addDays(today, -1);
  if (
    student !== null &&
    yesterday >= opened &&
    yesterday <= facts.endDate &&
    !excused(yesterday) &&
    !facts.recentEntryDates.has(yesterday) &&
    safe(false, () => isWorkingDay(calendar, yesterday))
  ) {
    const at = sendWindow(clock, instantAt(today, schedule.morningMinutes, timeZone), dayWindowEnd(today, timeZone));
    if (at)
      out.push({
        kind: "diary-nudge",
        recipient: student,
        rule: reminderKind("diary-nudge").rule,
        dedupeKey: `diary-nudge:${student}:${yesterday}`,
        params: { date: yesterday },
        notBefore: at,
        ref,
        openDiary: true,
      });
  }
  // R-23 8.1: working days without any entry since the last one (or since the diary opened: days before the
  // placement's approval could not be written), not counting today nor excused days
  if (today <= addDays(facts.endDate, 1)) {
    const last = lastEntryBefore(facts, today);
    const streakStart = last === null || last < opened ? opened : addDays(last, 1);
    const lastCounted = yesterday < facts.endDate ? yesterday : facts.endDate;
    let missed = streakStart <= lastCounted ? safe(0, () => countWorkingDays(calendar, streakStart, lastCounted)) : 0;
    for (const d of facts.excusedDays ?? [])
      if (d >= streakStart && d <= lastCounted && safe(false, () => isWorkingDay(calendar, d))) missed -= 1;
    const alertAt = sendWindow(clock, instantAt(today, schedule.morningMinutes, timeZone), dayWindowEnd(today, timeZone));
    if (alertAt && missed >= ABSENCE_ALERT_WORKING_DAYS.supervisors) {
      const to = [facts.universitySupervisorTelegramId, facts.organisationSupervisorTelegramId].filter((id): id is number => id !== null);
      for (const recipient of new Set(to))
        out.push({
          kind: "diary-absence-supervisors",
          recipient,
          rule: reminderKind("diary-absence-supervisors").rule,
          dedupeKey: `diary-absence-3:${facts.placementId}:${streakStart}:${recipient}`,
          params: { student: facts.studentName, days: missed, since: streakStart },
          notBefore: alertAt,
          ref,
        });
    }
    if (alertAt && missed >= ABSENCE_ALERT_WORKING_DAYS.coordinator) {
      for (const recipient of new Set(facts.coordinatorTelegramIds))
        out.push({
          kind: "diary-absence-coordinator",
          recipient,
          rule: reminderKind("diary-absence-coordinator").rule,
          dedupeKey: `diary-absence-10:${facts.placementId}:${streakStart}:${recipient}`,
          params: { student: facts.studentName, days: missed, since: streakStart },
          notBefore: alertAt,
          ref,
        });
    }
  }
  // Entries waiting longer than N working days: the university supervisor, then (2N) the coordinator
  if (facts.pending.length > 0) {
    const alertAt = sendWindow(clock, instantAt(today, schedule.morningMinutes, timeZone), dayWindowEnd(today, timeZone));
    const waited = (submittedOn: IsoDate) => safe(0, () => countWorkingDays(calendar, addDays(submittedOn, 1), today));
    const oldest = [...facts.pending].sort((a, b) => (a.submittedOn < b.submittedOn ? -1 : a.submittedOn > b.submittedOn ? 1 : 0));
    const levels = [
      { kind: "diary-pending-supervisor" as const, days: PENDING_ESCALATION_WORKING_DAYS, to: [facts.universitySupervisorTelegramId] },
      { kind: "diary-pending-coordinator" as const, days: 2 * PENDING_ESCALATION_WORKING_DAYS, to: facts.coordinatorTelegramIds },
    ];
    for (const level of levels) {
      const overdue = oldest.filter((e) => waited(e.submittedOn) > level.days);
      const first = overdue[0];
      if (!alertAt || !first) continue;
      for (const recipient of new Set(level.to.filter((id): id is number => id !== null)))
        out.push({
          kind: level.kind,
          recipient,
          rule: reminderKind(level.kind).rule,
          dedupeKey: `${level.kind}:${first.id}:${recipient}`,
          params: { student: facts.studentName, count: overdue.length, days: level.days, since: first.date },
          notBefore: alertAt,
          ref,
        });
    }
  }
  return out;
}
