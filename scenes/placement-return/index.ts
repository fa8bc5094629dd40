import type { MiddlewareFn } from "grammy";
import type { AppServices } from "../../src/services/app-services.js";
import type { PrivateContext, SceneContext } from "../../src/bot/context.js";
import { checkText } from "../../src/domain/practice/contacts.js";
import type { PlacementReturnArgs } from "../../src/bot/features/placement-decisions.feature.js";
import { notifyStudentOfDecision, outcomeOf, outcomeText, type DecisionOutcome } from "../../src/bot/placement-outcome.js";
import { SCENES } from "../ids.js";
import { createAsk, type SceneConversation } from "../support/ask.js";
import { quietly } from "../../src/logging/quietly.js";

/** The reason a student sees is 1–500 characters (placement.service returnForRevision). */
export const RETURN_REASON_LIMITS = { min: 3, max: 500 } as const;

/**
 * "Return (with a reason)" (QP-06 4.3–4.5): asks the coordinator why, returns the version they saw,
 * tells the student the reason and shows the outcome on the message that carried the buttons.
 */
export function buildPlacementReturnScene(services: AppServices, outside: MiddlewareFn<PrivateContext>) {
  return async function placementReturn(conversation: SceneConversation, ctx: SceneContext, args: PlacementReturnArgs): Promise<void> {
    const ask = createAsk({
      conversation,
      ctx,
      scene: SCENES.PLACEMENT_RETURN,
      services,
      outside,
      giveUpKey: "cp-return-too-many-attempts",
    });
    const reason = await ask.text({
      question: "cp-return-ask-reason",
      params: { max: RETURN_REASON_LIMITS.max },
      check: (text) => checkText(text, RETURN_REASON_LIMITS),
      errorPrefix: "placement-text",
    });
    const telegramId = ctx.from!.id;
    const outcome = await conversation.external(async (): Promise<DecisionOutcome> => {
      const principal = await services.people.principalOf(telegramId);
      const result = await services.placements.returnForRevision(principal, args.id, args.version, reason);
      await notifyStudentOfDecision(services, result, reason);
      return outcomeOf(result);
    });
    const line = outcomeText(ctx.t.bind(ctx), outcome);
    if (args.messageId !== null && (outcome.status === "returned" || outcome.status === "alreadyDecided")) {
      const messageId = args.messageId;
      const before = args.messageText ? `${args.messageText}\n\n` : "";
      await quietly(() => ctx.api.editMessageText(args.chatId, messageId, `${before}${line}`), {
        reason: "placement return: could not show the outcome",
      });
    }
    await ctx.reply(outcome.status === "returned" ? ctx.t("cp-return-done", { student: outcome.studentName ?? "—", reason }) : line);
  };
}
