import { Composer } from "grammy";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { diaryDecision } from "../decision-buttons.js";
import { SCENES } from "../../../scenes/ids.js";
import type { ReturnSceneArgs } from "../../../scenes/supervision/index.js";
import { checkReturnable, decideOnEntry, decisionKeyboard, type DecisionOutcome } from "../views/diary-supervision.view.js";
import { quietly } from "../../logging/quietly.js";
import { renderMessage } from "../format.js";

/** Answers the press, shows the outcome on the notification, offers the current version when the entry changed. */
export async function showDecisionOutcome(ctx: PrivateContext, outcome: DecisionOutcome, log: AppServices["logger"]): Promise<void> {
  await quietly(
    () => ctx.answerCallbackQuery({ text: renderMessage(ctx, [outcome.toast]).slice(0, 200), show_alert: outcome.alert ?? false }),
    {
      reason: "diary decision: could not answer the button",
      log,
    },
  );
  const edit = outcome.edit;
  if (edit)
    await quietly(() => ctx.editMessageText(renderMessage(ctx, edit)), {
      reason: "diary decision: could not edit the message",
      log,
    });
  if (outcome.current) {
    await ctx.reply(renderMessage(ctx, outcome.current.text), {
      reply_markup: decisionKeyboard((key) => ctx.t(key), outcome.current.entryId, outcome.current.version),
    });
  }
}

/**
 * Approve / Return on a diary-entry notification (QP-06 5.11, 6.2): the press is parsed (forged →
 * stale), the entry and its placement re-loaded, access decided on the server and the version the
 * message showed compared in one atomic update. Return asks for the reason in a short scene.
 */
export function diaryDecisionFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();
  feature.callbackQuery(diaryDecision.filter, async (ctx) => {
    const press = diaryDecision.parse(ctx.callbackQuery.data);
    if (!press) {
      await ctx.answerCallbackQuery({ text: ctx.t("errors-stale-button") });
      return;
    }
    if (press.decision === "ret") {
      const refusal = await checkReturnable(services, ctx.user, press);
      if (refusal) {
        await showDecisionOutcome(ctx, refusal, services.logger);
        return;
      }
      await ctx.answerCallbackQuery();
      await ctx.conversation.exitAll();
      const args: ReturnSceneArgs = { entryId: press.id, version: press.version, messageId: ctx.callbackQuery.message?.message_id ?? null };
      await ctx.conversation.enter(SCENES.DIARY_RETURN.id, args);
      return;
    }
    const outcome = await decideOnEntry(services, ctx.user, press);
    if ("invalidReason" in outcome) return;
    await showDecisionOutcome(ctx, outcome, services.logger);
  });
  return feature;
}
