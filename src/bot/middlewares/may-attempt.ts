import type { MiddlewareFn } from "grammy";
import type { PrivateContext } from "../context.js";
import { mayAttempt, type Action } from "../../domain/access/policy.js";

/**
 * Lets a staff command through only when the person holds a role the policy ever grants one of `actions`
 * to; otherwise says so. The service behind the command still asks `can()` about the actual target.
 */
export function allowAttempt(...actions: readonly Action[]): MiddlewareFn<PrivateContext> {
  return async (ctx, next) => {
    if (actions.some((action) => mayAttempt(ctx.principal, action))) return next();
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t("errors-not-allowed"), show_alert: true });
    else await ctx.reply(ctx.t("errors-not-allowed"));
  };
}
