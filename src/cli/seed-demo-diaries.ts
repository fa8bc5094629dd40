import dayjs from "dayjs";
import timezone from "dayjs/plugin/timezone.js";
import utc from "dayjs/plugin/utc.js";
import { calendarDateIn } from "../domain/diary/calendar-date.js";
import { isWorkingDayOrWeekday } from "../domain/diary/entry-validation.js";
import type { DiaryActor, DiaryPlacement, EntryStatus } from "../domain/diary/types.js";
import { resolvePolicy } from "../domain/policies/helpers.js";
import { addDays, type IsoDate } from "../domain/rules/dates.js";
import type { WorkingCalendar } from "../domain/rules/working-calendar.js";
import type { ReferenceData } from "../reference-data/load.js";
import type { DiaryServices } from "../services/diary/index.js";
import { CORRECTED, FINISHED, renderDemoReportPdf, RETURN_REASON, TEXTS } from "./seed-demo-texts.js";

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * The demo's diaries, written through the diary services as the bot would: the student hands
 * in each entry on its evening, the supervisor decides the next working morning, on a clock set per
 * step so the policy's date rules (no future, the back-dating limit) hold as they would in real use.
 */

/** What a demo diary shows: running with every entry state, finished and signed off, finished and failed. */
export const DEMO_DIARY_STATES = ["inProgress", "signed", "failed"] as const;
export type DemoDiaryState = (typeof DEMO_DIARY_STATES)[number];

/** The seed's clock: real time, or the moment of the step being replayed. */
export interface DemoClock {
  now: () => Date;
  set: (at: Date) => void;
}

export function createDemoClock(start: Date): DemoClock {
  let at = start;
  return { now: () => at, set: (next) => void (at = next) };
}

/** `hour`:`minute` of `date` in `timeZone`. */
export function localTime(date: IsoDate, hour: number, timeZone: string, minute = 0): Date {
  return dayjs.tz(`${date}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}:00`, timeZone).toDate();
}

export interface DemoDiaryInput {
  state: DemoDiaryState;
  placement: DiaryPlacement;
  language: "kk" | "ru";
  student: DiaryActor;
  universitySupervisor: DiaryActor;
  /** Linked organisation supervisor (approves the entries and writes the characteristic), if any. */
  organisationSupervisor: DiaryActor | null;
  /** For the report's title page. */
  report: { studentName: string; organisation: string };
}

type Fate = "approved" | "returned" | "submitted" | "corrected" | "late";
interface PlannedDay {
  date: IsoDate;
  hours: number;
  text: string;
  fate: Fate;
}

/** Working days of [from, to] (public holidays and weekends skipped). */
function workingDays(calendar: WorkingCalendar, from: IsoDate, to: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (isWorkingDayOrWeekday(calendar, d)) days.push(d);
  return days;
}

/**
 * Which day gets which entry. In progress: a missed working day (the 4th), the vague 3rd returned
 * with a reason, the last three waiting for the supervisor, the rest approved. Signed: every working
 * day, enough hours for the requirement (QP-06 3.6), the 3rd returned once and corrected. Failed:
 * half the days, short ones.
 */
function planDays(input: DemoDiaryInput, days: readonly IsoDate[]): PlannedDay[] {
  const texts = TEXTS[input.language];
  const text = (i: number): string => texts[i % texts.length]!;
  switch (input.state) {
    case "inProgress":
      return days.flatMap((date, i) => {
        if (i === 3) return [];
        // The first day is filled late, with the supervisor's permission (QP-06 5.8), when the demo can permit it.
        const fate: Fate = i >= days.length - 3 ? "submitted" : i === 2 ? "returned" : i === 0 ? "late" : "approved";
        return [{ date, hours: i === 1 ? 7 : 6, text: text(i), fate }];
      });
    case "signed": {
      const perDay = Math.min(12, Math.ceil((input.placement.requiredHours / Math.max(1, days.length)) * 2) / 2);
      return days.map((date, i) => ({ date, hours: perDay, text: text(i), fate: i === 2 ? "corrected" : "approved" }));
    }
    case "failed":
      return days.flatMap((date, i) => (i % 2 === 0 ? [{ date, hours: 4, text: text(i === 2 ? 3 : i), fate: "approved" as const }] : []));
  }
}

function hasStatus<T extends { status: string }, S extends T["status"]>(result: T, wanted: readonly S[]): result is T & { status: S } {
  return (wanted as readonly string[]).includes(result.status);
}

/** The result when its status is one of `wanted`; anything else stops the seed with what came back. */
export function mustStatus<T extends { status: string }, S extends T["status"]>(result: T, ...wanted: S[]): T & { status: S } {
  if (!hasStatus(result, wanted)) throw new Error(`seed: expected ${wanted.join("/")}, got ${JSON.stringify(result).slice(0, 300)}`);
  return result;
}

/**
 * Writes one demo diary on `clock` (each step at its own moment, never after `until`) and returns
 * the final state of each entry.
 */
export async function writeDemoDiary(
  deps: {
    diary: DiaryServices;
    clock: DemoClock;
    reference: Pick<ReferenceData, "policies" | "calendars" | "calendar">;
    until: Date;
    /** A linked supervisor lets `date` be written late; returns the diary as it is then. */
    permitLate?: (date: IsoDate) => Promise<DiaryPlacement>;
    /** QP-06 5.13: the supervisor gives the individual tasks on the practice's second working day. */
    giveAssignment?: () => Promise<void>;
  },
  input: DemoDiaryInput,
): Promise<EntryStatus[]> {
  const { diary, clock, until } = deps;
  const { student } = input;
  let placement = input.placement;
  const policy = resolvePolicy(deps.reference.policies, placement.policyId);
  const calendar = deps.reference.calendars.get(policy.holidayCalendar) ?? deps.reference.calendar;
  const today = calendarDateIn(until, policy.timeZone);
  const last = input.state === "inProgress" ? addDays(today, -1) : placement.endDate;
  const days = planDays(input, workingDays(calendar, placement.startDate, last < placement.endDate ? last : placement.endDate));
  const approver = input.organisationSupervisor ?? input.universitySupervisor;
  const nextWorkingDay = (date: IsoDate): IsoDate => {
    let d = addDays(date, 1);
    while (!isWorkingDayOrWeekday(calendar, d)) d = addDays(d, 1);
    return d;
  };

  const steps: { at: Date; run: () => Promise<void> }[] = [];
  const at = (date: IsoDate, hour: number, minute = 0): Date => {
    const moment = localTime(date, hour, policy.timeZone, minute);
    return moment > until ? until : moment;
  };
  const step = (when: Date, run: () => Promise<void>): void => void steps.push({ at: when, run });
  const versions = new Map<IsoDate, { id: string; version: number }>();
  const finals: EntryStatus[] = [];

  const submit = async (date: IsoDate, hours: number, text: string): Promise<void> => {
    const r = mustStatus(await diary.entries.submitEntry({ placement, actor: student, date, hours, text }), "created", "updated");
    versions.set(date, { id: r.entry.id, version: r.entry.version });
  };
  const decide = async (date: IsoDate, kind: "approve" | "return"): Promise<void> => {
    const shown = versions.get(date);
    if (!shown) throw new Error(`seed: diary: no entry on ${date}`);
    const common = { entryId: shown.id, expectedVersion: shown.version, actor: approver, placement };
    const r =
      kind === "approve"
        ? mustStatus(await diary.entries.approveEntry(common), "approved")
        : mustStatus(await diary.entries.returnEntry({ ...common, reason: RETURN_REASON[input.language] }), "returned");
    versions.set(date, { id: r.entry.id, version: r.entry.version });
  };

  const giveAssignment = deps.giveAssignment;
  if (giveAssignment) step(at(nextWorkingDay(placement.startDate), 12), giveAssignment);

  for (const day of days) {
    const morning = nextWorkingDay(day.date);
    if (day.fate !== "late") step(at(day.date, 18), () => submit(day.date, day.hours, day.text));
    switch (day.fate) {
      case "submitted":
        finals.push("submitted");
        break;
      case "approved":
        step(at(morning, 10), () => decide(day.date, "approve"));
        finals.push("approved");
        break;
      case "returned":
        step(at(morning, 10), () => decide(day.date, "return"));
        finals.push("returned");
        break;
      case "late": {
        // A day past the back-dating limit: the permission in the morning, the entry in the evening.
        const lateDay = addDays(day.date, policy.diaryBackfillDays + 1);
        const permitLate = deps.permitLate;
        if (permitLate && localTime(lateDay, 18, policy.timeZone) < until) {
          step(at(lateDay, 9), async () => void (placement = await permitLate(day.date)));
          step(at(lateDay, 18), () => submit(day.date, day.hours, day.text));
          step(at(nextWorkingDay(lateDay), 10), () => decide(day.date, "approve"));
        } else {
          step(at(day.date, 18), () => submit(day.date, day.hours, day.text));
          step(at(morning, 10), () => decide(day.date, "approve"));
        }
        finals.push("approved");
        break;
      }
      case "corrected": {
        // A returned entry is corrected the same evening (allowed even past the back-dating limit) and approved.
        step(at(morning, 10), () => decide(day.date, "return"));
        step(at(morning, 19), () => submit(day.date, day.hours, CORRECTED[input.language]));
        step(at(nextWorkingDay(morning), 9, 30), () => decide(day.date, "approve"));
        finals.push("approved");
        break;
      }
    }
  }

  if (input.state !== "inProgress") {
    const end = placement.endDate;
    const organisation = input.organisationSupervisor;
    const finished = FINISHED[input.state];
    if (input.state === "signed") {
      step(at(addDays(end, 2), 11), async () => {
        const bytes = await renderDemoReportPdf({
          ...input.report,
          startDate: placement.startDate,
          endDate: end,
          language: input.language,
        });
        const file = { bytes, fileName: "report.pdf", mime: "application/pdf" };
        mustStatus(await diary.outcomes.uploadReport({ placement, actor: student, file }), "uploaded", "unchanged");
      });
    }
    if (organisation) {
      step(at(addDays(end, 2), 16), async () => {
        const text = finished.characteristic[input.language];
        mustStatus(
          await diary.outcomes.setCharacteristic({ placement, actor: organisation, text, suggestedScore: finished.suggested }),
          "saved",
        );
      });
    }
    if (input.state === "signed" && organisation) {
      step(
        at(addDays(end, 4), 10),
        async () => void mustStatus(await diary.outcomes.signOff({ placement, actor: organisation }), "signed"),
      );
    }
    step(at(addDays(end, 5), 11, 30), async () => {
      const grade = { placement, actor: input.universitySupervisor, score: finished.grade, practiceType: "production" as const };
      mustStatus(await diary.outcomes.recordGrade(grade), "graded");
    });
    if (input.state === "signed") {
      step(at(addDays(end, 5), 11), async () => {
        const r = mustStatus(await diary.outcomes.signOff({ placement, actor: input.universitySupervisor }), "signed");
        if (!r.complete) throw new Error("seed: diary: the sign-off trail is incomplete");
      });
    }
  }

  // Chronological order (stable: a decision scheduled at the same minute as its entry still follows it).
  const ordered = steps.map((s, i) => ({ ...s, i })).sort((a, b) => a.at.getTime() - b.at.getTime() || a.i - b.i);
  for (const s of ordered) {
    clock.set(s.at);
    await s.run();
  }
  return finals;
}
