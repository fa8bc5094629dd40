import type { AccessPrincipal } from "../../domain/access/roles.js";
import type { DiaryUseCases } from "../diary/use-cases/index.js";

export interface PendingRow {
  entryId: string;
  version: number;
  studentId: string;
  studentCode: string;
  name: string;
  date: string;
  hours: number;
  text: string;
  attachments: { name: string; type: string }[];
}

/** The supervisor's desk on the board: the same `/pending` use case (each diary asked `can()` there), as rows. */
export function createBoardSupervision(deps: { diaryUseCases: Pick<DiaryUseCases, "pending"> }) {
  return {
    /** `GET /api/my/pending`: entries waiting for this person's decision (QP-06 5.8, 5.12), oldest first per student. */
    async pending(principal: AccessPrincipal): Promise<PendingRow[]> {
      const groups = await deps.diaryUseCases.pending.pendingOf(principal);
      return groups.flatMap(({ diary, entries }) =>
        entries.map((entry) => ({
          entryId: entry.id,
          version: entry.version,
          studentId: String(diary.student._id),
          studentCode: diary.student.studentNumber,
          name: diary.student.fullName,
          date: entry.date,
          hours: entry.hours,
          text: entry.text,
          attachments: entry.evidence.map((e) => ({ name: e.fileName ?? e.kind, type: e.kind })),
        })),
      );
    },
  };
}
export type BoardSupervision = ReturnType<typeof createBoardSupervision>;
