import type { Principal } from "../../../domain/access/roles.js";
import { normalizeEntryText, validateReturnReason, type ReturnReasonIssue } from "../../../domain/diary/entry-validation.js";
import { computeProgress } from "../../../domain/diary/progress.js";
import { lastWorkingDayOf, signOffsComplete, signOffTiming, type SignOffTiming } from "../../../domain/diary/sign-off.js";
import type { SignOffRole } from "../../../domain/diary/types.js";
import type { IsoDate } from "../../../domain/rules/dates.js";
import type { PracticeOutcomeDocument } from "../../../persistence/models/practice-outcome.model.js";
import { placementRules } from "../context.js";
import type { LoadedDiaryPlacement } from "../diary-placements.js";
import type { SignOffResult } from "../practice-outcome.service.js";
import { toEntryView } from "../views.js";
import { loadAllowed, type DiaryUseCaseDeps, type Forbidden, type NotFound } from "./context.js";

/** What a supervisor sees before confirming a sign-off (QP-06 6.2). */
export interface SignOffSummary {
  studentName: string;
  approvedHours: number;
  requiredHours: number;
  missingDays: IsoDate[];
  pendingEntries: number;
  lastWorkingDay: IsoDate;
  timing: SignOffTiming;
  /** The coordinator's permission to sign early, when one was given. */
  early: { reason: string; at: Date } | null;
  alreadySigned: boolean;
}

export type SignOffOutcome =
  | (Extract<SignOffResult, { status: "signed" }> & { studentName: string })
  | { status: "alreadySigned" }
  | { status: "notReady"; check: Extract<SignOffResult, { status: "notReady" }>["check"]; studentName: string }
  | { status: "tooEarly"; summary: SignOffSummary }
  | NotFound
  | Forbidden;

export type ReasonedOutcome<T> = T | ({ status: "invalidReason" } & ReturnReasonIssue) | NotFound | Forbidden;

/**
 * The end of the diary in QP-06's order (6.2; domain.md §6): a summary and a confirmation before the
 * sign-off, which is possible from the last working day, or earlier once every required hour is
 * approved or the coordinator allowed it with a reason; the signed diary is locked, and a supervisor's
 * reopening with a reason clears the sign-offs and the grade (all kept in the history).
 */
export function createSignOffDesk(deps: DiaryUseCaseDeps) {
  async function summaryOf(
    loaded: LoadedDiaryPlacement,
    outcome: PracticeOutcomeDocument | null,
    role: SignOffRole | null,
  ): Promise<SignOffSummary> {
    const { diary } = loaded;
    const { policy, calendar, today } = placementRules(deps, diary);
    const entries = (await deps.db.diaryEntries.listByPlacement(diary.id)).map(toEntryView);
    const progress = computeProgress({ placement: diary, entries, today, policy, calendar });
    const lastWorkingDay = lastWorkingDayOf(calendar, diary);
    const early = outcome?.earlySignOff ? { reason: outcome.earlySignOff.reason, at: outcome.earlySignOff.at } : null;
    return {
      studentName: loaded.student.fullName,
      approvedHours: progress.approvedHours,
      requiredHours: progress.requiredHours,
      missingDays: progress.missingWorkingDays,
      pendingEntries: entries.filter((e) => e.status === "submitted" || e.status === "returned").length,
      lastWorkingDay,
      timing: signOffTiming({
        today,
        lastWorkingDay,
        approvedHours: progress.approvedHours,
        requiredHours: progress.requiredHours,
        earlyAllowed: early !== null,
      }),
      early,
      alreadySigned: role !== null && (outcome?.signOffs ?? []).some((s) => s.role === role),
    };
  }

  async function tellCoordinators(
    loaded: LoadedDiaryPlacement,
    build: (coordinator: number) => Parameters<DiaryUseCaseDeps["outbox"]["enqueue"]>[0],
  ) {
    const coordinators =
      (await deps.db.users.coordinatorsOf([loaded.placement.departmentId])).get(String(loaded.placement.departmentId)) ?? [];
    if (coordinators.length > 0) await deps.outbox.enqueueMany(coordinators.map(build));
  }

  return {
    /** `/signoff` → the summary to confirm (or why it is too early). */
    async signOffSummary(user: Principal, placementId: string): Promise<SignOffSummary | NotFound | Forbidden> {
      const allowed = await loadAllowed(deps, user, placementId, "signOffDiary");
      if (!allowed.ok) return allowed.refusal;
      const outcome = await deps.db.practiceOutcomes.find(allowed.loaded.diary.id);
      return summaryOf(allowed.loaded, outcome, allowed.actor.role as SignOffRole);
    },

    /** The confirmed sign-off: re-checks timing and entries; a complete sign-off tells the student and the coordinators. */
    async signOff(user: Principal, placementId: string): Promise<SignOffOutcome> {
      const allowed = await loadAllowed(deps, user, placementId, "signOffDiary");
      if (!allowed.ok) return allowed.refusal;
      const { loaded, actor } = allowed;
      const studentName = loaded.student.fullName;
      const summary = await summaryOf(loaded, await deps.db.practiceOutcomes.find(loaded.diary.id), actor.role as SignOffRole);
      if (!summary.timing.ok) return { status: "tooEarly", summary };
      const result = await deps.diary.outcomes.signOff({ placement: loaded.diary, actor });
      switch (result.status) {
        case "signed":
          if (result.complete) {
            const placementId = loaded.diary.id;
            const signers = result.signOffs.length > 1 ? "both" : "single";
            const student = loaded.student.telegramId;
            if (student != null) {
              await deps.outbox.enqueue({
                recipient: student,
                kind: "diary-signoff",
                ref: placementId,
                payload: { key: "signoff-complete-student", params: { signers } },
                dedupeKey: `diary-signoff-complete:${placementId}:student`,
              });
            }
            const params = { student: studentName, group: loaded.student.group, signers };
            await tellCoordinators(loaded, (coordinator) => ({
              recipient: coordinator,
              kind: "diary-signoff",
              ref: placementId,
              payload: { key: "signoff-complete-coordinator", params },
              dedupeKey: `diary-signoff-complete:${placementId}:coordinator:${coordinator}`,
            }));
          }
          return { ...result, studentName };
        case "alreadySigned":
          return { status: "alreadySigned" };
        case "notReady":
          return { status: "notReady", check: result.check, studentName };
        case "forbidden":
          return result;
      }
    },

    /** QP-06 5.9, 6.2: the department's coordinator lets the diary be signed before its last working day. */
    async allowEarlySignOff(
      user: Principal,
      placementId: string,
      reason: string,
    ): Promise<ReasonedOutcome<{ status: "allowed"; studentName: string }>> {
      const issue = validateReturnReason(reason);
      if (issue) return { status: "invalidReason", ...issue };
      const allowed = await loadAllowed(deps, user, placementId, "allowEarlySignOff");
      if (!allowed.ok) return allowed.refusal;
      const { loaded } = allowed;
      const text = normalizeEntryText(reason);
      await deps.db.practiceOutcomes.setEarlySignOff(loaded.diary, { by: user.telegramId, at: deps.now(), reason: text });
      const at = deps.now().getTime();
      const recipients = [loaded.diary.universitySupervisorTelegramId, loaded.diary.organisationSupervisorTelegramId].filter(
        (id): id is number => id !== null,
      );
      if (recipients.length > 0) {
        await deps.outbox.enqueueMany(
          recipients.map((recipient) => ({
            recipient,
            kind: "diary-signoff",
            ref: loaded.diary.id,
            payload: { key: "signoff-early-allowed-supervisor", params: { student: loaded.student.fullName, reason: text } },
            dedupeKey: `diary-signoff-early:${loaded.diary.id}:${recipient}:${at}`,
          })),
        );
      }
      return { status: "allowed", studentName: loaded.student.fullName };
    },

    /**
     * QP-06 6.2: a linked supervisor takes the signed diary back with a reason: sign-offs and grade are
     * cleared (kept in the history), the student and the coordinators are told.
     */
    async reopen(
      user: Principal,
      placementId: string,
      reason: string,
    ): Promise<
      ReasonedOutcome<
        | { status: "reopened"; studentName: string }
        | { status: "notSigned" }
        | { status: "commissionGraded"; protocolNumber: string; protocolDate: string; studentName: string }
      >
    > {
      const issue = validateReturnReason(reason);
      if (issue) return { status: "invalidReason", ...issue };
      const allowed = await loadAllowed(deps, user, placementId, "reopenDiary");
      if (!allowed.ok) return allowed.refusal;
      const { loaded, actor } = allowed;
      const text = normalizeEntryText(reason);
      for (let attempt = 0; attempt < 3; attempt++) {
        const outcome = await deps.db.practiceOutcomes.find(loaded.diary.id);
        if (!outcome || outcome.signOffs.length === 0) return { status: "notSigned" };
        // QP-06 6.5–6.6: a graded-by-commission diary is not a supervisor's to take back; the grade stands on its protocol.
        const commission = outcome.grade?.commission;
        if (commission && actor.role !== "coordinator") {
          return {
            status: "commissionGraded",
            protocolNumber: commission.number,
            protocolDate: commission.date,
            studentName: loaded.student.fullName,
          };
        }
        const at = deps.now();
        const reopened = await deps.db.practiceOutcomes.reopen({
          placementId: loaded.diary.id,
          version: outcome.version,
          reopening: {
            by: user.telegramId,
            role: actor.role as SignOffRole,
            at,
            reason: text,
            signOffs: outcome.signOffs,
            ...(outcome.grade ? { grade: outcome.grade } : {}),
          },
        });
        if (!reopened) continue;
        const ref = loaded.diary.id;
        const dedupe = `diary-reopened:${ref}:${at.getTime()}`;
        const params = { student: loaded.student.fullName, reason: text };
        if (loaded.student.telegramId != null) {
          await deps.outbox.enqueue({
            recipient: loaded.student.telegramId,
            kind: "diary-reopened",
            ref,
            payload: { key: "reopen-told-student", params: { reason: text } },
            dedupeKey: `${dedupe}:student`,
          });
        }
        await tellCoordinators(loaded, (coordinator) => ({
          recipient: coordinator,
          kind: "diary-reopened",
          ref,
          payload: { key: "reopen-told-coordinator", params },
          dedupeKey: `${dedupe}:coordinator:${coordinator}`,
        }));
        return { status: "reopened", studentName: loaded.student.fullName };
      }
      throw new Error(`could not reopen the diary of placement ${loaded.diary.id}: it keeps changing`);
    },
  };
}
export type SignOffDesk = ReturnType<typeof createSignOffDesk>;

/** QP-06 6.2: the diary is locked once every linked supervisor signed it. */
export function isLocked(loaded: Pick<LoadedDiaryPlacement, "diary">, outcome: Pick<PracticeOutcomeDocument, "signOffs"> | null): boolean {
  return outcome !== null && signOffsComplete(loaded.diary, outcome.signOffs);
}
