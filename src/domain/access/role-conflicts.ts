import type { Role } from "./roles.js";

/** The roles of a department's practice that supervise its students (domain.md §1). */
export const SUPERVISING_ROLES: ReadonlySet<Role> = new Set<Role>(["coordinator", "universitySupervisor", "organisationSupervisor"]);

/**
 * Why a claim is refused: the person studies in the department whose supervising role they claim, or
 * supervises in the department whose student record they claim.
 */
export type RoleConflict = "studentOfDepartment" | "staffOfDepartment" | "bothSidesOfDepartment";

/** The university's side of a department's supervision (QP-06 5.6–5.9); the organisation's side is 5.12. */
const UNIVERSITY_SIDE: ReadonlySet<Role> = new Set<Role>(["coordinator", "universitySupervisor"]);

/** What a person already is, as far as the conflict rule needs to know. */
export interface ClaimantStanding {
  /** Department of the student record linked to the account (null: none). */
  studentDepartmentId: string | null;
  /** Departments where the account holds a supervising role. */
  staffDepartmentIds: readonly string[];
  /** The supervising grants themselves (role and department), for the two-sides rule. */
  staffGrants?: readonly { role: Role; departmentId: string }[];
}

/**
 * Department rule (domain.md §1, read with QP-06 5.6–5.9 and 5.12): the people who supervise a department's
 * practice — its coordinator (5.9), the university supervisor, a faculty member of the department (5.6–5.8),
 * the organisation supervisor appointed by the host organisation (5.12) — are never its own students, since
 * they approve, sign and grade those students' diaries (6.2, 6.5). So a student of a department cannot claim a
 * supervising role of that department, and a supervisor of a department cannot claim a student record in it.
 * Another department is not concerned (a master's student of one department may assist in another).
 */
export function roleConflict(standing: ClaimantStanding, claim: { role: Role; departmentId: string | null }): RoleConflict | null {
  if (claim.departmentId === null) return null;
  if (SUPERVISING_ROLES.has(claim.role)) {
    if (standing.studentDepartmentId === claim.departmentId) return "studentOfDepartment";
    // QP-06 6.2 wants two signatures from two sides: the university's (5.6–5.9) and the organisation's (5.12).
    // One person on both sides of the same department could give both, so the second side is refused.
    const claimSide = UNIVERSITY_SIDE.has(claim.role);
    const crosses = (standing.staffGrants ?? []).some(
      (grant) =>
        grant.departmentId === claim.departmentId && SUPERVISING_ROLES.has(grant.role) && UNIVERSITY_SIDE.has(grant.role) !== claimSide,
    );
    return crosses ? "bothSidesOfDepartment" : null;
  }
  if (claim.role === "student") {
    return standing.staffDepartmentIds.includes(claim.departmentId) ? "staffOfDepartment" : null;
  }
  return null;
}
