import type { MiddlewareFn } from "grammy";
import type { PrivateContext, SceneContext } from "../../src/bot/context.js";
import type { AppServices } from "../../src/services/app-services.js";
import { SCENES } from "../ids.js";
import type { StaffNameArgs } from "../../src/bot/features/profile.feature.js";
import { createAsk, type SceneConversation } from "../support/ask.js";
import { askStaffName } from "./ask-name.js";

/** A staff member's full name for practice documents: after an organisation supervisor agrees, and from /me. */
export function buildStaffNameScene(services: AppServices, outside: MiddlewareFn<PrivateContext>) {
  return async function staffName(conversation: SceneConversation, ctx: SceneContext, args: StaffNameArgs | undefined): Promise<void> {
    const ask = createAsk({ conversation, ctx, scene: SCENES.STAFF_NAME, services, outside, giveUpKey: "staff-name-gave-up" });
    await askStaffName({ ask, conversation, ctx, services }, args?.suggestion ?? null);
  };
}
