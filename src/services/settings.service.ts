import { holdsRole, type AccessPrincipal } from "../domain/access/roles.js";
import { isMutableKind, REMINDER_KINDS, type MutableReminderKind } from "../domain/reminders/reminder-kinds.js";
import type { Persistence } from "../persistence/create-persistence.js";

/** The reminder choices `/settings` shows and changes. */
export interface ReminderChoices {
  diaryDigest: boolean;
  mutedReminders: MutableReminderKind[];
  transferWindowReminders: boolean;
}

/** What `/settings` offers this person, by their roles. */
export interface SettingsView {
  settings: ReminderChoices;
  /** Supervisors: one daily digest of pending entries instead of a message per entry. */
  offersDigest: boolean;
  /** Students: the transfer windows (R-23 3.2, 6.1–6.2). */
  offersTransfer: boolean;
  /** The optional reminder kinds this person receives (mandatory ones cannot be muted). */
  mutable: MutableReminderKind[];
}

export type SettingChoice = { kind: "digest" } | { kind: "transfer" } | { kind: "mute"; reminder: string };

const isSupervisor = (principal: AccessPrincipal): boolean =>
  holdsRole(principal, "universitySupervisor") || holdsRole(principal, "organisationSupervisor");

function mutableKindsFor(principal: AccessPrincipal): MutableReminderKind[] {
  const roles = new Set<string>(principal.roles.map((grant) => grant.role));
  return REMINDER_KINDS.filter((k) => k.mode === "optional" && roles.has(k.audience))
    .map((k) => k.key)
    .filter(isMutableKind);
}

/** `/settings`: the person's own reminder choices, stored on their user record. */
export function createSettingsService(deps: { db: Persistence }) {
  const { db } = deps;
  async function view(principal: AccessPrincipal): Promise<SettingsView> {
    return {
      settings: await db.users.reminderSettings(principal.telegramId),
      offersDigest: isSupervisor(principal),
      offersTransfer: holdsRole(principal, "student"),
      mutable: mutableKindsFor(principal),
    };
  }
  return {
    view,
    /**
     * Flips one choice. A choice the person's roles do not offer (a forged or stale button, a kind that
     * cannot be muted) changes nothing and answers `notAvailable`.
     */
    async toggle(
      principal: AccessPrincipal,
      choice: SettingChoice,
    ): Promise<{ status: "saved"; view: SettingsView } | { status: "notAvailable" }> {
      const before = await view(principal);
      const id = principal.telegramId;
      if (choice.kind === "digest" && before.offersDigest) await db.users.setDiaryDigest(id, !before.settings.diaryDigest);
      else if (choice.kind === "transfer" && before.offersTransfer)
        await db.users.setTransferWindowReminders(id, !before.settings.transferWindowReminders);
      else if (choice.kind === "mute" && isMutableKind(choice.reminder) && before.mutable.includes(choice.reminder))
        await db.users.setReminderMuted(id, choice.reminder, !before.settings.mutedReminders.includes(choice.reminder));
      else return { status: "notAvailable" };
      return { status: "saved", view: await view(principal) };
    },
  };
}
export type SettingsService = ReturnType<typeof createSettingsService>;
