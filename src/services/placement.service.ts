import { createPlacementAssignment } from "./placement/assignment.js";
import { createPlacementDecisions } from "./placement/decisions.js";
import { createPlacementDrafts } from "./placement/drafts.js";
import { createPlacementListing } from "./placement/listing.js";
import { createSupervisorClaims } from "./placement/supervisor-claims.js";
import type { PlacementDeps } from "./placement/types.js";

export { diaryPlacementOf, placementTarget } from "./placement/access.js";
export * from "./placement/types.js";
export type {
  ClaimName,
  ClaimRefusal,
  ClaimResult,
  ClaimDecisionResult,
  ContactCheck,
  SharedContact,
} from "./placement/supervisor-claims.js";

/**
 * Placements (QP-06 §4–5; KazUTB 7–8; 6B03104 §9.1), assembled from one module per responsibility under
 * `placement/`: drafts and submission, the coordinator's decisions, supervisors (assignment, links,
 * verified organisation supervisors), and listing. Every method takes the acting principal and asks
 * the access policy first; expected refusals come back as results, never as exceptions.
 */
export function createPlacementService(deps: PlacementDeps) {
  return {
    ...createPlacementListing(deps),
    ...createPlacementDrafts(deps),
    ...createPlacementDecisions(deps),
    ...createPlacementAssignment(deps),
    ...createSupervisorClaims(deps),
  };
}
export type PlacementService = ReturnType<typeof createPlacementService>;
