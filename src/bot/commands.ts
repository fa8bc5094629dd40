import type { Api } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import type { Context } from "grammy";
import { LOCALES } from "../config/config.js";
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
  { command: "language", audience: ["everyone"] },
  { command: "help", audience: ["everyone"] },
  { command: "cancel", audience: ["everyone"] },
  { command: "invite_supervisor", audience: ["coordinator"] },
  { command: "invite_orgsupervisor", audience: ["coordinator"] },
  { command: "newdepartment", audience: ["admin"] },
  { command: "departments", audience: ["admin", "coordinator"] },
  { command: "invite_coordinator", audience: ["admin"] },
];

export function commandsFor(roles: ReadonlySet<Role>): CommandSpec[] {
  return COMMANDS.filter((spec) => spec.audience.some((who) => who === "everyone" || roles.has(who)));
}

/** Publishes the everyone-commands in each language. A failure is reported to the caller, not thrown. */
export async function publishCommands(api: Api, i18n: I18n<Context>): Promise<Error | null> {
  try {
    const everyone = COMMANDS.filter((spec) => spec.audience.includes("everyone"));
    for (const locale of LOCALES) {
      const commands = everyone.map(({ command }) => ({
        command,
        description: i18n.t(locale, `cmd-${command}.description`),
      }));
      await api.setMyCommands(commands, { language_code: locale });
    }
    return null;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}
