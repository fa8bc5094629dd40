import type { Principal } from "../../../domain/access/roles.js";
import { validateAssignmentText, type AssignmentAuthorRole, type AssignmentTextIssue } from "../../../domain/diary/assignment.js";
import { normalizeEntryText } from "../../../domain/diary/entry-validation.js";
import { checkReportFile, REPORT_MIME, type ReportFileRejection } from "../../../domain/diary/report-file.js";
import { signOffsComplete } from "../../../domain/diary/sign-off.js";
import type { AssignmentRecord } from "../../../persistence/repositories/individual-assignment.repository.js";
import type { StoredFile } from "../../../persistence/repositories/practice-outcome.repository.js";
import type { UploadedFile } from "../practice-outcome.service.js";
import { ask, forbidden, loadAllowed, nameOf, type DiaryUseCaseDeps, type Forbidden, type NotFound } from "./context.js";

export type { AssignmentRecord };

export type WriteAssignmentOutcome =
  | { status: "saved"; studentName: string; assignment: AssignmentRecord }
  | ({ status: "invalid"; studentName: string } & AssignmentTextIssue)
  | { status: "rejected"; reason: ReportFileRejection; maxBytes: number }
  /** QP-06 6.2: the diary is signed off; a supervisor reopens it first. */
  | { status: "locked"; studentName: string }
  | NotFound
  | Forbidden;

export type AssignmentView =
  { status: "found"; studentName: string; assignment: AssignmentRecord | null; authorName: string | null } | NotFound | Forbidden;

export type AssignmentDocumentOutcome =
  { status: "found"; studentName: string; file: StoredFile; bytes: Buffer | null } | { status: "none" } | NotFound | Forbidden;

/** QP-06 5.13: the student's individual tasks, set by the direct supervisor (text or a document), read by everyone linked. */
export function createAssignmentDesk(deps: DiaryUseCaseDeps) {
  /** The placements `user` may see, each with its assignment (or null). */
  async function visible(user: Principal, placementId: string) {
    const loaded = await deps.placements.load(placementId);
    if (!loaded) return { ok: false as const, refusal: { status: "notFound" } as NotFound };
    const decision = ask(deps, user, "viewDiary", loaded.diary, loaded.student.telegramId);
    if (!decision.allowed) return { ok: false as const, refusal: forbidden(decision) };
    return { ok: true as const, loaded, assignment: await deps.db.individualAssignments.find(loaded.diary.id) };
  }

  return {
    /** The assignment in force, for anyone who may see the diary (the student in `/myplacement`, the supervisors' card). */
    async view(user: Principal, placementId: string): Promise<AssignmentView> {
      const found = await visible(user, placementId);
      if (!found.ok) return found.refusal;
      const current = found.assignment?.current ?? null;
      return {
        status: "found",
        studentName: found.loaded.student.fullName,
        assignment: current,
        authorName: current ? await nameOf(deps, current.by) : null,
      };
    },

    /** The assignment's document (Telegram's file id when known, else the bytes from GridFS). */
    async document(user: Principal, placementId: string): Promise<AssignmentDocumentOutcome> {
      const found = await visible(user, placementId);
      if (!found.ok) return found.refusal;
      const file = found.assignment?.current.document;
      if (!file) return { status: "none" };
      const bytes = file.telegramFileId !== undefined ? null : await deps.db.practiceFiles.read(file.gridFsId);
      return { status: "found", studentName: found.loaded.student.fullName, file, bytes };
    },

    /**
     * Sets the individual tasks (QP-06 5.13) as text, or as a PDF/DOCX document with an optional caption; a new
     * version replaces the one in force and the history keeps every one. The student is told.
     */
    async write(
      user: Principal,
      placementId: string,
      input: { text: string; document?: UploadedFile | undefined },
    ): Promise<WriteAssignmentOutcome> {
      const allowed = await loadAllowed(deps, user, placementId, "writeAssignment");
      if (!allowed.ok) return allowed.refusal;
      const { loaded, actor } = allowed;
      const studentName = loaded.student.fullName;
      const outcome = await deps.db.practiceOutcomes.find(loaded.diary.id);
      // QP-06 6.2: a signed diary is final, its assignment included.
      if (outcome && signOffsComplete(loaded.diary, outcome.signOffs)) return { status: "locked", studentName };
      const issue = validateAssignmentText(input.text, input.document !== undefined);
      if (issue) return { status: "invalid", studentName, ...issue };
      let document: StoredFile | undefined;
      if (input.document) {
        const check = checkReportFile({ bytes: input.document.bytes, mime: input.document.mime });
        if (!check.ok) return { status: "rejected", reason: check.reason, maxBytes: check.maxBytes };
        const stored = await deps.db.practiceFiles.put(input.document.bytes, {
          fileName: input.document.fileName,
          mime: REPORT_MIME[check.kind],
          metadata: { placementId: loaded.diary.id, studentId: loaded.diary.studentId, purpose: "assignment" },
        });
        document = {
          gridFsId: stored.gridFsId,
          sha256: stored.sha256,
          fileName: input.document.fileName,
          size: stored.size,
          mime: REPORT_MIME[check.kind],
          uploadedAt: deps.now(),
          uploadedBy: actor.telegramId,
          ...(input.document.telegramFileId !== undefined ? { telegramFileId: input.document.telegramFileId } : {}),
        };
      }
      const assignment: AssignmentRecord = {
        text: normalizeEntryText(input.text),
        ...(document ? { document } : {}),
        by: actor.telegramId,
        role: actor.role as AssignmentAuthorRole,
        at: deps.now(),
      };
      const saved = await deps.db.individualAssignments.set(loaded.diary, assignment);
      if (loaded.student.telegramId != null) {
        await deps.outbox.enqueue({
          recipient: loaded.student.telegramId,
          kind: "diary-assignment",
          ref: loaded.diary.id,
          payload: {
            key: document ? "assignment-told-student-document" : "assignment-told-student",
            params: { supervisor: await nameOf(deps, actor.telegramId), text: assignment.text },
          },
          dedupeKey: `diary-assignment:${loaded.diary.id}:${saved.version}`,
        });
      }
      return { status: "saved", studentName, assignment };
    },
  };
}
export type AssignmentDesk = ReturnType<typeof createAssignmentDesk>;
