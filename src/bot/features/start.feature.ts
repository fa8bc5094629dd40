import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import type { AppServices } from "../create-bot.js";
import { ONBOARDING_SCENE } from "../../../scenes/onboarding.scene.js";

/** `/start [invitation]` opens the onboarding scene. */
export function startFeature(_services: AppServices): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command("start", async (ctx) => {
    await ctx.conversation.exitAll();
    await ctx.conversation.enter(ONBOARDING_SCENE, ctx.match.trim().slice(0, 64));
  });
  return feature;
}
