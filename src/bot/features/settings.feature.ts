import { Composer, InlineKeyboard } from "grammy";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { isMutableKind, REMINDER_KINDS, type MutableReminderKind } from "../../domain/reminders/reminder-kinds.js";
import type { ReminderSettings } from "../../persistence/repositories/user.repository.js";

/** Callback data of the /settings buttons: `set:lang`, `set:digest`, `set:transfer`, `set:mute:<kind>`. */
const SETTINGS_CALLBACK = /^set:(lang|digest|transfer|mute:([a-z-]{1,40}))$/;

const SUPERVISOR_ROLES = new Set(["universitySupervisor", "organisationSupervisor"]);

/** The optional reminder kinds this user receives (by their roles). */
function mutableKindsFor(roles: ReadonlySet<string>): MutableReminderKind[] {
  return REMINDER_KINDS.filter((k) => k.mode === "optional" && roles.has(k.audience))
    .map((k) => k.key)
    .filter(isMutableKind);
}

/** `/settings` («Уведомления», «Хабарламалар», "Notifications"): language, digest, muted reminders, transfer windows; stored on the user. */
export function settingsFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();

  function view(ctx: PrivateContext, settings: ReminderSettings): { text: string; keyboard: InlineKeyboard } {
    const roles = new Set(ctx.user.roles.map((g) => g.role));
    const keyboard = new InlineKeyboard().text(ctx.t("settings-language-button"), "set:lang").row();
    const on = (value: boolean) => (value ? "on" : "off");
    if ([...roles].some((r) => SUPERVISOR_ROLES.has(r)))
      keyboard.text(ctx.t("settings-digest-button", { state: on(settings.diaryDigest) }), "set:digest").row();
    for (const kind of mutableKindsFor(roles))
      keyboard.text(ctx.t("settings-kind-button", { kind, state: on(!settings.mutedReminders.includes(kind)) }), `set:mute:${kind}`).row();
    if (roles.has("student"))
      keyboard.text(ctx.t("settings-transfer-button", { state: on(settings.transferWindowReminders) }), "set:transfer").row();
    return { text: `${ctx.t("settings-title")}\n\n${ctx.t("settings-mandatory-note")}`, keyboard };
  }

  feature.command("settings", async (ctx) => {
    const { text, keyboard } = view(ctx, await services.db.users.reminderSettings(ctx.from.id));
    await ctx.reply(text, { reply_markup: keyboard });
  });

  feature.callbackQuery(SETTINGS_CALLBACK, async (ctx) => {
    const match = SETTINGS_CALLBACK.exec(ctx.callbackQuery.data);
    const action = match?.[1];
    const roles = new Set(ctx.user.roles.map((g) => g.role));
    const settings = await services.db.users.reminderSettings(ctx.from.id);
    if (action === "lang") {
      await ctx.answerCallbackQuery();
      await ctx.reply(ctx.t("settings-language-hint"));
      return;
    }
    if (action === "digest" && [...roles].some((r) => SUPERVISOR_ROLES.has(r))) {
      await services.db.users.setDiaryDigest(ctx.from.id, !settings.diaryDigest);
    } else if (action === "transfer" && roles.has("student")) {
      await services.db.users.setTransferWindowReminders(ctx.from.id, !settings.transferWindowReminders);
    } else if (match?.[2] !== undefined && isMutableKind(match[2]) && mutableKindsFor(roles).includes(match[2])) {
      await services.db.users.setReminderMuted(ctx.from.id, match[2], !settings.mutedReminders.includes(match[2]));
    } else {
      // A forged or stale button (a kind that cannot be muted, a role the user no longer has): nothing changes.
      await ctx.answerCallbackQuery({ text: ctx.t("settings-not-available") });
      return;
    }
    const { text, keyboard } = view(ctx, await services.db.users.reminderSettings(ctx.from.id));
    await ctx.answerCallbackQuery({ text: ctx.t("settings-saved") });
    await ctx.editMessageText(text, { reply_markup: keyboard });
  });
  return feature;
}
