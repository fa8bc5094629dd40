import { Types } from "mongoose";
import { resolvePolicy, DEFAULT_POLICY_ID } from "../../domain/policies/helpers.js";
import type { Policy } from "../../domain/policies/policy-schema.js";
import { hasDiary } from "../../domain/practice/placement.js";
import { addDays, dottedDate, isIsoDate, type IsoDate } from "../../domain/rules/dates.js";
import type { WorkingCalendar } from "../../domain/rules/working-calendar.js";
import {
  DEFAULT_REMINDER_SCHEDULE,
  dueDeadlineReminders,
  dueDiaryReminders,
  dueDigests,
  dueTransferReminders,
  ENTRY_LOOKBACK_DAYS,
  localTimeOf,
  NIGHT_WINDOW,
  OPEN_DIARY_CALLBACK,
  placementHorizon,
  withoutMuted,
  type DueReminder,
  type PlacementReminderFacts,
  type ReminderClock,
  type ReminderSchedule,
} from "../../domain/reminders/index.js";
import type { Logger } from "../../logging/logger.js";
import type { Persistence } from "../../persistence/create-persistence.js";
import type { ReferenceData } from "../../reference-data/load.js";
import type { Outbox, OutboxMessageInput } from "../outbox/index.js";
import { diaryOpensOn } from "../../domain/diary/writable-days.js";

export interface ReminderJobsDeps {
  db: Persistence;
  outbox: Pick<Outbox, "enqueueMany">;
  reference: Pick<ReferenceData, "policies" | "calendars" | "calendar">;
  now: () => Date;
  /** Config TIMEZONE (Asia/Almaty). */
  timezone: string;
  logger: Pick<Logger, "info" | "warn" | "debug">;
  /** Local hours of the reminders; the daily diary reminder must fall between 08:00 and 22:00. */
  schedule?: Partial<ReminderSchedule>;
}

export interface RunDueResult {
  due: number;
  enqueued: number;
  /** Already enqueued earlier (same dedupe key): a restart or a second instance changes nothing. */
  duplicates: number;
}

/** A student's name and Telegram id read for a placement that kept no copy of them. */
interface StudentCopy {
  placementId: Types.ObjectId;
  studentId: Types.ObjectId;
  fullName: string;
  telegramId: number | null;
}

/** Outbox messages are written in batches of this many. */
const ENQUEUE_BATCH = 10_000;

function showDates(params: DueReminder["params"]): DueReminder["params"] {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, isIsoDate(value) ? dottedDate(value) : value]));
}

/** The outbox message of a due reminder: a locale key rendered in the recipient's language when sent. */
export function toOutboxMessage(reminder: DueReminder): OutboxMessageInput {
  return {
    recipient: reminder.recipient,
    kind: reminder.kind,
    ref: reminder.ref,
    dedupeKey: reminder.dedupeKey,
    notBefore: reminder.notBefore,
    payload: {
      key: `reminders-${reminder.kind}`,
      // Dates travel already written as on documents ("23.11.2026"), the same in every language.
      params: { ...showDates(reminder.params), rule: reminder.rule },
      ...(reminder.openDiary ? { keyboard: [[{ key: "reminders-open-diary", callbackData: OPEN_DIARY_CALLBACK }]] } : {}),
    },
  };
}

/**
 * Scheduled reminders: `runDue(now)` reads only what can be due around today, computes the due
 * reminders with the pure rules (src/domain/reminders) and enqueues them, idempotent by dedupe key. Whatever
 * became due during downtime and is still relevant is enqueued by the next run (catch-up).
 */
export function createReminderJobs(deps: ReminderJobsDeps) {
  const { db, reference, timezone, logger } = deps;
  const schedule: ReminderSchedule = { ...DEFAULT_REMINDER_SCHEDULE, ...deps.schedule };
  if (schedule.diaryMinutes < NIGHT_WINDOW.endMinutes || schedule.diaryMinutes >= NIGHT_WINDOW.startMinutes) {
    throw new Error("the daily diary reminder must be between 08:00 and 22:00 local time");
  }
  const defaultPolicy = resolvePolicy(reference.policies, DEFAULT_POLICY_ID);
  const calendarOf = (policy: Policy): WorkingCalendar => reference.calendars.get(policy.holidayCalendar) ?? reference.calendar;
  const policyOf = (id: string | null | undefined): Policy => (id ? (reference.policies.get(id) ?? defaultPolicy) : defaultPolicy);
  const clockFor = (now: Date, policy: Policy): ReminderClock => ({ now, timeZone: timezone, calendar: calendarOf(policy), schedule });

  async function gather(now: Date): Promise<{ due: DueReminder[]; copies: StudentCopy[] }> {
    const today = localTimeOf(now, timezone).date;
    const departments = await db.departments.list();
    const departmentPolicy = new Map(departments.map((d) => [String(d._id), policyOf(d.policyId)]));
    const horizon = placementHorizon([...reference.policies.values()]);
    const placements = await db.reminderFacts.placementsAround(addDays(today, -horizon.endedAfter), addDays(today, horizon.startsBefore));
    const withDates = placements.filter((p): p is typeof p & { startDate: string; endDate: string } => !!p.startDate && !!p.endDate);

    const running = withDates.filter((p) => p.startDate <= today && today <= addDays(p.endDate, 1));
    const runningIds = running.map((p) => String(p._id));
    const since = addDays(today, -ENTRY_LOOKBACK_DAYS);
    const recent = new Map<string, Set<IsoDate>>();
    for (const e of await db.reminderFacts.entryDatesSince(runningIds, since)) {
      const set = recent.get(e.placementId) ?? new Set<IsoDate>();
      set.add(e.date);
      recent.set(e.placementId, set);
    }
    // Only a diary silent for the whole look-back window needs its last earlier entry (one indexed read each).
    const earlier = new Map<string, IsoDate | null>();
    for (const p of running)
      if (p.startDate < since && !recent.has(String(p._id)))
        earlier.set(String(p._id), await db.reminderFacts.lastEntryBefore(String(p._id), since));
    const pending = new Map<string, { id: string; date: IsoDate; submittedOn: IsoDate }[]>();
    for (const e of await db.reminderFacts.pendingEntries(runningIds)) {
      const list = pending.get(e.placementId) ?? [];
      list.push({ id: String(e._id), date: e.date, submittedOn: e.submittedAt ? localTimeOf(e.submittedAt, timezone).date : e.date });
      pending.set(e.placementId, list);
    }
    // The student's name and Telegram id as copied on the placement; only placements without a copy read the student.
    const students = await studentsOf(withDates.filter((p) => p.studentFullName == null).map((p) => p.studentId));
    const copies: StudentCopy[] = [];
    const ending = withDates.filter((p) => p.endDate <= addDays(today, 30)).map((p) => String(p._id));
    const outcomes = new Map((await db.reminderFacts.outcomes(ending)).map((o) => [o.placementId, o]));
    const coordinators = await db.users.coordinatorsOf(
      [...new Set(withDates.map((p) => String(p.departmentId)))].map((id) => new Types.ObjectId(id)),
    );

    const due: DueReminder[] = [];
    for (const p of withDates) {
      const id = String(p._id);
      const policy = departmentPolicy.get(String(p.departmentId)) ?? defaultPolicy;
      const student =
        p.studentFullName == null ? students.get(String(p.studentId)) : { fullName: p.studentFullName, telegramId: p.studentTelegramId };
      if (p.studentFullName == null && student)
        copies.push({ placementId: p._id, studentId: p.studentId, fullName: student.fullName, telegramId: student.telegramId ?? null });
      const outcome = outcomes.get(id);
      const facts: PlacementReminderFacts = {
        placementId: id,
        studentName: student?.fullName ?? "",
        studentTelegramId: student?.telegramId ?? null,
        universitySupervisorTelegramId: p.universitySupervisorTelegramId ?? null,
        organisationSupervisorTelegramId: p.organisationSupervisor?.telegramId ?? null,
        coordinatorTelegramIds: coordinators.get(String(p.departmentId)) ?? [],
        practiceType: p.practiceType,
        startDate: p.startDate,
        endDate: p.endDate,
        weeks: p.weeks ?? null,
        hasBase: p.organisationId != null,
        noBaseReported: p.noBaseReportedAt != null,
        hasContract: !!p.contract?.date,
        hasReport: !!outcome?.report,
        hasCharacteristic: !!outcome?.characteristic,
        policy,
        recentEntryDates: recent.get(id) ?? new Set(),
        earlierEntryDate: earlier.get(id) ?? null,
        writableFrom: diaryOpensOn(p.startDate, p.approvedAt ? localTimeOf(p.approvedAt, timezone).date : null),
        excusedDays: new Set((p.excusedDays ?? []).map((d) => d.date)),
        pending: pending.get(id) ?? [],
      };
      const clock = clockFor(now, policy);
      due.push(...dueDeadlineReminders(clock, facts));
      // A diary is kept only once the coordinator approved the placement (QP-06 5.10): drafts get deadlines only.
      if (hasDiary(p.status) && p.startDate <= today && today <= addDays(p.endDate, 1)) due.push(...dueDiaryReminders(clock, facts));
    }

    // Digest: the entries waiting on each subscribed supervisor's students.
    const subscribers = new Set(await db.users.listDigestSubscribers());
    if (subscribers.size > 0) {
      const counts = new Map<number, { telegramId: number; pendingEntries: number; students: number }>();
      for (const p of running) {
        const waiting = pending.get(String(p._id))?.length ?? 0;
        if (waiting === 0) continue;
        for (const tg of new Set([p.universitySupervisorTelegramId, p.organisationSupervisor?.telegramId])) {
          if (tg == null || !subscribers.has(tg)) continue;
          const c = counts.get(tg) ?? { telegramId: tg, pendingEntries: 0, students: 0 };
          c.pendingEntries += waiting;
          c.students += 1;
          counts.set(tg, c);
        }
      }
      due.push(...dueDigests(clockFor(now, defaultPolicy), [...counts.values()]));
    }

    // Transfer windows for subscribed students, by their department's policy.
    const transfer = await db.users.listTransferSubscribers();
    const byPolicy = new Map<Policy, number[]>();
    for (const tg of transfer) {
      const student = await db.students.findByTelegramId(tg);
      const policy = (student && departmentPolicy.get(String(student.departmentId))) ?? defaultPolicy;
      byPolicy.set(policy, [...(byPolicy.get(policy) ?? []), tg]);
    }
    for (const [policy, ids] of byPolicy)
      due.push(...dueTransferReminders(clockFor(now, policy), policy.academicPeriods, policy.applicationCutoffWorkingDays, ids));

    const muted = await db.users.listMutedReminders();
    return { due: withoutMuted(due, (tg) => muted.get(tg)), copies };
  }

  async function studentsOf(ids: readonly Types.ObjectId[]) {
    const unique = [...new Set(ids.map(String))].map((id) => new Types.ObjectId(id));
    return new Map((await db.reminderFacts.students(unique)).map((s) => [String(s._id), s]));
  }

  /**
   * Copies the students read by this run onto their placements, so the next runs read no students. A student
   * written meanwhile drops the copies only after its own write, so a copy that could predate that write is found
   * by reading the students again after copying, and dropped.
   */
  async function rememberStudents(copies: readonly StudentCopy[]): Promise<void> {
    if (copies.length === 0 || (await db.reminderFacts.rememberStudents(copies)) === 0) return;
    const now = await studentsOf(copies.map((c) => c.studentId));
    const changed = copies.filter((c) => {
      const student = now.get(String(c.studentId));
      return !student || student.fullName !== c.fullName || (student.telegramId ?? null) !== c.telegramId;
    });
    if (changed.length > 0) await db.reminderFacts.forgetStudents(changed.map((c) => c.placementId));
  }

  return {
    /** Every reminder due at `now` (nothing is written). */
    async collect(now: Date): Promise<DueReminder[]> {
      return (await gather(now)).due;
    },

    /**
     * Enqueues every reminder due at `now` that is not in the outbox yet; then keeps on the placements the
     * students' names and Telegram ids it had to read.
     */
    async runDue(now: Date = deps.now()): Promise<RunDueResult> {
      const { due, copies } = await gather(now);
      let enqueued = 0;
      let duplicates = 0;
      for (let i = 0; i < due.length; i += ENQUEUE_BATCH) {
        const result = await deps.outbox.enqueueMany(due.slice(i, i + ENQUEUE_BATCH).map(toOutboxMessage));
        enqueued += result.inserted;
        duplicates += result.duplicates;
      }
      if (enqueued > 0) logger.info({ due: due.length, enqueued, duplicates }, "reminders enqueued");
      else logger.debug({ due: due.length, duplicates }, "no new reminders");
      await rememberStudents(copies);
      return { due: due.length, enqueued, duplicates };
    },
  };
}
export type ReminderJobs = ReturnType<typeof createReminderJobs>;
