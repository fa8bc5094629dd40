import { ENTRY_LIMITS, markEntryDay, selectableEntryDates, type DayMark } from "../../src/domain/diary/entry-validation.js";
import type { DiaryPlacement, EntryStatus, Evidence } from "../../src/domain/diary/types.js";
import type { IsoDate } from "../../src/domain/rules/dates.js";
import { placementRules } from "../../src/services/diary/context.js";
import type { AppServices } from "../../src/services/app-services.js";
import { notifyAfterSubmit } from "../../src/bot/diary-notify.js";

/** A day the student may write for (a date button). */
export interface DiaryDay {
  date: IsoDate;
  mark: DayMark;
  /** Status of the day's entry when there is one (writing for it edits it). */
  status: EntryStatus | null;
}

/** What the `/diary` scene knows at its start; plain data, stored in the conversation's replay log. */
export interface DiarySituation {
  diary: DiaryPlacement;
  studentName: string;
  today: IsoDate;
  hoursPerDay: number;
  /** Newest first; today (or the last day of the practice) first. */
  days: DiaryDay[];
  draft: { date?: string | undefined; hours?: number | undefined; text?: string | undefined; evidence: Evidence[] } | null;
}

/** The student's current diary, the days they may write for and their draft (null without a diary). */
export async function loadDiarySituation(services: AppServices, telegramId: number): Promise<DiarySituation | null> {
  const loaded = await services.diaryPlacements.currentOfStudent(telegramId);
  if (!loaded) return null;
  const { diary } = loaded;
  const { policy, calendar, today } = placementRules(services, diary);
  const entries = await services.diary.entries.listEntries(diary);
  const statusOf = new Map(entries.map((e) => [e.date, e.status]));
  const dates = selectableEntryDates(diary, today, policy);
  // A returned entry waits for its correction however old it is (the service allows it).
  for (const e of entries) if (e.status === "returned" && !dates.includes(e.date) && e.date <= today) dates.push(e.date);
  dates.sort((a, b) => (a < b ? 1 : -1));
  const draft = await services.diary.drafts.loadDraft(telegramId);
  return {
    diary,
    studentName: loaded.student.fullName,
    today,
    hoursPerDay: Math.min(ENTRY_LIMITS.maxHours, policy.hoursPerDay),
    days: dates.map((date) => ({ date, mark: markEntryDay(calendar, date).mark, status: statusOf.get(date) ?? null })),
    draft:
      draft && draft.placementId === diary.id
        ? { date: draft.date, hours: draft.hours, text: draft.text, evidence: draft.evidence.map((e) => ({ ...e })) }
        : null,
  };
}

/** The day's current entry (to show it before it is edited). */
export async function loadDayEntry(
  services: AppServices,
  diary: DiaryPlacement,
  date: IsoDate,
): Promise<{ status: EntryStatus; hours: number; text: string; reason: string | null } | null> {
  const entry = await services.diary.entries.findEntryByDate(diary.id, date);
  if (!entry) return null;
  return { status: entry.status, hours: entry.hours, text: entry.text, reason: entry.decision?.reason ?? null };
}

/** What the scene says after the confirmation (plain data). */
export type SubmitOutcome =
  | { status: "created" | "updated"; mark: DayMark; approverLinked: boolean; approvalCleared: boolean }
  | { status: "unchanged" }
  | { status: "invalid"; issues: { code: string; params: Record<string, string | number> }[] }
  | { status: "forbidden"; reason: string };

/** Hands the entry in, clears the draft and queues the notifications (approver; previous approver on an edit). */
export async function submitDiaryEntry(
  services: AppServices,
  input: { situation: DiarySituation; telegramId: number; date: IsoDate; hours: number; text: string; evidence: Evidence[] },
): Promise<SubmitOutcome> {
  const { situation } = input;
  const result = await services.diary.entries.submitEntry({
    placement: situation.diary,
    actor: { telegramId: input.telegramId, role: "student", studentId: situation.diary.studentId },
    date: input.date,
    hours: input.hours,
    text: input.text,
    evidence: input.evidence,
  });
  switch (result.status) {
    case "invalid":
      return {
        status: "invalid",
        issues: result.issues.map(({ field, code, ...params }) => {
          void field;
          return { code, params: params };
        }),
      };
    case "forbidden":
      return { status: "forbidden", reason: result.reason };
    case "unchanged":
      await services.diary.drafts.clearDraft(input.telegramId, { placementId: situation.diary.id });
      return { status: "unchanged" };
    case "created":
    case "updated":
      await services.diary.drafts.clearDraft(input.telegramId, { placementId: situation.diary.id });
      await notifyAfterSubmit(services, { studentName: situation.studentName, result });
      return {
        status: result.status,
        mark: result.marking.mark,
        approverLinked: result.approverTelegramId !== null,
        approvalCleared: result.approvalCleared,
      };
  }
}
