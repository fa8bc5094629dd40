import type { Composer } from "grammy";
import { createConversation } from "@grammyjs/conversations";
import type { AppServices } from "../src/services/app-services.js";
import type { PrivateContext, SceneContext } from "../src/bot/context.js";
import { buildOnboardingScene } from "./onboarding.scene.js";
import { buildEligibilityScene } from "./eligibility.scene.js";
import { SCENES } from "./ids.js";

/** Registers every scene on the composer (after the conversations plugin). */
export function installScenes(composer: Composer<PrivateContext>, services: AppServices): void {
  composer.use(createConversation<PrivateContext, SceneContext>(buildOnboardingScene(services), { id: SCENES.ONBOARDING.id }));
  composer.use(createConversation<PrivateContext, SceneContext>(buildEligibilityScene(services), { id: SCENES.ELIGIBILITY.id }));
}
