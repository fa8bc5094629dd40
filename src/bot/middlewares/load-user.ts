import type { MiddlewareFn } from "grammy";
import type { AppServices } from "../../services/app-services.js";
import type { BotContext } from "../context.js";
import { localeFromTelegram } from "../i18n.js";

/** Loads the user behind the update, creating them on first contact (language from Telegram, if supported). */
export function loadUser(services: AppServices): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    ctx.user = null;
    ctx.locale = services.config.defaultLocale;
    if (ctx.from && !ctx.from.is_bot) {
      ctx.user = await services.db.users.touch(ctx.from, localeFromTelegram(ctx.from.language_code));
      ctx.locale = ctx.user.language ?? services.config.defaultLocale;
    }
    await next();
  };
}
