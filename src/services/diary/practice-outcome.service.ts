import { createHash } from "node:crypto";
import { decideDiaryAccess, type DiaryAccessDenial } from "../../domain/diary/diary-access.js";
import { normalizeEntryText, validateCharacteristicText, type CharacteristicTextIssue } from "../../domain/diary/entry-validation.js";
import { gradePractice, validateScore, type PracticeGrade, type ScoreIssue } from "../../domain/diary/practice-grade.js";
import { checkReportFile, REPORT_MIME, type ReportFileRejection } from "../../domain/diary/report-file.js";
import { checkSignOff, type SignOffCheck } from "../../domain/diary/sign-off.js";
import type { DiaryActor, DiaryPlacement, GradeRole, SignOffRole } from "../../domain/diary/types.js";
import type { PracticeType } from "../../domain/rules/practice-deadlines.js";
import type { PracticeOutcomeDocument } from "../../persistence/models/practice-outcome.model.js";
import type {
  CharacteristicRecord,
  GradeRecord,
  SignOffRecord,
  StoredFile,
} from "../../persistence/repositories/practice-outcome.repository.js";
import type { DiaryServiceDeps } from "./context.js";

export interface UploadedFile {
  bytes: Uint8Array;
  fileName: string;
  /** MIME type as Telegram reported it. */
  mime?: string | undefined;
  /** Telegram's file id of the document as it was sent (kept to send it on). */
  telegramFileId?: string | undefined;
}

type Forbidden = { status: "forbidden"; reason: DiaryAccessDenial };
type Rejected = { status: "rejected"; reason: ReportFileRejection; maxBytes: number };

export type UploadReportResult =
  | {
      status: "uploaded";
      report: StoredFile;
      /** The report this one replaces (kept in the history). */
      previous: StoredFile | null;
      /** Tell the university supervisor. */
      notifyTelegramId: number | null;
    }
  /** The same bytes (SHA-256) are already the report in force. */
  | { status: "unchanged"; report: StoredFile }
  | Rejected
  | Forbidden;

export type CharacteristicResult =
  | { status: "saved"; characteristic: CharacteristicRecord; suggested: PracticeGrade }
  | { status: "invalid"; issues: (CharacteristicTextIssue | ScoreIssue)[] }
  | Rejected
  | Forbidden;

export type GradeResult =
  | {
      status: "graded";
      grade: GradeRecord;
      /** Letter, points and — for FX/F — what happens next (QP-06 6.10–6.11; 6B03104 §11; MR-595 42). */
      outcome: PracticeGrade;
      /** The student is told; the lead resolves the student's Telegram id from this. */
      studentId: string;
    }
  | ({ status: "invalid" } & ScoreIssue)
  | Forbidden;

export type SignOffResult =
  | {
      status: "signed";
      signOffs: SignOffRecord[];
      /** Every linked supervisor has signed (QP-06 6.2: both, once both are linked). */
      complete: boolean;
    }
  | { status: "alreadySigned"; signOffs: SignOffRecord[] }
  | { status: "notReady"; check: Exclude<SignOffCheck, { ok: true }> }
  | Forbidden;

/**
 * End of practice: the report in GridFS (QP-06 6.3, 6.12), the organisation supervisor's
 * characteristic (QP-06 6.8), the grade (MR-595 App. 1) and the supervisors' sign-offs (QP-06 6.2).
 */
export function createPracticeOutcomeService(deps: DiaryServiceDeps) {
  const { db } = deps;

  async function store(file: UploadedFile, kind: keyof typeof REPORT_MIME, by: number, placement: DiaryPlacement, purpose: string) {
    const stored = await db.practiceFiles.put(file.bytes, {
      fileName: file.fileName,
      mime: REPORT_MIME[kind],
      metadata: { placementId: placement.id, studentId: placement.studentId, purpose },
    });
    return {
      gridFsId: stored.gridFsId,
      sha256: stored.sha256,
      fileName: file.fileName,
      size: stored.size,
      mime: REPORT_MIME[kind],
      uploadedAt: deps.now(),
      uploadedBy: by,
      ...(file.telegramFileId !== undefined ? { telegramFileId: file.telegramFileId } : {}),
    } satisfies StoredFile;
  }

  return {
    async getOutcome(placementId: string): Promise<PracticeOutcomeDocument | null> {
      return db.practiceOutcomes.find(placementId);
    },

    /** The student's report: PDF or DOCX ≤ 20 MB, checked by MIME and first bytes; re-uploads keep the history. */
    async uploadReport(input: { placement: DiaryPlacement; actor: DiaryActor; file: UploadedFile }): Promise<UploadReportResult> {
      const access = decideDiaryAccess(input.actor, input.placement, "uploadReport");
      if (!access.allowed) return { status: "forbidden", reason: access.reason };
      const check = checkReportFile({ bytes: input.file.bytes, mime: input.file.mime });
      if (!check.ok) return { status: "rejected", reason: check.reason, maxBytes: check.maxBytes };
      const before = await db.practiceOutcomes.find(input.placement.id);
      const sha256 = createHash("sha256").update(input.file.bytes).digest("hex");
      if (before?.report && before.report.sha256 === sha256) return { status: "unchanged", report: before.report };
      const stored = await store(input.file, check.kind, input.actor.telegramId, input.placement, "report");
      const after = await db.practiceOutcomes.setReport(input.placement, stored);
      return {
        status: "uploaded",
        report: after.report ?? stored,
        previous: before?.report ?? null,
        notifyTelegramId: input.placement.universitySupervisorTelegramId,
      };
    },

    /** The report's bytes from GridFS (for `/export`, the archive and the supervisor). */
    async readReport(placementId: string): Promise<{ file: StoredFile; bytes: Buffer } | null> {
      const outcome = await db.practiceOutcomes.find(placementId);
      if (!outcome?.report) return null;
      const bytes = await db.practiceFiles.read(outcome.report.gridFsId);
      return bytes ? { file: outcome.report, bytes } : null;
    },

    /** The organisation supervisor's characteristic with a suggested score 0–100 (shown with its letter). */
    async setCharacteristic(input: {
      placement: DiaryPlacement;
      actor: DiaryActor;
      text: string;
      suggestedScore: number;
      document?: UploadedFile | undefined;
    }): Promise<CharacteristicResult> {
      const access = decideDiaryAccess(input.actor, input.placement, "writeCharacteristic");
      if (!access.allowed) return { status: "forbidden", reason: access.reason };
      const issues = [validateCharacteristicText(input.text), validateScore(input.suggestedScore)].filter(
        (i): i is CharacteristicTextIssue | ScoreIssue => i !== null,
      );
      if (issues.length > 0) return { status: "invalid", issues };
      let document: StoredFile | undefined;
      if (input.document) {
        const check = checkReportFile({ bytes: input.document.bytes, mime: input.document.mime });
        if (!check.ok) return { status: "rejected", reason: check.reason, maxBytes: check.maxBytes };
        document = await store(input.document, check.kind, input.actor.telegramId, input.placement, "characteristic");
      }
      const suggested = gradePractice(input.suggestedScore);
      const characteristic: CharacteristicRecord = {
        text: normalizeEntryText(input.text),
        ...(document ? { document } : {}),
        suggestedScore: input.suggestedScore,
        suggestedLetter: suggested.letter,
        by: input.actor.telegramId,
        at: deps.now(),
      };
      await db.practiceOutcomes.setCharacteristic(input.placement, characteristic);
      return { status: "saved", characteristic, suggested };
    },

    /**
     * The final grade 0–100 → letter and points (MR-595 App. 1), by the university supervisor or the
     * department's coordinator for the commission (QP-06 6.5). FX/F carry their consequences.
     */
    async recordGrade(input: {
      placement: DiaryPlacement;
      actor: DiaryActor;
      score: number;
      practiceType?: PracticeType | undefined;
    }): Promise<GradeResult> {
      const access = decideDiaryAccess(input.actor, input.placement, "gradePractice");
      if (!access.allowed) return { status: "forbidden", reason: access.reason };
      const issue = validateScore(input.score);
      if (issue) return { status: "invalid", ...issue };
      const outcome = gradePractice(input.score, input.practiceType);
      const grade: GradeRecord = {
        score: input.score,
        letter: outcome.letter,
        points: outcome.points,
        by: input.actor.telegramId,
        role: access.role as GradeRole,
        at: deps.now(),
      };
      await db.practiceOutcomes.setGrade(input.placement, grade);
      return { status: "graded", grade, outcome, studentId: input.placement.studentId };
    },

    /**
     * QP-06 6.2: a supervisor signs the whole diary off, only when every entry is approved. A change of
     * the diary afterwards withdraws the sign-offs (see submitEntry).
     */
    async signOff(input: { placement: DiaryPlacement; actor: DiaryActor }): Promise<SignOffResult> {
      const access = decideDiaryAccess(input.actor, input.placement, "signOffDiary");
      if (!access.allowed) return { status: "forbidden", reason: access.reason };
      const role = access.role as SignOffRole;
      const check = checkSignOff(await db.diaryEntries.listByPlacement(input.placement.id));
      if (!check.ok) return { status: "notReady", check };
      const at = deps.now();
      const signed = await db.practiceOutcomes.addSignOff(input.placement, {
        role,
        by: input.actor.telegramId,
        at,
      });
      if (!signed) return { status: "alreadySigned", signOffs: (await db.practiceOutcomes.find(input.placement.id))?.signOffs ?? [] };
      // An entry edited between the check and the sign-off: withdraw it again (no transactions in the portable subset).
      const recheck = checkSignOff(await db.diaryEntries.listByPlacement(input.placement.id));
      if (!recheck.ok) {
        await db.practiceOutcomes.removeSignOff(input.placement.id, role, at);
        return { status: "notReady", check: recheck };
      }
      const roles = new Set(signed.signOffs.map((s) => s.role));
      const linked: SignOffRole[] = [];
      if (input.placement.universitySupervisorTelegramId !== null) linked.push("universitySupervisor");
      if (input.placement.organisationSupervisorTelegramId !== null) linked.push("organisationSupervisor");
      return { status: "signed", signOffs: signed.signOffs, complete: linked.every((r) => roles.has(r)) };
    },
  };
}
export type PracticeOutcomeService = ReturnType<typeof createPracticeOutcomeService>;
