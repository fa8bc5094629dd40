import { Types } from "mongoose";
import { PLACEMENT_BOUND_KINDS, placementIdOfRef, placementMayStillRemind } from "../domain/delivery/retention.js";
import { localTimeOf } from "../domain/reminders/index.js";
import type { Logger } from "../logging/logger.js";
import type { Persistence } from "../persistence/create-persistence.js";
import { resolvePolicy } from "../domain/policies/helpers.js";
import { addYears, purgeableFrom, RETENTION_RULE } from "../domain/privacy/retention.js";
import type { ReferenceData } from "../reference-data/load.js";
import type { PrivacyService } from "./privacy.service.js";

const DAY_MS = 24 * 60 * 60 * 1000;

interface RetentionDeps {
  db: Persistence;
  now: () => Date;
  /** Config TIMEZONE: "today" for the placements' end dates. */
  timezone: string;
  /** Config OUTBOX_RETENTION_DAYS and DRAFT_RETENTION_DAYS. */
  outboxDays: number;
  draftDays: number;
  logger: Pick<Logger, "info" | "error">;
  /** Policies: each department's `diaryRetentionYears` (QP-06 6.12). */
  reference: ReferenceData;
  /** Deletion requests confirmed but stopped half-way are finished here. */
  privacy: Pick<PrivacyService, "resumeUnfinished">;
}

interface RetentionResult {
  /** Outbox messages in a final state deleted. */
  outbox: number;
  /** Scene drafts deleted. */
  drafts: number;
  /** Practices whose diary, report and files were purged (QP-06 6.12), each recorded in `retention_purges`. */
  practices: number;
  /** Confirmed deletion requests finished after an interruption. */
  deletionsResumed: number;
}

/**
 * Retention (no TTL indexes — they are not portable, docs/test-database): deletes outbox messages that
 * were sent, blocked or failed more than `outboxDays` ago, and scene drafts untouched for `draftDays`. Reminders
 * whose key stays due while their placement runs are kept until the placement has ended, so no reminder is ever
 * enqueued twice (why each kind is safe: src/domain/delivery/retention.ts).
 *
 * QP-06 6.12: a practice's diary (F-76 entries), outcome (report, characteristic, grade, sign-offs), their files and
 * printed verification codes are deleted once the policy's `diaryRetentionYears` have passed since the practice
 * ended. Each purge is recorded (counts only, no personal data) before it runs and the placement is marked after
 * it, so a run stopped half-way is finished by the next one and a finished one is never repeated.
 */
export function createRetention(deps: RetentionDeps) {
  const { db, timezone, logger } = deps;
  const defaultPolicy = resolvePolicy(deps.reference.policies, deps.reference.defaultPolicyId);

  async function purgePractices(now: Date): Promise<number> {
    const today = localTimeOf(now, timezone).date;
    const departments = await db.departments.list();
    const yearsOf = new Map(
      departments.map((d) => [String(d._id), (deps.reference.policies.get(d.policyId ?? "") ?? defaultPolicy).diaryRetentionYears]),
    );
    const fewest = Math.min(defaultPolicy.diaryRetentionYears, ...yearsOf.values());
    let purged = 0;
    for (const placement of await db.privacy.placementsEndedBy(addYears(today, -fewest))) {
      const years = yearsOf.get(String(placement.departmentId)) ?? defaultPolicy.diaryRetentionYears;
      const from = purgeableFrom(placement.endDate, years);
      if (from === null || today < from) continue;
      const placementId = String(placement._id);
      const counts = await db.privacy.countPlacementRecords(placementId);
      await db.privacy.recordPurge({
        _id: placementId,
        placementId,
        departmentId: String(placement.departmentId),
        endDate: placement.endDate!,
        keptUntil: from,
        rule: RETENTION_RULE,
        ...counts,
        purgedAt: now,
      });
      await db.privacy.purgePlacementRecords(placementId);
      await db.privacy.markPurged(placement._id, now);
      purged++;
    }
    return purged;
  }

  return {
    async runOnce(): Promise<RetentionResult> {
      const now = deps.now();
      const outboxBefore = new Date(now.getTime() - deps.outboxDays * DAY_MS);
      let outbox = await db.outbox.deleteFinalBefore(outboxBefore, PLACEMENT_BOUND_KINDS);
      const bound = await db.outbox.listFinalBefore(outboxBefore, PLACEMENT_BOUND_KINDS);
      if (bound.length > 0) {
        const today = localTimeOf(now, timezone).date;
        const placementIds = [...new Set(bound.map((m) => placementIdOfRef(m.ref)).filter((id): id is string => id !== null))];
        const endDates = await db.reminderFacts.placementEndDates(placementIds.map((id) => new Types.ObjectId(id)));
        const done = bound.filter((m) => {
          const id = placementIdOfRef(m.ref);
          // No placement (deleted, or a ref of another shape): nothing can compute the key again.
          return id === null || !endDates.has(id) || !placementMayStillRemind(endDates.get(id), today);
        });
        outbox += await db.outbox.deleteByIds(done.map((m) => m._id));
      }
      const drafts = await db.sceneDrafts.deleteOlderThan(new Date(now.getTime() - deps.draftDays * DAY_MS));
      const deletionsResumed = await deps.privacy.resumeUnfinished();
      const practices = await purgePractices(now);
      logger.info(
        { outbox, drafts, practices, deletionsResumed, outboxDays: deps.outboxDays, draftDays: deps.draftDays },
        "retention: old records deleted",
      );
      return { outbox, drafts, practices, deletionsResumed };
    },
  };
}
export type Retention = ReturnType<typeof createRetention>;
