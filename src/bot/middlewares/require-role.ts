import type { MiddlewareFn } from "grammy";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { rolesOf, type Role } from "../../domain/access/roles.js";

/** Lets the update through only when the stored user holds one of `allowed`; otherwise says so. */
export function requireRole(services: AppServices, allowed: readonly Role[]): MiddlewareFn<PrivateContext> {
  return async (ctx, next) => {
    const roles = rolesOf(ctx.user, services.config.adminTelegramIds);
    if (allowed.some((role) => roles.has(role))) return next();
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t("errors-not-allowed"), show_alert: true });
    else await ctx.reply(ctx.t("errors-not-allowed"));
  };
}
