import type { MiddlewareFn } from "grammy";
import type { AppServices } from "../../services/app-services.js";
import type { PrivateContext } from "../context.js";
import { heldRoles, type AccessPrincipal } from "../../domain/access/roles.js";
import type { Locale } from "../../config/config.js";
import { commandMenuKey, publishChatMenu } from "../commands.js";

/**
 * Keeps each person's command menu (`setMyCommands` for their chat) equal to the commands of the roles
 * they hold, in their language. Checked before the update against the stored user (a role granted or
 * revoked since, a language changed), and after it when the update may have changed them: `/start`
 * claims an invitation, a language button switches the language. A failure to publish is logged and
 * retried on the next update; the update itself goes on.
 */
export function commandMenuSync(services: AppServices): MiddlewareFn<PrivateContext> {
  async function sync(ctx: PrivateContext, principal: AccessPrincipal, locale: Locale, shown: string | null): Promise<string | null> {
    const roles = heldRoles(principal);
    const wanted = commandMenuKey(roles, locale);
    if (wanted === shown) return shown;
    try {
      await publishChatMenu(ctx.api, ctx.chat.id, roles, (key) => services.i18n.t(locale, key));
      await services.users.recordCommandMenu(principal.telegramId, wanted);
      return wanted;
    } catch (error) {
      services.logger.warn(
        { updateId: ctx.update.update_id, err: error instanceof Error ? error.message : "error" },
        "command menu not published",
      );
      return shown;
    }
  }

  return async (ctx, next) => {
    const shown = await sync(ctx, ctx.principal, ctx.locale, ctx.user.commandMenu ?? null);
    const locale = ctx.locale;
    await next();
    const claimed = ctx.message?.text?.startsWith("/start ") ?? false;
    if (!claimed && ctx.locale === locale) return;
    const now = claimed ? await services.users.reload(ctx.from.id) : null;
    await sync(ctx, now?.principal ?? ctx.principal, ctx.locale, shown);
  };
}
