import { Composer } from "grammy";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { can } from "../../domain/access/policy.js";
import { toAccessPrincipal } from "../../domain/access/roles.js";
import { placementTarget } from "../../services/placement.service.js";
import { placementDecision } from "../decision-buttons.js";
import { notifyStudentOfDecision, outcomeText, showOutcome } from "../placement-outcome.js";
import { SCENES } from "../../../scenes/ids.js";
import { quietly } from "../../logging/quietly.js";

/** What the return scene needs: the placement and version the coordinator saw, and the message to update. */
export interface PlacementReturnArgs {
  id: string;
  version: number;
  chatId: number;
  messageId: number | null;
  messageText: string;
}

/**
 * The coordinator's Approve / Return presses on a submitted placement (QP-06 4.3–4.5; 6B03104 §9.1),
 * from the notification or from /bases. The press is never trusted: the service re-loads the
 * placement, asks the access policy and updates only the version shown.
 */
export function placementDecisionsFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();

  feature.callbackQuery(placementDecision.filter, async (ctx) => {
    const press = placementDecision.parse(ctx.callbackQuery.data);
    if (!press) {
      await quietly(() => ctx.answerCallbackQuery({ text: ctx.t("errors-stale-button") }), {
        reason: "placement decision: could not answer the button",
        log: services.logger,
      });
      return;
    }
    const principal = toAccessPrincipal(ctx.user, services.config.adminTelegramIds);
    if (press.decision === "ok") {
      const result = await services.placements.approve(principal, press.id, press.version);
      await notifyStudentOfDecision(services, result);
      await showOutcome(ctx, services, result);
      return;
    }
    // Return: checked now, so a stale or foreign button never asks for a reason; the service checks again.
    const details = await services.placements.getPlacement(principal, press.id);
    if (details.status !== "ok") {
      const line = outcomeText(ctx.t.bind(ctx), details.status === "forbidden" ? details : { status: "notFound" });
      await quietly(() => ctx.answerCallbackQuery({ text: line, show_alert: true }), {
        reason: "placement decision: could not answer the button",
        log: services.logger,
      });
      return;
    }
    const decision = can(principal, "returnPlacement", placementTarget(details.placement, details.student));
    if (!decision.allowed) {
      await quietly(() => ctx.answerCallbackQuery({ text: ctx.t(`placement-denied-${decision.reason}`), show_alert: true }), {
        reason: "placement decision: could not answer the button",
        log: services.logger,
      });
      return;
    }
    const { placement } = details;
    if (placement.status !== "submitted" || placement.version !== press.version) {
      const status = placement.status === "submitted" ? "changed" : placement.status === "draft" ? "notSubmitted" : "alreadyDecided";
      const organisationName = details.organisation?.fullName ?? null;
      await showOutcome(ctx, services, { status, placement, studentName: details.student.fullName, organisationName });
      return;
    }
    await quietly(() => ctx.answerCallbackQuery(), { reason: "placement decision: could not answer the button", log: services.logger });
    const message = ctx.callbackQuery.message;
    const args: PlacementReturnArgs = {
      id: press.id,
      version: press.version,
      chatId: ctx.chat.id,
      messageId: message?.message_id ?? null,
      messageText: message && "text" in message && message.text ? message.text : "",
    };
    await ctx.conversation.enter(SCENES.PLACEMENT_RETURN.id, args);
  });

  return feature;
}
