import { Composer } from "grammy";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { commandMenu } from "../commands.js";
import { rolesOf } from "../../domain/access/roles.js";

/** `/help`: the commands of the user's roles, with their descriptions. */
export function helpFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();
  feature.command("help", async (ctx) => {
    const roles = rolesOf(ctx.user, services.config.adminTelegramIds);
    const lines = commandMenu(roles, (key) => ctx.t(key)).map(({ command, description }) => `/${command} — ${description}`);
    await ctx.reply([ctx.t("help-title"), "", ...lines].join("\n"));
  });
  return feature;
}
