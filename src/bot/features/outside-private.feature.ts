import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { localeFromTelegram } from "../i18n.js";

/**
 * Updates from groups, channels and inline messages. The bot works in private chats only: a button
 * pressed there is answered (or the client's spinner keeps turning), and a group is told once.
 */
export function outsidePrivateChats(services: AppServices): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const t = (ctx: BotContext, key: string, params?: Record<string, string>): string =>
    services.i18n.t(localeFromTelegram(ctx.from?.language_code) ?? services.config.defaultLocale, key, params);

  feature.on("callback_query", async (ctx) => {
    await ctx.answerCallbackQuery({ text: t(ctx, "errors-private-only"), show_alert: true });
  });
  feature.chatType(["group", "supergroup"]).on("message", async (ctx) => {
    const addressed = ctx.message.text?.startsWith("/") || ctx.message.new_chat_members?.some((m) => m.id === ctx.me.id);
    if (!addressed) return;
    if (await services.users.noteOnce(`private-only:${ctx.chat.id}`)) {
      await ctx.reply(t(ctx, "errors-private-only-group", { bot: ctx.me.username }), {
        link_preview_options: { is_disabled: true },
      });
    }
  });
  return feature;
}
