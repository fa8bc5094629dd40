import type { MiddlewareFn } from "grammy";
import type { AppServices } from "../../services/app-services.js";
import type { PrivateContext } from "../context.js";
import { localeFromTelegram } from "../i18n.js";

/** Loads the person behind the update, creating them on first contact (language from Telegram, if supported). */
export function loadUser(services: AppServices): MiddlewareFn<PrivateContext> {
  return async (ctx, next) => {
    const { user, principal } = await services.users.touch(ctx.from, localeFromTelegram(ctx.from.language_code));
    ctx.user = user;
    ctx.principal = principal;
    ctx.locale = ctx.user.language ?? services.config.defaultLocale;
    await next();
  };
}
