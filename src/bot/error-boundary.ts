import { BotError, GrammyError, HttpError, type Bot, type Composer } from "grammy";
import { isLocale, localeFromTelegram } from "./i18n.js";
import type { AppServices } from "../services/app-services.js";
import type { BotContext } from "./context.js";
import { scrub } from "../logging/logger.js";
import { isDatabaseUnavailable } from "../db/fail-fast.js";

/**
 * The one error boundary: logs with the update id (never the token), tells the user in their
 * language that something failed and what to do, and lets the bot go on serving. Everything the bot
 * does is installed on the returned composer, so no error escapes `handleUpdate` (a webhook
 * answering 500 would make Telegram resend the update again and again).
 */
export function installErrorBoundary(bot: Bot<BotContext>, services: AppServices): Composer<BotContext> {
  return bot.errorBoundary(async (error: BotError<BotContext>) => {
    const { ctx } = error;
    const cause = error.error;
    const unavailable = isDatabaseUnavailable(cause);
    const kind = unavailable ? "database" : cause instanceof GrammyError ? "telegram" : cause instanceof HttpError ? "network" : "handler";
    const message = cause instanceof Error ? cause.message : String(cause);
    services.logger.error(
      {
        updateId: ctx.update.update_id,
        kind,
        err: {
          message: scrub(message, [services.config.botToken]),
          stack: scrub(String((cause as Error)?.stack ?? ""), [services.config.botToken]),
        },
      },
      "update failed",
    );
    const locale =
      (isLocale(ctx.locale) ? ctx.locale : null) ?? localeFromTelegram(ctx.from?.language_code) ?? services.config.defaultLocale;
    // Staff are the ones students are sent to; they are sent to the system's administrators instead.
    const staff = ctx.user?.roles.some((grant) => grant.role !== "student") ?? false;
    // The database could not be reached: nothing of the last message was kept, so it must be sent again.
    const text = services.i18n.t(locale, unavailable ? "errors-not-saved" : staff ? "errors-generic-staff" : "errors-generic");
    try {
      // A button that was already answered cannot show an alert any more: fall back to a message.
      const alerted = ctx.callbackQuery
        ? await ctx.answerCallbackQuery({ text, show_alert: true }).then(
            () => true,
            () => false,
          )
        : false;
      if (!alerted && ctx.chat) await ctx.api.sendMessage(ctx.chat.id, text);
    } catch (replyError) {
      services.logger.warn(
        { updateId: ctx.update.update_id, err: scrub(String(replyError), [services.config.botToken]) },
        "could not tell the user about the failure",
      );
    }
  });
}
