import type { Api } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import type { Context } from "grammy";
import { LOCALES, type Locale } from "../config/config.js";
import type { Role } from "../domain/access/roles.js";

export interface CommandSpec {
  command: string;
  /** Roles that see the command in /help; "everyone" for all users. */
  audience: readonly (Role | "everyone")[];
  /**
   * Roles for which the command does something of its own, described by `cmd-<command>.description-<role>`.
   * A user with exactly one of them reads that description; anyone else (none, or several) the general one.
   */
  describedFor?: readonly Role[];
}

/** A command as one user's menu and /help show it. */
export interface CommandEntry {
  command: string;
  description: string;
}

/**
 * Every command the bot answers, in /help order. Descriptions live in locales as `cmd-<command>.description`
 * (and `.description-<role>` for the roles in `describedFor`).
 */
export const COMMANDS: readonly CommandSpec[] = [
  { command: "start", audience: ["everyone"] },
  { command: "me", audience: ["everyone"] },
  { command: "eligibility", audience: ["everyone"] },
  { command: "base", audience: ["student"] },
  { command: "myplacement", audience: ["student"] },
  { command: "diary", audience: ["student"] },
  { command: "progress", audience: ["student"] },
  { command: "entries", audience: ["student"] },
  { command: "report", audience: ["student"] },
  { command: "export", audience: ["student", "coordinator"], describedFor: ["student", "coordinator"] },
  { command: "verify", audience: ["everyone"] },
  { command: "language", audience: ["everyone"] },
  { command: "settings", audience: ["everyone"] },
  { command: "help", audience: ["everyone"] },
  { command: "cancel", audience: ["everyone"] },
  { command: "invite_supervisor", audience: ["coordinator"] },
  { command: "invite_orgsupervisor", audience: ["coordinator", "student"], describedFor: ["student", "coordinator"] },
  { command: "supervisor_claims", audience: ["coordinator", "admin"] },
  { command: "broadcast", audience: ["coordinator", "admin"] },
  { command: "broadcasts", audience: ["coordinator", "admin"] },
  { command: "bases", audience: ["coordinator", "admin"] },
  { command: "students", audience: ["coordinator", "universitySupervisor", "admin"] },
  { command: "assign", audience: ["coordinator", "admin"] },
  { command: "pending", audience: ["universitySupervisor", "organisationSupervisor"] },
  { command: "characteristic", audience: ["organisationSupervisor"] },
  { command: "grade", audience: ["universitySupervisor", "coordinator"] },
  { command: "signoff", audience: ["universitySupervisor", "organisationSupervisor"] },
  { command: "reopen", audience: ["universitySupervisor", "organisationSupervisor"] },
  { command: "reportfile", audience: ["universitySupervisor", "organisationSupervisor"] },
  { command: "earlysignoff", audience: ["coordinator"] },
  { command: "permit", audience: ["universitySupervisor", "organisationSupervisor", "coordinator"] },
  { command: "excuse", audience: ["universitySupervisor", "organisationSupervisor", "coordinator"] },
  { command: "reissue", audience: ["coordinator", "admin"] },
  { command: "unlink", audience: ["coordinator", "admin"] },
  { command: "revoke", audience: ["coordinator", "admin"] },
  { command: "newdepartment", audience: ["admin"] },
  { command: "renamedepartment", audience: ["admin"] },
  { command: "removedepartment", audience: ["admin"] },
  { command: "departments", audience: ["admin", "coordinator"] },
  { command: "invite_coordinator", audience: ["admin"] },
];

export function commandsFor(roles: ReadonlySet<Role>): CommandSpec[] {
  return COMMANDS.filter((spec) => spec.audience.some((who) => who === "everyone" || roles.has(who)));
}

/** The locale key of the command's description for a user with `roles`. */
export function descriptionKey(spec: CommandSpec, roles: ReadonlySet<Role>): string {
  const own = (spec.describedFor ?? []).filter((role) => roles.has(role));
  return own.length === 1 ? `cmd-${spec.command}.description-${own[0]}` : `cmd-${spec.command}.description`;
}

/** The commands of a user with `roles`, each described for them (their /help, or their chat's command menu). */
export function commandMenu(roles: ReadonlySet<Role>, t: (key: string) => string): CommandEntry[] {
  return commandsFor(roles).map((spec) => ({ command: spec.command, description: t(descriptionKey(spec, roles)) }));
}

/** Publishes the everyone-commands in each language and as the default list. A failure is returned, not thrown. */
export async function publishCommands(api: Api, i18n: I18n<Context>, defaultLocale: Locale): Promise<Error | null> {
  try {
    const list = (locale: Locale) => commandMenu(new Set(), (key) => i18n.t(locale, key));
    // Users whose Telegram language is none of ours see the default language's list.
    await api.setMyCommands(list(defaultLocale));
    for (const locale of LOCALES) await api.setMyCommands(list(locale), { language_code: locale });
    return null;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/**
 * Which menu a person's chat should show: their roles and language, or null when they hold no role
 * (the default list published by `publishCommands` is then theirs).
 */
export function commandMenuKey(roles: ReadonlySet<Role>, locale: Locale): string | null {
  return roles.size === 0 ? null : `${locale}:${[...roles].sort().join(",")}`;
}

/**
 * Publishes one person's menu for their private chat: the commands of every role they hold, in their
 * language; with no role, the chat's own list is deleted so the default applies again.
 */
export async function publishChatMenu(api: Api, chatId: number, roles: ReadonlySet<Role>, t: (key: string) => string): Promise<void> {
  const scope = { type: "chat" as const, chat_id: chatId };
  if (roles.size === 0) await api.deleteMyCommands({ scope });
  else await api.setMyCommands(commandMenu(roles, t), { scope });
}
