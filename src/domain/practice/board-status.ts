import type { PlacementStatus } from "./placement.js";

/**
 * A student's one status on the board and in the department's lists: no placement yet, the placement's status
 * (QP-06 5.10), then the diary's end: signed by both supervisors (QP-06 6.2), graded (QP-06 6.5).
 */
export const BOARD_STATUSES = ["none", "draft", "submitted", "returned", "approved", "active", "finished", "signed", "graded"] as const;
export type BoardStatus = (typeof BOARD_STATUSES)[number];

/** The status of a student from their placement and its outcome (the grade outranks the sign-offs). */
export function boardStatusOf(
  placement: { status: PlacementStatus } | null,
  outcome: { graded: boolean; signOffs: number } | null,
): BoardStatus {
  if (!placement) return "none";
  if (outcome?.graded) return "graded";
  // QP-06 6.2: both supervisors sign the diary.
  if ((outcome?.signOffs ?? 0) >= 2) return "signed";
  return placement.status;
}
