/**
 * Who may do what (domain.md §1). Roles come from invitations or the roster, never from what a user types;
 * admins come from configuration.
 */
export type Role = "student" | "universitySupervisor" | "organisationSupervisor" | "coordinator" | "admin";

export interface RoleGrantLike {
  role: string;
  departmentId?: { toString(): string } | null | undefined;
  studentId?: { toString(): string } | null | undefined;
}

export interface Principal {
  telegramId: number;
  roles: readonly RoleGrantLike[];
}

export function isAdmin(principal: Principal, adminIds: readonly number[]): boolean {
  return adminIds.includes(principal.telegramId);
}

export function rolesOf(principal: Principal, adminIds: readonly number[]): Set<Role> {
  const roles = new Set<Role>(principal.roles.map((grant) => grant.role as Role));
  if (isAdmin(principal, adminIds)) roles.add("admin");
  return roles;
}

/** Departments the principal coordinates (domain.md §1: coordinators act on their own department only). */
export function coordinatedDepartments(principal: Principal): string[] {
  return principal.roles.filter((grant) => grant.role === "coordinator" && grant.departmentId).map((grant) => String(grant.departmentId));
}

export function coordinates(principal: Principal, departmentId: { toString(): string }): boolean {
  return coordinatedDepartments(principal).includes(departmentId.toString());
}

/** The acting person as the access policy sees them (src/domain/access/policy.ts). */
export interface AccessPrincipal extends Principal {
  /** From configuration (ADMIN_TELEGRAM_IDS), never from the database. */
  isAdmin: boolean;
}

export function toAccessPrincipal(user: Principal, adminIds: readonly number[]): AccessPrincipal {
  return { telegramId: user.telegramId, roles: user.roles, isAdmin: isAdmin(user, adminIds) };
}

/** True when the principal holds `role`, restricted to `departmentId` when given. */
export function holdsRole(principal: Principal, role: Role, departmentId?: { toString(): string } | null): boolean {
  return principal.roles.some(
    (grant) =>
      grant.role === role && (departmentId == null || (grant.departmentId != null && String(grant.departmentId) === String(departmentId))),
  );
}

/** Departments where the principal holds `role`. */
export function departmentsWithRole(principal: Principal, role: Role): string[] {
  return [
    ...new Set(principal.roles.filter((grant) => grant.role === role && grant.departmentId).map((grant) => String(grant.departmentId))),
  ];
}

/** Every role the principal holds, the admin's from configuration included (what /help and the menu show). */
export function heldRoles(principal: AccessPrincipal): Set<Role> {
  const roles = new Set<Role>(principal.roles.map((grant) => grant.role as Role));
  if (principal.isAdmin) roles.add("admin");
  return roles;
}
