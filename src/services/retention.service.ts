import { Types } from "mongoose";
import { PLACEMENT_BOUND_KINDS, placementIdOfRef, placementMayStillRemind } from "../domain/delivery/retention.js";
import { localTimeOf } from "../domain/reminders/index.js";
import type { Logger } from "../logging/logger.js";
import type { Persistence } from "../persistence/create-persistence.js";

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
}

interface RetentionResult {
  /** Outbox messages in a final state deleted. */
  outbox: number;
  /** Scene drafts deleted. */
  drafts: number;
}

/**
 * Retention (no TTL indexes — they are not portable, docs/test-database): deletes outbox messages that
 * were sent, blocked or failed more than `outboxDays` ago, and scene drafts untouched for `draftDays`. Reminders
 * whose key stays due while their placement runs are kept until the placement has ended, so no reminder is ever
 * enqueued twice (why each kind is safe: src/domain/delivery/retention.ts).
 */
export function createRetention(deps: RetentionDeps) {
  const { db, timezone, logger } = deps;
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
      logger.info({ outbox, drafts, outboxDays: deps.outboxDays, draftDays: deps.draftDays }, "retention: old records deleted");
      return { outbox, drafts };
    },
  };
}
export type Retention = ReturnType<typeof createRetention>;
