import type { PrivateContext } from "../../context.js";
import type { AppServices } from "../../../services/app-services.js";
import type { Action } from "../../../domain/access/policy.js";
import type { DepartmentSummary } from "../../../services/department.service.js";
import type { Refusal } from "../../../services/practice-context.js";
import { displayName } from "../../../domain/profile/display-name.js";
import { quietly } from "../../../logging/quietly.js";

/** Answers a refused press with an alert, a refused command with a message. */
export async function refuse(ctx: PrivateContext, key: string): Promise<void> {
  if (ctx.callbackQuery)
    await quietly(() => ctx.answerCallbackQuery({ text: ctx.t(key), show_alert: true }), {
      reason: "coordinator: could not answer the button",
    });
  else await ctx.reply(ctx.t(key));
}

/** The message key of a service's refusal. */
export const refusalKey = (refusal: Refusal): string =>
  refusal.status === "forbidden" ? `placement-denied-${refusal.reason}` : "cp-department-not-found";

/**
 * The department the command is about: a department code as the first argument (required for the admin
 * and for staff of several departments), else the one department where the user holds a staff role.
 * Returns the department and the remaining arguments, or null after saying what to send.
 */
export async function resolveDepartment(
  ctx: PrivateContext,
  services: AppServices,
  action: Action,
  text: string,
): Promise<{ department: DepartmentSummary; rest: string[] } | null> {
  const resolved = await services.departments.resolveFromArgs(ctx.principal, action, text.split(/\s+/).filter(Boolean));
  if (!resolved) await ctx.reply(ctx.t("cp-department-needed", { command: commandOf(ctx, "students") }));
  return resolved;
}

/** The command the user sent (without the bot's @name), for examples in replies; `fallback` outside a command. */
export function commandOf(ctx: PrivateContext, fallback: string): string {
  return /^\/([A-Za-z0-9_]+)/.exec(ctx.msg?.text ?? "")?.[1] ?? fallback;
}

export function personName(user: {
  firstName: string;
  telegramId: number;
  fullName?: string | null | undefined;
  lastName?: string | null | undefined;
  username?: string | null | undefined;
}): string {
  const name = displayName(user) ?? `#${user.telegramId}`;
  return user.username ? `${name} (@${user.username})` : name;
}

/**
 * A page number and the page count as plain digits: Fluent would group them by locale ("1 000"), which reads as two
 * numbers in a "page N of M" line.
 */
export function pageNumbers(page: number, pages: number): { page: string; pages: string } {
  return { page: String(page + 1), pages: String(pages) };
}
