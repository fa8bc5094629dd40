import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { commandsFor } from "../commands.js";
import { rolesOf } from "../../domain/access/roles.js";

/** `/help`: the commands of the user's roles, with their descriptions. */
export function helpFeature(services: AppServices): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command("help", async (ctx) => {
    const roles = ctx.user ? rolesOf(ctx.user, services.config.adminTelegramIds) : new Set<never>();
    const lines = commandsFor(roles).map(({ command }) => `/${command} — ${ctx.t(`cmd-${command}.description`)}`);
    await ctx.reply([ctx.t("help-title"), "", ...lines].join("\n"));
  });
  return feature;
}
