import type { PlacementStatus } from "./placement.js";

/**
 * A student's practice as the department's export and roster show it, from "no base yet" to "graded"
 * (QP-06 5.9–5.10, 6.2–6.5; 6B03104 §9.1). One home for the list: the XLSX column, its locale keys
 * (`doc-xlsx-status-<status>`) and the tests derive from it.
 */
export const DEPARTMENT_STUDENT_STATUSES = ["none", "draft", "submitted", "returned", "approved", "signed", "graded"] as const;
export type DepartmentStudentStatus = (typeof DEPARTMENT_STUDENT_STATUSES)[number];

/**
 * The status of one placement (or of a student without one). A draft without an organisation is "no base":
 * the roster made the practice, the student has not named a base yet (6B03104 §9.1). Approved, running and
 * finished practices are "approved" until both supervisors signed the diary (QP-06 6.2), then "signed"; a
 * grade entered makes it "graded" (QP-06 6.5).
 */
export function departmentStudentStatus(
  placement: { status: PlacementStatus; hasOrganisation: boolean; signedOff: boolean; graded: boolean } | null,
): DepartmentStudentStatus {
  if (!placement) return "none";
  switch (placement.status) {
    case "draft":
      return placement.hasOrganisation ? "draft" : "none";
    case "submitted":
      return "submitted";
    case "returned":
      return "returned";
    case "approved":
    case "active":
    case "finished":
      if (placement.graded) return "graded";
      return placement.signedOff ? "signed" : "approved";
  }
}
