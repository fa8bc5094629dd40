import { checkText } from "../../domain/practice/contacts.js";
import type { AccessPrincipal } from "../../domain/access/roles.js";
import type { HistoryInput, PlacementSet } from "../../persistence/repositories/placement.repository.js";
import { authorizePlacement } from "./access.js";
import { withParams } from "./changes.js";
import type { DecisionResult, PlacementDeps } from "./types.js";

/** The coordinator's approval or return of a submitted placement (QP-06 4.3–4.5; 6B03104 §9.1). */
export function createPlacementDecisions(deps: PlacementDeps) {
  const { db, now } = deps;

  async function decide(
    principal: AccessPrincipal,
    placementId: string,
    expectedVersion: number,
    decision: { status: "approved" } | { status: "returned"; reason: string },
  ): Promise<DecisionResult> {
    const action = decision.status === "approved" ? "approvePlacement" : "returnPlacement";
    const auth = await authorizePlacement(db, principal, action, placementId);
    if (!auth.ok) return auth.refusal;
    const { placement, student } = auth;
    const organisation = placement.organisationId ? await db.organisations.findById(placement.organisationId) : null;
    const about = { studentName: student.fullName, organisationName: organisation?.fullName ?? null };
    if (decision.status === "approved" && organisation?.status === "rejected") {
      return { status: "organisationRejected", placement, organisation, ...about };
    }
    const at = now();
    const set: PlacementSet = { status: decision.status, decidedBy: principal.telegramId, decidedAt: at };
    if (decision.status === "returned") set.returnReason = decision.reason;
    // The diary opens on the first approval (a later re-approval after an edit keeps it).
    if (decision.status === "approved" && !placement.approvedAt) set.approvedAt = at;
    const history: HistoryInput = {
      at,
      by: principal.telegramId,
      action: decision.status,
      changes: [{ field: "status", from: "submitted", to: decision.status }],
      ...(decision.status === "returned" ? { reason: decision.reason } : {}),
    };
    const updated = await db.placements.change(
      placement._id,
      { statuses: ["submitted"], version: expectedVersion },
      set,
      history,
      decision.status === "approved" ? ["returnReason"] : [],
    );
    if (!updated) {
      const current = (await db.placements.findById(placement._id)) ?? placement;
      if (current.status === "submitted") return { status: "changed", placement: current, ...about };
      if (current.status === "draft") return { status: "notSubmitted", placement: current, ...about };
      return { status: "alreadyDecided", placement: current, ...about };
    }
    let organisationApproved = false;
    if (decision.status === "approved" && organisation?.status === "proposed") {
      // Approving a placement at a proposed base approves the base as well (QP-06 4.1: the department checks it).
      organisationApproved = (await db.organisations.decide(organisation._id, { status: "approved" }, principal.telegramId, at)) !== null;
    }
    return { status: decision.status, placement: updated, studentTelegramId: student.telegramId ?? null, organisationApproved, ...about };
  }

  return {
    /** The coordinator approves the version they saw; a second press answers `alreadyDecided`. */
    approve(principal: AccessPrincipal, placementId: string, expectedVersion: number): Promise<DecisionResult> {
      return decide(principal, placementId, expectedVersion, { status: "approved" });
    },

    /** The coordinator returns it with a reason (1–500 characters) the student will see. */
    async returnForRevision(
      principal: AccessPrincipal,
      placementId: string,
      expectedVersion: number,
      reason: string,
    ): Promise<DecisionResult> {
      const checked = checkText(reason, { min: 1, max: 500 });
      if (!checked.ok)
        return { status: "invalid", issues: [{ field: "reason", kind: "text", reason: checked.reason, ...withParams(checked.params) }] };
      return decide(principal, placementId, expectedVersion, { status: "returned", reason: checked.value });
    },
  };
}
