import type { MiddlewareFn } from "grammy";
import type { AppServices } from "../../src/services/app-services.js";
import type { PrivateContext, SceneContext } from "../../src/bot/context.js";
import { isLocale } from "../../src/bot/i18n.js";
import { SCENES } from "../ids.js";
import { createAsk, type SceneConversation } from "../support/ask.js";
import { checkChoice, type EligibilityCheck } from "./choices.js";
import type { EligibilityFlow } from "./flow.js";
import { createEligibilityKit, loadSituation } from "./kit.js";
import { honoursFlow } from "./honours.flow.js";
import { programmeChangeFlow } from "./programme-change.flow.js";
import { promotionFlow } from "./promotion.flow.js";
import { reinstatementFlow } from "./reinstatement.flow.js";
import { transferOutFlow } from "./transfer-out.flow.js";

/** One flow per check; a new check is a new file and a line here. */
export const ELIGIBILITY_FLOWS: Record<EligibilityCheck, EligibilityFlow> = {
  promotion: promotionFlow,
  programmeChange: programmeChangeFlow,
  transferOut: transferOutFlow,
  reinstatement: reinstatementFlow,
  honours: honoursFlow,
};

/**
 * `/eligibility`: the student picks a check (promotion, programme change, transfer to another
 * university, reinstatement, honours diploma), answers only the questions that check needs — values
 * from their profile and the coordinator's academic record are used instead of asking — and gets the
 * verdict with every criterion and its clause, the consequences and when to apply.
 * Today's date comes from `services.now()`; the next academic period and the vacations from the policy.
 */
export function buildEligibilityScene(services: AppServices, outside: MiddlewareFn<PrivateContext>) {
  return async function eligibility(conversation: SceneConversation, ctx: SceneContext): Promise<void> {
    const telegramId = ctx.from!.id;
    const ask = createAsk({ conversation, ctx, scene: SCENES.ELIGIBILITY, services, outside, giveUpKey: "elig-too-many-attempts" });
    const situation = await conversation.external(() => loadSituation(services, telegramId));
    const negotiated = await ctx.i18n.getLocale();
    const locale = isLocale(negotiated) ? negotiated : services.config.defaultLocale;
    const kit = createEligibilityKit({ conversation, ctx, ask, services, situation, locale });

    const check = await ask.choice(checkChoice, { question: "elig-choose-check" });
    const flow = ELIGIBILITY_FLOWS[check];
    const prefilled = flow.prefilled(kit);
    if (prefilled.length > 0) await ctx.reply([kit.t("elig-prefilled"), ...prefilled.map((line) => `• ${line}`)].join("\n"));
    await flow.run(kit);
  };
}
