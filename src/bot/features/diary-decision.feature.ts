import { Composer } from "grammy";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { diaryDecision } from "../decision-buttons.js";
import { SCENES } from "../../../scenes/ids.js";
import type { ReturnSceneArgs } from "../../../scenes/supervision/index.js";
import { decisionKeyboard, renderEntryDecision, type DecisionOutcome } from "../views/diary-supervision.view.js";
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
 * Approve / Return on a diary-entry notification (QP-06 5.11, 5.12): the press is parsed (forged →
 * stale) and handed to one service method, which asks the access policy and decides on the version
 * the message showed. Return asks for the reason in a short scene.
 */
export function diaryDecisionFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();
  const clock = () => ({ now: services.now(), timeZone: services.config.timezone });
  feature.callbackQuery(diaryDecision.filter, async (ctx) => {
    const press = diaryDecision.parse(ctx.callbackQuery.data);
    if (!press) {
      await ctx.answerCallbackQuery({ text: ctx.t("errors-stale-button") });
      return;
    }
    if (press.decision === "ret") {
      const check = await services.diaryUseCases.decisions.checkReturnable(ctx.user, press);
      if (check.status !== "ask") {
        if (check.status !== "invalidReason") await showDecisionOutcome(ctx, renderEntryDecision(check, clock()), services.logger);
        return;
      }
      await ctx.answerCallbackQuery();
      await ctx.conversation.exitAll();
      const args: ReturnSceneArgs = { entryId: press.id, version: press.version, messageId: ctx.callbackQuery.message?.message_id ?? null };
      await ctx.conversation.enter(SCENES.DIARY_RETURN.id, args);
      return;
    }
    const outcome = await services.diaryUseCases.decisions.decideOnEntry(ctx.user, press);
    if (outcome.status === "invalidReason") return;
    await showDecisionOutcome(ctx, renderEntryDecision(outcome, clock()), services.logger);
  });
  return feature;
}
