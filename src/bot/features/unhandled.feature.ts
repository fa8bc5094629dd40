import { Composer } from "grammy";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";

/** Last in line: answers stray buttons and messages nobody else handled. */
export function unhandledFeature(_services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();
  feature.on("callback_query", async (ctx) => {
    await ctx.answerCallbackQuery({ text: ctx.t("errors-stale-button") });
  });
  feature.on("message", async (ctx) => {
    const isCommand = ctx.message.text?.startsWith("/") ?? false;
    await ctx.reply(ctx.t(isCommand ? "unhandled-command" : "unhandled-message"));
  });
  return feature;
}
