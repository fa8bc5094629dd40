import type { AccessPrincipal } from "../../domain/access/roles.js";
import { dottedDate } from "../../domain/rules/dates.js";
import type { DiaryUseCases } from "../diary/use-cases/index.js";
import type { Outbox } from "../outbox/index.js";
import type { PlacementService } from "../placement.service.js";
import type { DecisionResult } from "../placement/types.js";

/** Why one row of a bulk action failed (the contract's row codes). */
export type BulkRowError =
  | "forbidden"
  | "notFound"
  | "changed"
  | "alreadyDecided"
  | "notSubmitted"
  | "organisationRejected"
  | "notSupervisor"
  | "alreadyLinked"
  | "reasonRequired"
  | "invalid"
  | "failed";
export interface BulkRow {
  id: string;
  ok: boolean;
  error?: BulkRowError;
}

export interface BoardBulkDeps {
  placements: Pick<PlacementService, "approve">;
  diaryUseCases: Pick<DiaryUseCases, "decisions" | "pending">;
  outbox: Outbox;
}

const placementError = (result: DecisionResult): BulkRowError | null => {
  switch (result.status) {
    case "approved":
    case "returned":
      return null;
    case "forbidden":
    case "notFound":
    case "changed":
    case "alreadyDecided":
    case "notSubmitted":
    case "organisationRejected":
      return result.status;
    case "invalid":
      return "invalid";
  }
};

/**
 * The board's bulk actions: each row goes through the same use case as the chat's button (which loads the record
 * and asks `can()` itself), one row at a time, so one refusal or stale row never stops the others.
 */
export function createBoardBulk(deps: BoardBulkDeps) {
  return {
    /** QP-06 4.3–4.5: approves each placement at the version the board showed; the student is told as in the chat. */
    async approveBases(principal: AccessPrincipal, items: readonly { placementId: string; version: number }[]): Promise<BulkRow[]> {
      const rows: BulkRow[] = [];
      for (const item of items) {
        const result = await deps.placements.approve(principal, item.placementId, item.version);
        const error = placementError(result);
        if (error) {
          rows.push({ id: item.placementId, ok: false, error });
          continue;
        }
        if (result.status === "approved" && result.studentTelegramId !== null) {
          const { placement } = result;
          await deps.outbox.enqueue({
            recipient: result.studentTelegramId,
            kind: "placement-approved",
            ref: `placement:${item.placementId}`,
            payload: {
              key: "cp-student-approved",
              params: {
                organisation: result.organisationName ?? "—",
                start: dottedDate(placement.startDate),
                end: dottedDate(placement.endDate),
              },
            },
            dedupeKey: `placement-approved:${item.placementId}:${placement.version}`,
          });
        }
        rows.push({ id: item.placementId, ok: true });
      }
      return rows;
    },

    /** QP-06 5.8, 5.12: approves or returns each entry at the version shown; a return carries the reason. */
    async decideEntries(
      principal: AccessPrincipal,
      input: { items: readonly { entryId: string; version: number }[]; decision: "approve" | "return"; reason?: string | undefined },
    ): Promise<BulkRow[]> {
      const rows: BulkRow[] = [];
      for (const item of input.items) {
        const outcome = await deps.diaryUseCases.decisions.decideOnEntry(
          principal,
          { decision: input.decision === "approve" ? "ok" : "ret", id: item.entryId, version: item.version },
          input.reason,
        );
        switch (outcome.status) {
          case "approved":
          case "returned":
            rows.push({ id: item.entryId, ok: true });
            break;
          case "alreadyDecided":
          case "notPending":
            rows.push({ id: item.entryId, ok: false, error: "alreadyDecided" });
            break;
          case "changed":
            rows.push({ id: item.entryId, ok: false, error: "changed" });
            break;
          case "invalidReason":
            rows.push({ id: item.entryId, ok: false, error: "reasonRequired" });
            break;
          case "notFound":
          case "forbidden":
            rows.push({ id: item.entryId, ok: false, error: outcome.status });
            break;
        }
      }
      return rows;
    },
  };
}
export type BoardBulk = ReturnType<typeof createBoardBulk>;
