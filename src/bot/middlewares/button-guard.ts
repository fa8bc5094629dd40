import type { MiddlewareFn } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import type { BotContext } from "../context.js";

/**
 * A button press counts only if that button is on the message it came from. Telegram sends the
 * message with its current keyboard, so crafted `callback_data` (a `lang:en` "pressed" under the
 * /help reply) is refused here, before scenes and features. Messages Telegram no longer shows in
 * full (older than 48 h, `date` 0) cannot be checked; their handlers still check authorization.
 */
export function buttonGuard(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const query = ctx.callbackQuery;
    const message = query?.message;
    if (!query || !message || message.date === 0) return next();
    const buttons: InlineKeyboardButton[] = ("reply_markup" in message ? message.reply_markup?.inline_keyboard : undefined)?.flat() ?? [];
    if (buttons.some((button) => "callback_data" in button && button.callback_data === query.data)) return next();
    await ctx.answerCallbackQuery({ text: ctx.t("errors-stale-button") });
  };
}
