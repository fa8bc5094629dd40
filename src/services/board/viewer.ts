import { departmentsWithRole, heldRoles, toAccessPrincipal, type AccessPrincipal, type Role } from "../../domain/access/roles.js";
import { displayName } from "../../domain/profile/display-name.js";
import type { Locale } from "../../config/config.js";
import type { Persistence } from "../../persistence/create-persistence.js";

/** The person behind a board request, as stored now (roles are re-read on every request). */
export interface BoardViewer {
  principal: AccessPrincipal;
  name: string;
  language: Locale;
  roles: Role[];
}

/** Departments where the viewer holds a staff role, coordinator first (the roster's department switch). */
export function staffDepartmentIds(principal: AccessPrincipal): string[] {
  return [...new Set([...departmentsWithRole(principal, "coordinator"), ...departmentsWithRole(principal, "universitySupervisor")])];
}

export function createBoardViewers(deps: { db: Persistence; adminTelegramIds: readonly number[]; defaultLocale: Locale }) {
  const { db } = deps;
  return {
    /** The viewer of `telegramId`; null for an account the bot has never seen (the API answers 403). */
    async load(telegramId: number): Promise<BoardViewer | null> {
      const user = await db.users.findByTelegramId(telegramId);
      if (!user) return null;
      const principal = toAccessPrincipal(user, deps.adminTelegramIds);
      return {
        principal,
        name: displayName(user) ?? String(telegramId),
        language: (user.language as Locale | null) ?? deps.defaultLocale,
        roles: [...heldRoles(principal)],
      };
    },

    /** `GET /api/me`: who the board shows, in which language, and their departments (the admin sees every one). */
    async me(viewer: BoardViewer) {
      const ids = staffDepartmentIds(viewer.principal);
      const departments = viewer.principal.isAdmin
        ? await db.departments.list()
        : (await Promise.all(ids.map((id) => db.departments.findById(id)))).filter((d) => d !== null);
      return {
        telegramId: viewer.principal.telegramId,
        name: viewer.name,
        language: viewer.language,
        roles: viewer.roles,
        departments: departments.map((d) => ({ id: String(d._id), name: d.name })),
      };
    },
  };
}
export type BoardViewers = ReturnType<typeof createBoardViewers>;
