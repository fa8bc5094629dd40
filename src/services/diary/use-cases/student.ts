import type { Principal } from "../../../domain/access/roles.js";
import { ENTRY_LIMITS, markEntryDay, selectableEntryDates, type DayMark } from "../../../domain/diary/entry-validation.js";
import type { ReportFileRejection } from "../../../domain/diary/report-file.js";
import type { DiaryPlacement, EntryStatus, Evidence } from "../../../domain/diary/types.js";
import { dottedDate, type IsoDate } from "../../../domain/rules/dates.js";
import { placementRules } from "../context.js";
import type { SubmitEntryResult } from "../diary-entries.service.js";
import type { UploadedFile } from "../practice-outcome.service.js";
import { ask, forbidden, type DiaryUseCaseDeps } from "./context.js";
import { notifyAfterSubmit } from "./notify-submit.js";
import { isLocked } from "./sign-off.js";

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
  /** QP-06 6.2: signed off by every linked supervisor; nothing can be added or changed. */
  locked: boolean;
  /** Newest first; today (or the last day of the practice) first. */
  days: DiaryDay[];
  draft: { date?: string | undefined; hours?: number | undefined; text?: string | undefined; evidence: Evidence[] } | null;
}

/** What the scene says after the confirmation (plain data). */
export type SubmitOutcome =
  | { status: "created" | "updated"; mark: DayMark; approverLinked: boolean; approvalCleared: boolean }
  | { status: "unchanged" }
  | { status: "locked" }
  | { status: "invalid"; issues: { code: string; params: Record<string, string | number> }[] }
  | { status: "forbidden"; reason: string }
  /** The caller is no longer the diary's student (unlinked by the coordinator, or their data erased). */
  | { status: "unlinked" };

export type ReportOutcome =
  | { status: "uploaded"; replaced: boolean; supervisorLinked: boolean }
  | { status: "unchanged" }
  | { status: "rejected"; reason: ReportFileRejection }
  | { status: "forbidden"; reason: string }
  | { status: "noPlacement" };

const MB = 1024 * 1024;
const studentPrincipal = (telegramId: number): Principal => ({ telegramId, roles: [] });

/** The student's side of the diary (QP-06 5.11, 5.14): the day's entry, the report. */
export function createStudentDiaryDesk(deps: DiaryUseCaseDeps) {
  return {
    /** The student's current diary, the days they may write for and their draft (null without a diary). */
    async situation(telegramId: number): Promise<DiarySituation | null> {
      const loaded = await deps.placements.currentOfStudent(telegramId);
      if (!loaded) return null;
      const { diary } = loaded;
      const { policy, calendar, today } = placementRules(deps, diary);
      const [entries, draft, outcome] = await Promise.all([
        deps.diary.entries.listEntries(diary),
        deps.diary.drafts.loadDraft(telegramId),
        deps.db.practiceOutcomes.find(diary.id),
      ]);
      const statusOf = new Map(entries.map((e) => [e.date, e.status]));
      const dates = selectableEntryDates(diary, today, policy);
      // A returned entry waits for its correction however old it is (the service allows it).
      for (const e of entries) if (e.status === "returned" && !dates.includes(e.date) && e.date <= today) dates.push(e.date);
      dates.sort((a, b) => (a < b ? 1 : -1));
      return {
        diary,
        studentName: loaded.student.fullName,
        today,
        hoursPerDay: Math.min(ENTRY_LIMITS.maxHours, policy.hoursPerDay),
        locked: isLocked(loaded, outcome),
        days: dates.map((date) => ({ date, mark: markEntryDay(calendar, date).mark, status: statusOf.get(date) ?? null })),
        draft:
          draft && draft.placementId === diary.id
            ? { date: draft.date, hours: draft.hours, text: draft.text, evidence: draft.evidence.map((e) => ({ ...e })) }
            : null,
      };
    },

    /** The day's current entry (to show it before it is edited). */
    async dayEntry(
      diary: DiaryPlacement,
      date: IsoDate,
    ): Promise<{ status: EntryStatus; hours: number; text: string; reason: string | null } | null> {
      const entry = await deps.diary.entries.findEntryByDate(diary.id, date);
      if (!entry) return null;
      return { status: entry.status, hours: entry.hours, text: entry.text, reason: entry.decision?.reason ?? null };
    },

    /** Hands the entry in (refused once the diary is signed off), clears the draft and queues the notifications. */
    async submit(input: {
      situation: Pick<DiarySituation, "diary" | "studentName">;
      telegramId: number;
      date: IsoDate;
      hours: number;
      text: string;
      evidence: Evidence[];
    }): Promise<SubmitOutcome> {
      // The scene's diary was captured at its start: the link may have been cut since (`/unlink`,
      // `/forgetme`), so the owner is read again and the policy asked about the record's student.
      const loaded = await deps.placements.load(input.situation.diary.id);
      if (!loaded || loaded.student.telegramId !== input.telegramId) {
        // Nothing of the former link is kept: the draft goes too.
        await deps.diary.drafts.clearDraft(input.telegramId);
        return { status: "unlinked" };
      }
      const { diary } = loaded;
      const decision = ask(deps, studentPrincipal(input.telegramId), "writeDiaryEntry", diary, loaded.student.telegramId);
      if (!decision.allowed) return forbidden(decision);
      const result: SubmitEntryResult = await deps.diary.entries.submitEntry({
        placement: diary,
        actor: { telegramId: input.telegramId, role: "student", studentId: diary.studentId },
        date: input.date,
        hours: input.hours,
        text: input.text,
        evidence: input.evidence,
      });
      switch (result.status) {
        case "invalid":
          return { status: "invalid", issues: result.issues.map(({ field, code, ...params }) => (void field, { code, params })) };
        case "forbidden":
          return result;
        case "locked":
          return { status: "locked" };
        case "unchanged":
          await deps.diary.drafts.clearDraft(input.telegramId, { placementId: diary.id });
          return { status: "unchanged" };
        case "created":
        case "updated":
          await deps.diary.drafts.clearDraft(input.telegramId, { placementId: diary.id });
          await notifyAfterSubmit(deps, { studentName: input.situation.studentName, result });
          return {
            status: result.status,
            mark: result.marking.mark,
            approverLinked: result.approverTelegramId !== null,
            approvalCleared: result.approvalCleared,
          };
      }
    },

    /** Whether the student has a diary to hand a report in for. */
    async hasDiary(telegramId: number): Promise<boolean> {
      return (await deps.placements.currentOfStudent(telegramId)) !== null;
    },

    /**
     * `/report` (QP-06 6.3, 6.12): stores the report; both linked supervisors get it, the file itself
     * attached (Telegram's file id of what the student sent).
     */
    async uploadReport(telegramId: number, file: UploadedFile & { telegramFileId?: string | undefined }): Promise<ReportOutcome> {
      const loaded = await deps.placements.currentOfStudent(telegramId);
      if (!loaded) return { status: "noPlacement" };
      const decision = ask(deps, studentPrincipal(telegramId), "uploadReport", loaded.diary, loaded.student.telegramId);
      if (!decision.allowed) return forbidden(decision);
      const result = await deps.diary.outcomes.uploadReport({
        placement: loaded.diary,
        actor: { telegramId, role: "student", studentId: loaded.diary.studentId },
        file,
      });
      switch (result.status) {
        case "uploaded": {
          const { report } = result;
          const recipients = [loaded.diary.universitySupervisorTelegramId, loaded.diary.organisationSupervisorTelegramId].filter(
            (id): id is number => id !== null,
          );
          const params = {
            student: loaded.student.fullName,
            file: report.fileName,
            size: Math.max(0.1, Math.round((report.size / MB) * 10) / 10),
            date: dottedDate(report.uploadedAt.toISOString().slice(0, 10)),
          };
          if (recipients.length > 0) {
            await deps.outbox.enqueueMany(
              recipients.map((recipient) => ({
                recipient,
                kind: "diary-report",
                ref: loaded.diary.id,
                payload: {
                  key: "diary-notify-report",
                  params,
                  ...(report.telegramFileId !== undefined ? { documentFileId: report.telegramFileId } : {}),
                },
                dedupeKey: `diary-report:${loaded.diary.id}:${report.sha256}:${recipient}`,
              })),
            );
          }
          return { status: "uploaded", replaced: result.previous !== null, supervisorLinked: recipients.length > 0 };
        }
        case "unchanged":
          return { status: "unchanged" };
        case "rejected":
          return { status: "rejected", reason: result.reason };
        case "forbidden":
          return result;
      }
    },
  };
}
export type StudentDiaryDesk = ReturnType<typeof createStudentDiaryDesk>;
