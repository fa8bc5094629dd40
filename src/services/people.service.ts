import { toAccessPrincipal, type AccessPrincipal } from "../domain/access/roles.js";
import { checkFullName } from "../domain/profile/student-profile.js";
import type { Persistence } from "../persistence/create-persistence.js";

/**
 * People as the use cases see them: the access principal of a Telegram account (its stored roles), and a
 * staff member's own name for practice documents (the approvals and signatures of the F-76 diary-report,
 * QP-06 6.2), which only the person themselves sets and which is checked here, not trusted.
 */
export function createPeopleService({ db, adminTelegramIds }: { db: Persistence; adminTelegramIds: readonly number[] }) {
  return {
    /** The principal of `telegramId` as stored now (roles re-read each call; an unknown account holds none). */
    async principalOf(telegramId: number): Promise<AccessPrincipal> {
      const user = await db.users.findByTelegramId(telegramId);
      return toAccessPrincipal(user ?? { telegramId, roles: [] }, adminTelegramIds);
    },

    /** Whether the person has given a name for documents (asked once, when a staff role is claimed). */
    async hasDocumentName(telegramId: number): Promise<boolean> {
      return !!(await db.users.findByTelegramId(telegramId))?.fullName;
    },

    /** Saves the person's own name for documents; `invalid` (nothing written) for a name the checks refuse. */
    async setDocumentName(telegramId: number, name: string): Promise<{ status: "saved"; name: string } | { status: "invalid" }> {
      const checked = checkFullName(name);
      if (!checked.ok) return { status: "invalid" };
      await db.users.setFullName(telegramId, checked.value);
      return { status: "saved", name: checked.value };
    },
  };
}
export type PeopleService = ReturnType<typeof createPeopleService>;
