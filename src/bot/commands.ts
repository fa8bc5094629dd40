import type { Api } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import type { Context } from "grammy";
import { LOCALES, type Locale } from "../config/config.js";
import type { Role } from "../domain/access/roles.js";

export interface CommandSpec {
  command: string;
  /** Roles that see the command in /help; "everyone" for all users. */
  audience: readonly (Role | "everyone")[];
}

/** Every command the bot answers, in /help order. Descriptions live in locales as `cmd-<command>.description`. */
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
  { command: "export", audience: ["student", "coordinator"] },
  { command: "language", audience: ["everyone"] },
  { command: "settings", audience: ["everyone"] },
  { command: "help", audience: ["everyone"] },
  { command: "cancel", audience: ["everyone"] },
  { command: "invite_supervisor", audience: ["coordinator"] },
  { command: "invite_orgsupervisor", audience: ["coordinator", "student"] },
  { command: "broadcast", audience: ["coordinator", "admin"] },
  { command: "broadcasts", audience: ["coordinator", "admin"] },
  { command: "bases", audience: ["coordinator", "admin"] },
  { command: "students", audience: ["coordinator", "universitySupervisor", "admin"] },
  { command: "assign", audience: ["coordinator", "admin"] },
  { command: "pending", audience: ["universitySupervisor", "organisationSupervisor"] },
  { command: "characteristic", audience: ["organisationSupervisor"] },
  { command: "grade", audience: ["universitySupervisor", "coordinator"] },
  { command: "signoff", audience: ["universitySupervisor", "organisationSupervisor"] },
  { command: "newdepartment", audience: ["admin"] },
  { command: "renamedepartment", audience: ["admin"] },
  { command: "removedepartment", audience: ["admin"] },
  { command: "departments", audience: ["admin", "coordinator"] },
  { command: "invite_coordinator", audience: ["admin"] },
];

export function commandsFor(roles: ReadonlySet<Role>): CommandSpec[] {
  return COMMANDS.filter((spec) => spec.audience.some((who) => who === "everyone" || roles.has(who)));
}

/** Publishes the everyone-commands in each language and as the default list. A failure is returned, not thrown. */
export async function publishCommands(api: Api, i18n: I18n<Context>, defaultLocale: Locale): Promise<Error | null> {
  try {
    const everyone = COMMANDS.filter((spec) => spec.audience.includes("everyone"));
    const list = (locale: Locale) =>
      everyone.map(({ command }) => ({ command, description: i18n.t(locale, `cmd-${command}.description`) }));
    // Users whose Telegram language is none of ours see the default language's list.
    await api.setMyCommands(list(defaultLocale));
    for (const locale of LOCALES) await api.setMyCommands(list(locale), { language_code: locale });
    return null;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}
