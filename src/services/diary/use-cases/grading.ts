import type { Principal } from "../../../domain/access/roles.js";
import { gradeReadiness, signOffsComplete } from "../../../domain/diary/sign-off.js";
import type { CharacteristicRecord } from "../../../persistence/repositories/practice-outcome.repository.js";
import type { CharacteristicResult, GradeResult, UploadedFile } from "../practice-outcome.service.js";
import { loadAllowed, type DiaryUseCaseDeps, type Forbidden, type NotFound } from "./context.js";

export type GradeOutcome =
  | (Extract<GradeResult, { status: "graded" | "invalid" }> & { studentName: string })
  /** QP-06 6.2–6.5 (domain.md §6): the grade comes after both sign-offs and the report. */
  | { status: "notReady"; missing: ("signOffs" | "report")[]; studentName: string }
  /** QP-06 6.5–6.6: the commission's grade stands on its protocol; a supervisor's /grade does not replace it. */
  | { status: "commissionGraded"; protocolNumber: string; protocolDate: string; score: number; studentName: string }
  | NotFound
  | Forbidden;

export interface CurrentCharacteristic {
  studentName: string;
  characteristic: CharacteristicRecord;
}

export type CharacteristicOutcome =
  (Exclude<CharacteristicResult, { status: "forbidden" }> & { studentName: string }) | NotFound | Forbidden;

/** The grade (MR-595 App. 1; QP-06 6.5) and the organisation supervisor's characteristic (QP-06 6.8). */
export function createGradingDesk(deps: DiaryUseCaseDeps) {
  return {
    /** Records the final grade once the diary is signed off and the report handed in; the student is told (FX/F with what follows). */
    async recordGrade(user: Principal, placementId: string, score: number): Promise<GradeOutcome> {
      const allowed = await loadAllowed(deps, user, placementId, "gradePractice");
      if (!allowed.ok) return allowed.refusal;
      const { loaded, actor } = allowed;
      const studentName = loaded.student.fullName;
      const outcome = await deps.db.practiceOutcomes.find(loaded.diary.id);
      const commission = outcome?.grade?.commission;
      if (outcome?.grade && commission) {
        return {
          status: "commissionGraded",
          protocolNumber: commission.number,
          protocolDate: commission.date,
          score: outcome.grade.score,
          studentName,
        };
      }
      const ready = gradeReadiness({
        signedOff: outcome !== null && signOffsComplete(loaded.diary, outcome.signOffs),
        hasReport: outcome?.report != null,
      });
      if (!ready.ok) return { status: "notReady", missing: ready.missing, studentName };
      const result = await deps.diary.outcomes.recordGrade({
        placement: loaded.diary,
        actor,
        score,
        practiceType: loaded.placement.practiceType,
      });
      if (result.status === "forbidden") return result;
      if (result.status === "graded" && loaded.student.telegramId != null) {
        const student = loaded.student.telegramId;
        const stamp = result.grade.at.getTime();
        const { letter, points } = result.grade;
        const payloads = [
          { key: "supervision-grade-student", params: { score, letter, points } },
          ...result.outcome.consequences.map((c) => ({ key: `diary-reason-consequence-${c.code}` })),
        ];
        await deps.outbox.enqueueMany(
          payloads.map((payload, i) => ({
            recipient: student,
            kind: "diary-grade",
            ref: loaded.diary.id,
            payload,
            dedupeKey: `diary-grade:${loaded.diary.id}:${stamp}:${i}`,
          })),
        );
      }
      return { ...result, studentName };
    },

    /** The characteristic already written (shown when `/characteristic` opens it again), or null. */
    async currentCharacteristic(user: Principal, placementId: string): Promise<CurrentCharacteristic | null> {
      const allowed = await loadAllowed(deps, user, placementId, "writeCharacteristic");
      if (!allowed.ok) return null;
      const outcome = await deps.db.practiceOutcomes.find(allowed.loaded.diary.id);
      return outcome?.characteristic ? { studentName: allowed.loaded.student.fullName, characteristic: outcome.characteristic } : null;
    },

    /** Saves the characteristic with the suggested score and, when attached, the signed document (QP-06 6.8). */
    async writeCharacteristic(
      user: Principal,
      placementId: string,
      input: { text: string; score: number; document?: UploadedFile | undefined },
    ): Promise<CharacteristicOutcome> {
      const allowed = await loadAllowed(deps, user, placementId, "writeCharacteristic");
      if (!allowed.ok) return allowed.refusal;
      const result = await deps.diary.outcomes.setCharacteristic({
        placement: allowed.loaded.diary,
        actor: allowed.actor,
        text: input.text,
        suggestedScore: input.score,
        document: input.document,
      });
      if (result.status === "forbidden") return result;
      return { ...result, studentName: allowed.loaded.student.fullName };
    },
  };
}
export type GradingDesk = ReturnType<typeof createGradingDesk>;
