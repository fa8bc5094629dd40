import { Composer, InlineKeyboard } from "grammy";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import type { SettingChoice, SettingsView } from "../../services/settings.service.js";

/** Callback data of the /settings buttons: `set:lang`, `set:digest`, `set:transfer`, `set:mute:<kind>`. */
const SETTINGS_CALLBACK = /^set:(lang|digest|transfer|mute:([a-z-]{1,40}))$/;

function render(ctx: PrivateContext, view: SettingsView): { text: string; keyboard: InlineKeyboard } {
  const { settings } = view;
  const keyboard = new InlineKeyboard().text(ctx.t("settings-language-button"), "set:lang").row();
  const on = (value: boolean) => (value ? "on" : "off");
  if (view.offersDigest) keyboard.text(ctx.t("settings-digest-button", { state: on(settings.diaryDigest) }), "set:digest").row();
  for (const kind of view.mutable)
    keyboard.text(ctx.t("settings-kind-button", { kind, state: on(!settings.mutedReminders.includes(kind)) }), `set:mute:${kind}`).row();
  if (view.offersTransfer)
    keyboard.text(ctx.t("settings-transfer-button", { state: on(settings.transferWindowReminders) }), "set:transfer").row();
  return { text: `${ctx.t("settings-title")}\n\n${ctx.t("settings-mandatory-note")}`, keyboard };
}

/** `/settings` («Уведомления», «Хабарламалар», "Notifications"): language, digest, muted reminders, transfer windows; stored on the user. */
export function settingsFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();

  feature.command("settings", async (ctx) => {
    const { text, keyboard } = render(ctx, await services.settings.view(ctx.principal));
    await ctx.reply(text, { reply_markup: keyboard });
  });

  feature.callbackQuery(SETTINGS_CALLBACK, async (ctx) => {
    const match = SETTINGS_CALLBACK.exec(ctx.callbackQuery.data);
    const action = match?.[1];
    if (action === "lang") {
      await ctx.answerCallbackQuery();
      await ctx.reply(ctx.t("settings-language-hint"));
      return;
    }
    const choice: SettingChoice =
      action === "digest"
        ? { kind: "digest" }
        : action === "transfer"
          ? { kind: "transfer" }
          : { kind: "mute", reminder: match?.[2] ?? "" };
    const result = await services.settings.toggle(ctx.principal, choice);
    if (result.status === "notAvailable") {
      // A forged or stale button (a kind that cannot be muted, a role the user no longer has): nothing changes.
      await ctx.answerCallbackQuery({ text: ctx.t("settings-not-available") });
      return;
    }
    const { text, keyboard } = render(ctx, result.view);
    await ctx.answerCallbackQuery({ text: ctx.t("settings-saved") });
    await ctx.editMessageText(text, { reply_markup: keyboard });
  });
  return feature;
}
