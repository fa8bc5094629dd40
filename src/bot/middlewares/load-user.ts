import type { MiddlewareFn } from "grammy";
import type { AppServices } from "../../services/app-services.js";
import type { PrivateContext } from "../context.js";
import { localeFromTelegram } from "../i18n.js";
import type { SceneStorage } from "../scene-storage.js";

/**
 * Loads the person behind the update, creating them on first contact (language from Telegram, if supported),
 * together with their chat's stored scene state, which the conversations plugin then takes from `scenes`
 * instead of reading it again.
 */
export function loadUser(services: AppServices, scenes: Pick<SceneStorage, "withPreloaded" | "key">): MiddlewareFn<PrivateContext> {
  return async (ctx, next) => {
    const { user, principal, sceneState } = await services.users.arrive(
      ctx.from,
      localeFromTelegram(ctx.from.language_code),
      scenes.key(ctx) ?? "",
    );
    ctx.user = user;
    ctx.principal = principal;
    ctx.locale = ctx.user.language ?? services.config.defaultLocale;
    await scenes.withPreloaded(ctx, sceneState, next);
  };
}
