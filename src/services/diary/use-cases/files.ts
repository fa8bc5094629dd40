import type { Action } from "../../../domain/access/policy.js";
import { coordinatedDepartments, type Principal } from "../../../domain/access/roles.js";
import type { Evidence } from "../../../domain/diary/types.js";
import type { IsoDate } from "../../../domain/rules/dates.js";
import type { StoredFile } from "../../../persistence/repositories/practice-outcome.repository.js";
import type { LoadedDiaryPlacement } from "../diary-placements.js";
import { ask, forbidden, namesOf, type DiaryUseCaseDeps, type Forbidden, type NotFound } from "./context.js";

const OBJECT_ID = /^[a-f0-9]{24}$/i;

export type ReportFileOutcome =
  | { status: "found"; studentName: string; file: StoredFile; bytes: Buffer | null }
  | { status: "noReport"; studentName: string }
  | NotFound
  | Forbidden;

export type AttachmentsOutcome = { status: "found"; studentName: string; date: IsoDate; evidence: Evidence[] } | NotFound | Forbidden;

/** What a supervisor reads of a student's diary besides the entries: the report file, an entry's attachments. */
export function createDiaryFilesDesk(deps: DiaryUseCaseDeps) {
  return {
    /**
     * Diaries on which `user` may do `action`: those whose placements link them, and for coordinators
     * (the commission's grade, an early sign-off) their departments' ones.
     */
    async diariesFor(user: Principal, action: Action): Promise<LoadedDiaryPlacement[]> {
      const own = await deps.placements.supervisedBy(user.telegramId);
      const seen = new Set(own.map((d) => d.diary.id));
      const all = [...own];
      if (action === "gradePractice" || action === "allowEarlySignOff") {
        for (const departmentId of coordinatedDepartments(user)) {
          for (const d of await deps.placements.ofDepartment(departmentId)) if (!seen.has(d.diary.id)) all.push(d);
        }
      }
      return all.filter((d) => ask(deps, user, action, d.diary, d.student.telegramId).allowed);
    },

    /** The report in force (QP-06 6.3, 6.12), for a supervisor who wants it again; bytes only when Telegram has no file id. */
    async reportFile(user: Principal, placementId: string): Promise<ReportFileOutcome> {
      const loaded = await deps.placements.load(placementId);
      if (!loaded) return { status: "notFound" };
      const decision = ask(deps, user, "viewDiary", loaded.diary, loaded.student.telegramId);
      if (!decision.allowed) return forbidden(decision);
      const outcome = await deps.db.practiceOutcomes.find(loaded.diary.id);
      const report = outcome?.report;
      if (!report) return { status: "noReport", studentName: loaded.student.fullName };
      const bytes = report.telegramFileId !== undefined ? null : await deps.db.practiceFiles.read(report.gridFsId);
      return { status: "found", studentName: loaded.student.fullName, file: report, bytes };
    },

    /** The photos and documents attached to one entry, sent again on demand. */
    async entryAttachments(user: Principal, entryId: string): Promise<AttachmentsOutcome> {
      if (!OBJECT_ID.test(entryId)) return { status: "notFound" };
      const entry = await deps.db.diaryEntries.findById(entryId);
      if (!entry) return { status: "notFound" };
      const loaded = await deps.placements.load(entry.placementId);
      if (!loaded) return { status: "notFound" };
      const decision = ask(deps, user, "viewDiary", loaded.diary, loaded.student.telegramId);
      if (!decision.allowed) return forbidden(decision);
      return { status: "found", studentName: loaded.student.fullName, date: entry.date, evidence: entry.evidence.map((e) => ({ ...e })) };
    },

    /** Names of the people who decided on entries (`/entries`). */
    async namesOf(telegramIds: Iterable<number>): Promise<Map<number, string>> {
      return namesOf(deps, telegramIds);
    },
  };
}
export type DiaryFilesDesk = ReturnType<typeof createDiaryFilesDesk>;
