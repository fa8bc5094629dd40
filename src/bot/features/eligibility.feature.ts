import { Composer } from "grammy";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { ELIGIBILITY_SCENE } from "../../../scenes/ids.js";

/** `/eligibility` opens the eligibility-check scene (any other scene is left first). */
export function eligibilityFeature(_services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();
  feature.command("eligibility", async (ctx) => {
    await ctx.conversation.exitAll();
    await ctx.conversation.enter(ELIGIBILITY_SCENE);
  });
  return feature;
}
