import { checkFullName } from "../domain/profile/student-profile.js";
import type { Persistence } from "../persistence/create-persistence.js";

/**
 * A staff member's own name for practice documents (the approvals and signatures of the F-76
 * diary-report, QP-06 6.2). Only the person themselves sets it; the name is checked here, not trusted.
 */
export function createStaffProfileService({ db }: { db: Persistence }) {
  return {
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
export type StaffProfileService = ReturnType<typeof createStaffProfileService>;
