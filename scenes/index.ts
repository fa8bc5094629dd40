import type { Composer } from "grammy";
import { createConversation } from "@grammyjs/conversations";
import type { AppServices } from "../src/bot/create-bot.js";
import type { BotContext, SceneContext } from "../src/bot/context.js";
import { buildOnboardingScene, ONBOARDING_SCENE } from "./onboarding.scene.js";
import { buildEligibilityScene, ELIGIBILITY_SCENE } from "./eligibility.scene.js";

/**
 * Version of the stored scene state. Bump it whenever a scene changes the order or number of its
 * steps: stored conversations of another version are dropped instead of replayed wrongly.
 */
export const SCENE_STATE_VERSION = 2;

/** Registers every scene on the composer (after the conversations plugin). */
export function installScenes(composer: Composer<BotContext>, services: AppServices): void {
  composer.use(createConversation<BotContext, SceneContext>(buildOnboardingScene(services), { id: ONBOARDING_SCENE }));
  composer.use(createConversation<BotContext, SceneContext>(buildEligibilityScene(services), { id: ELIGIBILITY_SCENE }));
}
