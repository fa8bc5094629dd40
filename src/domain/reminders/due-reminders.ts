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
  memoOnCalendar as memo,
  type WorkingCalendar,
} from "../rules/working-calendar.js";
import { instantAt, localTimeOf, NIGHT_WINDOW, outOfNight } from "./local-time.js";
import { isMuted, reminderKind, type ReminderKind } from "./reminder-kinds.js";

/** The working-day rules memoised per calendar (see memoOnCalendar). */
export function isWorkingDay(calendar: WorkingCalendar, date: IsoDate): boolean {
  return memo(calendar, `working|${date}`, () => isWorkingDayUncached(calendar, date));
}

export function countWorkingDays(calendar: WorkingCalendar, from: IsoDate, to: IsoDate): number {
  return memo(calendar, `count|${from}|${to}`, () => countWorkingDaysUncached(calendar, from, to));
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
  /** The first day the diary could be written (the placement's approval, or the start if later); absent: the start. */
  writableFrom?: IsoDate | undefined;
  /** Days a supervisor excused (sick leave and the like): not absences. */
  excusedDays?: ReadonlySet<IsoDate> | undefined;
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

export function dayWindowEnd(date: IsoDate, timeZone: string): Date {
  return instantAt(date, NIGHT_WINDOW.startMinutes, timeZone);
}

/** `compute()`, or `fallback` where the holiday calendar does not cover the year. */
export function safe<T>(fallback: T, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (isRuleInputError(error) && error.code === "calendarYearNotCovered") return fallback;
    throw error;
  }
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
