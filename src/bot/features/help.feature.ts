import { Composer } from "grammy";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { commandMenu } from "../commands.js";
import { heldRoles } from "../../domain/access/roles.js";

/** `/help`: the commands of every role the person holds, with their descriptions, in their language (the same list as their command menu). */
export function helpFeature(_services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();
  feature.command("help", async (ctx) => {
    const roles = heldRoles(ctx.principal);
    const lines = commandMenu(roles, (key) => ctx.t(key)).map(({ command, description }) => `/${command} — ${description}`);
    await ctx.reply([ctx.t("help-title"), "", ...lines].join("\n"));
  });
  return feature;
}
