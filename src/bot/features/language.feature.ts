import { Composer } from "grammy";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { languageChoice, languageKeyboard } from "../keyboards/language.keyboard.js";

/** `/language`: switch the interface language with buttons; stored on the user. */
export function languageFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();
  feature.command("language", async (ctx) => {
    await ctx.reply(ctx.t("language-choose"), {
      reply_markup: languageKeyboard((locale) => services.i18n.t(locale, "language-name")),
    });
  });
  feature.callbackQuery(languageChoice.filter, async (ctx) => {
    const locale = languageChoice.parse(ctx.callbackQuery.data);
    if (!locale) {
      await ctx.answerCallbackQuery({ text: ctx.t("errors-stale-button") });
      return;
    }
    await services.users.setLanguage(ctx.from.id, locale);
    ctx.i18n.useLocale(locale);
    ctx.locale = locale;
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t("language-changed"));
  });
  return feature;
}
