import { nextAcademicPeriodStart, type AcademicPeriodDays } from "../rules/academic-periods.js";
import { addDays, daysBetween, type IsoDate } from "../rules/dates.js";
import { isRuleInputError } from "../rules/errors.js";
import {
  practiceDeadlines,
  type PracticeDeadline,
  type PracticeDeadlineKey,
  type PracticeDeadlinePolicy,
  type PracticeType,
} from "../rules/practice-deadlines.js";
import { applicationCutoff, transferWindowEnd } from "../rules/transfer-windows.js";
import {
  countWorkingDays as countWorkingDaysUncached,
  isWorkingDay as isWorkingDayUncached,
  type WorkingCalendar,
} from "../rules/working-calendar.js";
import { instantAt, localTimeOf, NIGHT_WINDOW, outOfNight } from "./local-time.js";
import { isMuted, reminderKind, type ReminderKind } from "./reminder-kinds.js";

/**
 * The working-day rules memoised per calendar: a reminder run asks the same few questions for every placement of
 * a cohort (is today a working day, how many working days since the start), and walking the calendar day by day
 * for each of 100,000 placements was a third of a run (bench/reminders.ts). Only answers are cached; a date the
 * calendar does not cover throws every time. Bounded: cleared past 10,000 entries.
 */
const workingDayMemo = new WeakMap<WorkingCalendar, Map<string, number | boolean>>();

function memo<T extends number | boolean>(calendar: WorkingCalendar, key: string, compute: () => T): T {
  let perCalendar = workingDayMemo.get(calendar);
  if (!perCalendar) {
    perCalendar = new Map();
    workingDayMemo.set(calendar, perCalendar);
  }
  const found = perCalendar.get(key);
  if (found !== undefined) return found as T;
  const value = compute();
  if (perCalendar.size > 10_000) perCalendar.clear();
  perCalendar.set(key, value);
  return value;
}

function isWorkingDay(calendar: WorkingCalendar, date: IsoDate): boolean {
  return memo(calendar, date, () => isWorkingDayUncached(calendar, date));
}

function countWorkingDays(calendar: WorkingCalendar, from: IsoDate, to: IsoDate): number {
  return memo(calendar, `${from}|${to}`, () => countWorkingDaysUncached(calendar, from, to));
}

/** Local times (minutes after midnight) at which each reminder becomes due. */
export interface ReminderSchedule {
  /** The daily diary reminder (default 18:00); must be in the day window 08:00–22:00. */
  diaryMinutes: number;
  /** The next-morning nudge and the absence / pending alerts. */
  morningMinutes: number;
  /** Deadline and transfer-window reminders. */
  deadlineMinutes: number;
  /** Supervisors' digest of pending entries. */
  digestMinutes: number;
}

export const DEFAULT_REMINDER_SCHEDULE: ReminderSchedule = {
  diaryMinutes: 18 * 60,
  morningMinutes: 9 * 60,
  deadlineMinutes: 10 * 60,
  digestMinutes: 17 * 60,
};

/** Working days without entries that alert the supervisors, then the coordinator (R-23 8.1: two weeks' absence = 10 working days). */
export const ABSENCE_ALERT_WORKING_DAYS = { supervisors: 3, coordinator: 10 } as const;

/**
 * Working days an entry may wait for a decision before it is escalated to the university supervisor
 * (twice as long: the coordinator). The regulations set no term; 3 working days is the department's
 * working norm for answering a student (no policy value yet).
 */
export const PENDING_ESCALATION_WORKING_DAYS = 3;

/** How far back the service must load diary entries for the rules below (covers 10 working days with holidays). */
export const ENTRY_LOOKBACK_DAYS = 30;

/** Lead times (calendar days before the deadline date) of the deadline reminders; the reminder stays due until the deadline day ends. */
export const DEADLINE_REMINDERS: readonly { deadline: PracticeDeadlineKey; kind: ReminderKind; leadDays: number }[] = [
  { deadline: "noBaseReported", kind: "deadline-no-base", leadDays: 0 },
  { deadline: "contractSigned", kind: "deadline-contract", leadDays: 3 },
  { deadline: "orientation", kind: "deadline-orientation", leadDays: 1 },
  { deadline: "reportSchedule", kind: "deadline-report-schedule", leadDays: 0 },
  { deadline: "characteristic", kind: "deadline-characteristic", leadDays: 3 },
  { deadline: "reportDue", kind: "deadline-report-due", leadDays: 1 },
];

/** Transfer-window reminders: days before the window closes (R-23 3.2, 6.1) and before the cut-off (R-23 6.2). */
export const TRANSFER_LEAD_DAYS = { window: 7, cutoff: 3 } as const;

/** The farthest a placement's start may lie ahead, or its end behind, for some reminder to be due (for the service's query). */
export function placementHorizon(policies: readonly PracticeDeadlinePolicy[]): { startsBefore: number; endedAfter: number } {
  const before = Math.max(0, ...policies.flatMap((p) => [p.contractDeadlineDaysBeforeStart ?? 0, p.noBaseWarningDaysBeforeStart ?? 0]));
  const after = Math.max(0, ...policies.map((p) => p.reportDueDaysAfterEnd ?? 0));
  // + lead days + a week of shifting over holidays
  return { startsBefore: before + 3 + 10, endedAfter: after + 10 };
}

export interface ReminderClock {
  now: Date;
  timeZone: string;
  calendar: WorkingCalendar;
  schedule: ReminderSchedule;
}

/** What the rules need to know about one placement. */
export interface PlacementReminderFacts {
  placementId: string;
  studentName: string;
  studentTelegramId: number | null;
  universitySupervisorTelegramId: number | null;
  organisationSupervisorTelegramId: number | null;
  coordinatorTelegramIds: readonly number[];
  practiceType: PracticeType;
  startDate: IsoDate;
  endDate: IsoDate;
  weeks: number | null;
  hasBase: boolean;
  noBaseReported: boolean;
  hasContract: boolean;
  hasReport: boolean;
  hasCharacteristic: boolean;
  policy: PracticeDeadlinePolicy;
  /** Dates of the diary's entries in the last ENTRY_LOOKBACK_DAYS days (any status). */
  recentEntryDates: ReadonlySet<IsoDate>;
  /** Latest entry date before that window (null: none, or not needed). */
  earlierEntryDate: IsoDate | null;
  /** Entries waiting for a decision, with the local date they were handed in. */
  pending: readonly { id: string; date: IsoDate; submittedOn: IsoDate }[];
}

/** A reminder to enqueue: the outbox message without its rendering. */
export interface DueReminder {
  kind: ReminderKind;
  recipient: number;
  /** The clause it enforces (the policy's citation for deadlines). */
  rule: string;
  dedupeKey: string;
  /** Locale key `reminders-<kind>` and its params. */
  params: Record<string, string | number>;
  notBefore: Date;
  ref: string;
  /** A button opening /diary (the diary feature handles `diary:open`). */
  openDiary?: boolean;
}

/** Callback data of the "open the diary" button; the diary feature opens /diary on it. */
export const OPEN_DIARY_CALLBACK = "diary:open";

/**
 * Whether something due at `dueAt` and relevant until `until` should be enqueued now, and when it may be sent:
 * not before it is due, never at night (22:00–08:00 → 08:00 next morning), and never once it is stale.
 */
export function sendWindow(clock: Pick<ReminderClock, "now" | "timeZone">, dueAt: Date, until: Date): Date | null {
  if (clock.now < dueAt) return null;
  const at = outOfNight(clock.now > dueAt ? clock.now : dueAt, clock.timeZone);
  return at < until ? at : null;
}

function endOfDay(date: IsoDate, timeZone: string): Date {
  return instantAt(addDays(date, 1), 0, timeZone);
}

function dayWindowEnd(date: IsoDate, timeZone: string): Date {
  return instantAt(date, NIGHT_WINDOW.startMinutes, timeZone);
}

function safe<T>(fallback: T, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (isRuleInputError(error) && error.code === "calendarYearNotCovered") return fallback;
    throw error;
  }
}

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

  // QP-06 5.14: the daily reminder on working days of the practice, until the night window begins
  if (
    student !== null &&
    today <= facts.endDate &&
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
    yesterday >= facts.startDate &&
    yesterday <= facts.endDate &&
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
  // R-23 8.1: working days without any entry since the last one (or the start), not counting today
  if (today <= addDays(facts.endDate, 1)) {
    const last = lastEntryBefore(facts, today);
    const streakStart = last === null ? facts.startDate : addDays(last, 1);
    const lastCounted = yesterday < facts.endDate ? yesterday : facts.endDate;
    const missed = streakStart <= lastCounted ? safe(0, () => countWorkingDays(calendar, streakStart, lastCounted)) : 0;
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

function practiceWeeks(facts: Pick<PlacementReminderFacts, "weeks" | "startDate" | "endDate">): number {
  return facts.weeks ?? Math.max(1, Math.ceil((daysBetween(facts.startDate, facts.endDate) + 1) / 7));
}

// Placements of one cohort share their dates: the deadlines are computed once per policy, type, start and weeks.
const deadlineCache = new WeakMap<PracticeDeadlinePolicy, Map<string, PracticeDeadline[]>>();

function deadlinesOf(calendar: WorkingCalendar, facts: PlacementReminderFacts) {
  const weeks = practiceWeeks(facts);
  const key = `${calendar.id}|${facts.practiceType}|${facts.startDate}|${weeks}`;
  let perPolicy = deadlineCache.get(facts.policy);
  if (!perPolicy) {
    perPolicy = new Map<string, PracticeDeadline[]>();
    deadlineCache.set(facts.policy, perPolicy);
  }
  let found = perPolicy.get(key);
  if (!found) {
    found = safe<PracticeDeadline[]>([], () =>
      practiceDeadlines(facts.policy, calendar, { type: facts.practiceType, start: facts.startDate, weeks }),
    );
    if (perPolicy.size > 10_000) perPolicy.clear();
    perPolicy.set(key, found);
  }
  return found;
}

/** Placement deadlines from the policy (practiceDeadlines), each reminded `leadDays` ahead and until its day ends. */
export function dueDeadlineReminders(clock: ReminderClock, facts: PlacementReminderFacts): DueReminder[] {
  const { timeZone, calendar, schedule } = clock;
  const deadlines = deadlinesOf(calendar, facts);
  const out: DueReminder[] = [];
  for (const spec of DEADLINE_REMINDERS) {
    const deadline = deadlines.find((d) => d.key === spec.deadline);
    if (!deadline) continue;
    const needed: Record<string, boolean> = {
      "deadline-no-base": !facts.hasBase && !facts.noBaseReported,
      "deadline-contract": !facts.hasContract,
      "deadline-orientation": true,
      "deadline-report-schedule": true,
      "deadline-characteristic": !facts.hasCharacteristic,
      "deadline-report-due": !facts.hasReport,
    };
    if (needed[spec.kind] !== true) continue;
    const audience = reminderKind(spec.kind).audience;
    const recipient =
      audience === "student"
        ? facts.studentTelegramId
        : audience === "universitySupervisor"
          ? facts.universitySupervisorTelegramId
          : audience === "organisationSupervisor"
            ? facts.organisationSupervisorTelegramId
            : null;
    if (recipient === null) continue;
    const at = sendWindow(
      clock,
      instantAt(addDays(deadline.date, -spec.leadDays), schedule.deadlineMinutes, timeZone),
      endOfDay(deadline.date, timeZone),
    );
    if (!at) continue;
    out.push({
      kind: spec.kind,
      recipient,
      rule: deadline.rule,
      dedupeKey: `${spec.kind}:${facts.placementId}:${recipient}:${deadline.date}`,
      params: { date: deadline.date, student: facts.studentName, start: facts.startDate, end: facts.endDate, rule: deadline.rule },
      notBefore: at,
      ref: `placement:${facts.placementId}`,
    });
  }
  return out;
}

/** Supervisors' daily digest of entries waiting for them (for those who chose digests), on working days. */
export function dueDigests(
  clock: ReminderClock,
  supervisors: readonly { telegramId: number; pendingEntries: number; students: number }[],
): DueReminder[] {
  const today = localTimeOf(clock.now, clock.timeZone).date;
  if (!safe(false, () => isWorkingDay(clock.calendar, today))) return [];
  const at = sendWindow(clock, instantAt(today, clock.schedule.digestMinutes, clock.timeZone), dayWindowEnd(today, clock.timeZone));
  if (!at) return [];
  return supervisors
    .filter((s) => s.pendingEntries > 0)
    .map((s) => ({
      kind: "diary-digest" as const,
      recipient: s.telegramId,
      rule: reminderKind("diary-digest").rule,
      dedupeKey: `diary-digest:${s.telegramId}:${today}`,
      params: { count: s.pendingEntries, students: s.students },
      notBefore: at,
      ref: `digest:${today}`,
    }));
}

/** Transfer-window reminders (R-23 3.2, 6.1–6.2) for subscribed students: the window's end and the application cut-off. */
export function dueTransferReminders(
  clock: ReminderClock,
  periods: AcademicPeriodDays,
  cutoffWorkingDays: number,
  students: readonly number[],
): DueReminder[] {
  const { timeZone, calendar, schedule } = clock;
  const today = localTimeOf(clock.now, timeZone).date;
  const next = nextAcademicPeriodStart(today, periods);
  const { windowEnd } = transferWindowEnd(next.start);
  const cutoff = safe<IsoDate | null>(null, () => applicationCutoff(calendar, next.start, cutoffWorkingDays));
  const items: { kind: "transfer-window" | "transfer-cutoff"; date: IsoDate; lead: number }[] = [
    { kind: "transfer-window", date: windowEnd, lead: TRANSFER_LEAD_DAYS.window },
  ];
  if (cutoff) items.push({ kind: "transfer-cutoff", date: cutoff, lead: TRANSFER_LEAD_DAYS.cutoff });
  const out: DueReminder[] = [];
  for (const item of items) {
    const at = sendWindow(
      clock,
      instantAt(addDays(item.date, -item.lead), schedule.deadlineMinutes, timeZone),
      endOfDay(item.date, timeZone),
    );
    if (!at) continue;
    for (const recipient of students)
      out.push({
        kind: item.kind,
        recipient,
        rule: reminderKind(item.kind).rule,
        dedupeKey: `${item.kind}:${recipient}:${item.date}`,
        params: { date: item.date, periodStart: next.start },
        notBefore: at,
        ref: `transfer:${next.start}`,
      });
  }
  return out;
}

/** Drops the optional reminders their recipients muted; mandatory ones always stay. */
export function withoutMuted(due: readonly DueReminder[], mutedOf: (telegramId: number) => readonly string[] | undefined): DueReminder[] {
  return due.filter((r) => !isMuted(r.kind, mutedOf(r.recipient)));
}
