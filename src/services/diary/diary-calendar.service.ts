import { can, type Action, type DenyReason } from "../../domain/access/policy.js";
import type { AccessPrincipal } from "../../domain/access/roles.js";
import { calendarDateIn } from "../../domain/diary/calendar-date.js";
import { mondayOf } from "../../domain/diary/dates-helpers.js";
import { countsAsHandedIn, sumHours } from "../../domain/diary/weeks.js";
import { entryFlags, excusedDayIssue, lateEntryIssue, type EntryFlag } from "../../domain/diary/writable-days.js";
import { DIARY_PLACEMENT_STATUSES } from "../../domain/practice/placement.js";
import { addDays, daysBetween, type IsoDate } from "../../domain/rules/dates.js";
import type { ExcusedDayRecord } from "../../persistence/repositories/diary-calendar.repository.js";
import type { PlacementDocument } from "../../persistence/models/placement.model.js";
import type { Outbox } from "../outbox/index.js";
import { DEFAULT_POLICY_ID } from "../../domain/policies/helpers.js";
import { OPEN_DIARY_CALLBACK } from "../../domain/reminders/diary-reminders.js";
import { placementRules, type DiaryServiceDeps } from "./context.js";
import { calendarOfPolicy, policyOfDepartment, toDiaryPlacement, type LoadedDiaryPlacement } from "./diary-placements.js";

/** Longest span one excuse may cover (a sick note beyond it is split in several). */
export const EXCUSE_MAX_DAYS = 31;
/** Most days one late-entry permission names. */
export const PERMIT_MAX_DAYS = 31;

export type DateRefusal = "outsidePractice" | "future" | "alreadyWritable";

export type CalendarActionResult =
  | { status: "done"; loaded: LoadedDiaryPlacement; added: IsoDate[]; already: IsoDate[] }
  | { status: "unknownStudent" }
  | { status: "noDiary" }
  | { status: "forbidden"; reason: DenyReason }
  | { status: "invalidDates"; refused: { date: IsoDate; reason: DateRefusal }[] };

export interface DiaryCalendarDeps extends DiaryServiceDeps {
  outbox: Pick<Outbox, "enqueue">;
}

/** The diary placement of a student as a supervisor means it: running today, else the latest started, else the next. */
function pickCurrent(placements: readonly PlacementDocument[], today: IsoDate): PlacementDocument | null {
  const withDates = placements.filter(
    (p) => p.startDate && p.endDate && (DIARY_PLACEMENT_STATUSES as readonly string[]).includes(p.status),
  );
  const running = withDates.find((p) => p.startDate! <= today && today <= p.endDate!);
  if (running) return running;
  const started = withDates.filter((p) => p.startDate! <= today).sort((a, b) => (a.startDate! < b.startDate! ? 1 : -1));
  return started[0] ?? withDates.sort((a, b) => (a.startDate! < b.startDate! ? -1 : 1))[0] ?? null;
}

/**
 * The diary's calendar (QP-06 3.6, 5.8): a linked supervisor (or the department's coordinator, or the admin)
 * allows named days to be written late, and excuses days (sick leave and the like). Each method loads the
 * student's diary once, asks `can()`, writes, and queues the student's notification.
 */
export function createDiaryCalendarService(deps: DiaryCalendarDeps) {
  const { db, outbox } = deps;
  const reference = { ...deps.reference, defaultPolicyId: DEFAULT_POLICY_ID };

  async function loadByStudentNumber(studentNumber: string): Promise<LoadedDiaryPlacement | "unknownStudent" | "noDiary"> {
    const student = await db.students.findByStudentNumber(studentNumber.trim());
    if (!student) return "unknownStudent";
    const placement = pickCurrent(await db.placements.listByStudent(student._id), calendarDateIn(deps.now()));
    if (!placement) return "noDiary";
    const policy = policyOfDepartment(reference, await db.departments.findById(placement.departmentId));
    const diary = toDiaryPlacement(placement, policy, calendarOfPolicy(reference, policy));
    return diary ? { diary, placement, student, policy } : "noDiary";
  }

  function authorize(principal: AccessPrincipal, action: Action, loaded: LoadedDiaryPlacement) {
    return can(principal, action, {
      departmentId: loaded.diary.departmentId,
      studentId: loaded.diary.studentId,
      studentTelegramId: loaded.student.telegramId ?? null,
      universitySupervisorTelegramId: loaded.diary.universitySupervisorTelegramId,
      organisationSupervisorTelegramId: loaded.diary.organisationSupervisorTelegramId,
    });
  }

  async function prepare(principal: AccessPrincipal, action: Action, studentNumber: string) {
    const loaded = await loadByStudentNumber(studentNumber);
    if (loaded === "unknownStudent" || loaded === "noDiary") return { status: loaded } as const;
    const decision = authorize(principal, action, loaded);
    if (!decision.allowed) return { status: "forbidden", reason: decision.reason } as const;
    return { status: "ok", loaded } as const;
  }

  async function tell(loaded: LoadedDiaryPlacement, kind: string, key: string, params: Record<string, string>, dedupe: string) {
    const recipient = loaded.student.telegramId;
    if (recipient == null) return;
    await outbox.enqueue({
      recipient,
      kind,
      ref: loaded.diary.id,
      payload: { key, params, keyboard: [[{ key: "reminders-open-diary", callbackData: OPEN_DIARY_CALLBACK }]] },
      dedupeKey: dedupe,
    });
  }

  const dotted = (dates: readonly IsoDate[]) => dates.map((d) => `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`).join(", ");

  return {
    /**
     * Lets the student write `dates` late (QP-06 5.8: the supervisor keeps account of the practice): days before
     * the diary opened, or older than the backfill limit. Days already writable or outside the practice are refused.
     */
    async grantLateEntry(
      principal: AccessPrincipal,
      input: { studentNumber: string; dates: readonly IsoDate[] },
    ): Promise<CalendarActionResult> {
      const ready = await prepare(principal, "grantLateEntry", input.studentNumber);
      if (ready.status !== "ok") return ready;
      const { loaded } = ready;
      const { policy, today, at } = placementRules(deps, loaded.diary);
      const dates = [...new Set(input.dates)].sort();
      const already = dates.filter((d) => loaded.diary.lateEntryDays?.includes(d));
      const refused = dates
        .filter((d) => !already.includes(d))
        .flatMap((date) => {
          const reason = lateEntryIssue(loaded.diary, date, today, policy.diaryBackfillDays);
          return reason ? [{ date, reason }] : [];
        });
      if (refused.length > 0) return { status: "invalidDates", refused };
      const { added } = await db.diaryCalendar.addLateEntryDays(loaded.placement._id, dates, principal.telegramId, at);
      if (added.length > 0)
        await tell(
          loaded,
          "diary-late-entry",
          "diary-calendar-late-granted",
          { dates: dotted(added) },
          `late-entry:${loaded.diary.id}:${added.join(",")}`,
        );
      return { status: "done", loaded: (await this.reload(loaded)) ?? loaded, added, already };
    },

    /**
     * Excuses the days `from`–`to` (sick leave and the like, with an optional document): they are not
     * absences and lower their week's norm (QP-06 3.6). Days outside the practice are refused.
     */
    async markExcusedDays(
      principal: AccessPrincipal,
      input: { studentNumber: string; from: IsoDate; to: IsoDate; reason: string; document?: ExcusedDayRecord["document"] },
    ): Promise<CalendarActionResult> {
      const ready = await prepare(principal, "markExcusedDay", input.studentNumber);
      if (ready.status !== "ok") return ready;
      const { loaded } = ready;
      const { at } = placementRules(deps, loaded.diary);
      const dates: IsoDate[] = [];
      for (let d = input.from; d <= input.to && dates.length <= EXCUSE_MAX_DAYS; d = addDays(d, 1)) dates.push(d);
      const refused = dates.flatMap((date) => {
        const reason = excusedDayIssue(loaded.diary, date);
        return reason ? [{ date, reason }] : [];
      });
      if (refused.length > 0) return { status: "invalidDates", refused };
      const known = new Set(loaded.diary.excusedDays?.map((d) => d.date));
      const already = dates.filter((d) => known.has(d));
      const { added } = await db.diaryCalendar.addExcusedDays(loaded.placement._id, dates, {
        reason: input.reason,
        by: principal.telegramId,
        at,
        ...(input.document ? { document: input.document } : {}),
      });
      if (added.length > 0)
        await tell(
          loaded,
          "diary-excused-days",
          "diary-calendar-excused-marked",
          { dates: dotted(added), reason: input.reason },
          `excused:${loaded.diary.id}:${added.join(",")}`,
        );
      return { status: "done", loaded: (await this.reload(loaded)) ?? loaded, added, already };
    },

    async reload(loaded: LoadedDiaryPlacement): Promise<LoadedDiaryPlacement | null> {
      const fresh = await loadByStudentNumber(loaded.student.studentNumber);
      return typeof fresh === "string" ? null : fresh;
    },

    /**
     * What a supervisor should look at twice, by entry date: the entry's week holds more than 40 handed-in hours
     * (Labour Code of RK art. 68), or it was handed in more than the backfill limit after its day (6B03104 §10a).
     */
    async entryFlags(placement: Pick<LoadedDiaryPlacement["diary"], "id" | "policyId">): Promise<Map<IsoDate, EntryFlag[]>> {
      const { policy } = placementRules(deps, placement);
      const entries = (await db.diaryEntries.listByPlacement(placement.id)).filter((e) => e.status !== "draft");
      const weekHours = new Map<IsoDate, number>();
      for (const e of entries) {
        const monday = mondayOf(e.date);
        if (!weekHours.has(monday))
          weekHours.set(monday, sumHours(entries.filter((x) => countsAsHandedIn(x) && mondayOf(x.date) === monday)));
      }
      const out = new Map<IsoDate, EntryFlag[]>();
      for (const e of entries) {
        const flags = entryFlags({
          date: e.date,
          submittedOn: e.submittedAt ? calendarDateIn(e.submittedAt, policy.timeZone) : null,
          weekHours: weekHours.get(mondayOf(e.date)) ?? 0,
          backfillDays: policy.diaryBackfillDays,
        });
        if (flags.length > 0) out.set(e.date, flags);
      }
      return out;
    },

    /** The flags of one entry as the entry message shows them (null: nothing to flag). */
    async flagsOfEntry(
      placementId: string,
      date: IsoDate,
    ): Promise<{ flag: "week" | "late" | "both"; weekHours: number; lateDays: number } | null> {
      const placement = await db.placements.findById(placementId);
      if (!placement) return null;
      const policy = policyOfDepartment(reference, await db.departments.findById(placement.departmentId));
      const entries = (await db.diaryEntries.listByPlacement(placementId)).filter((e) => e.status !== "draft");
      const entry = entries.find((e) => e.date === date);
      if (!entry) return null;
      const monday = mondayOf(date);
      const weekHours = sumHours(entries.filter((e) => countsAsHandedIn(e) && mondayOf(e.date) === monday));
      const submittedOn = entry.submittedAt ? calendarDateIn(entry.submittedAt, policy.timeZone) : null;
      const flags = entryFlags({ date, submittedOn, weekHours, backfillDays: policy.diaryBackfillDays });
      if (flags.length === 0) return null;
      const flag = flags.length === 2 ? "both" : flags[0] === "weekOver40" ? "week" : "late";
      return { flag, weekHours, lateDays: submittedOn ? daysBetween(date, submittedOn) : 0 };
    },
  };
}
export type DiaryCalendarService = ReturnType<typeof createDiaryCalendarService>;
