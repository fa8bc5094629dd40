import { Composer } from "grammy";
import { z } from "zod";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { toAccessPrincipal } from "../../domain/access/roles.js";
import { quietly } from "../../logging/quietly.js";

/** The coordinator's Confirm / Refuse under a claim of an organisation supervisor's link (QP-06 5.12). */
export const CLAIM_DECISION_BUTTON = /^osc\.(ok|no):/;
const claimDecision = z.object({
  decision: z.enum(["ok", "no"]),
  placementId: z.string().regex(/^[a-f0-9]{24}$/),
  claimant: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
});

/**
 * Confirms or refuses a claimed organisation supervisor. The button names the placement and the
 * claimant; the service re-loads both, asks the access policy (the department's coordinator or the
 * admin) and acts only on the claim still waiting, so forged, stale and repeated presses change nothing.
 */
export function supervisorClaimsFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();
  // The claims still waiting (a coordinator who joined after the message was sent finds them here).
  feature.command("supervisor_claims", async (ctx) => {
    const listed = await services.placements.listSupervisorClaims(toAccessPrincipal(ctx.user, services.config.adminTelegramIds));
    if (listed.length === 0) {
      await ctx.reply(ctx.t("osv-claims-none"));
      return;
    }
    for (const { params, keyboard } of listed) {
      const rows = keyboard.map((row) => row.map((button) => ({ text: ctx.t(button.key), callback_data: button.callbackData })));
      await ctx.reply(ctx.t("osv-coordinator-claim", params), { reply_markup: { inline_keyboard: rows } });
    }
  });

  feature.callbackQuery(CLAIM_DECISION_BUTTON, async (ctx) => {
    const [decision, placementId, claimant] = ctx.callbackQuery.data.slice(4).split(":");
    const parsed = claimDecision.safeParse({ decision, placementId, claimant });
    if (!parsed.success) {
      await quietly(() => ctx.answerCallbackQuery({ text: ctx.t("errors-stale-button") }), {
        reason: "supervisor claims: could not answer the button",
        log: services.logger,
      });
      return;
    }
    const principal = toAccessPrincipal(ctx.user, services.config.adminTelegramIds);
    const { data } = parsed;
    const result = await services.placements.decideSupervisorClaim(
      principal,
      data.placementId,
      data.claimant,
      data.decision === "ok" ? "confirm" : "refuse",
    );
    let line: string;
    switch (result.status) {
      case "confirmed":
      case "refused":
        line = ctx.t(`osv-decided-${result.status}`, { claimant: result.claimant, student: result.student.fullName });
        break;
      case "stale":
        line = ctx.t("osv-decided-stale");
        break;
      case "forbidden":
        line = ctx.t(`placement-denied-${result.reason}`);
        break;
      case "notFound":
        line = ctx.t("cp-decision-not-found");
        break;
    }
    const decided = result.status === "confirmed" || result.status === "refused" || result.status === "stale";
    await quietly(() => ctx.answerCallbackQuery({ text: line, show_alert: !decided }), {
      reason: "supervisor claims: could not answer the button",
      log: services.logger,
    });
    if (decided) {
      const message = ctx.callbackQuery.message;
      const before = message && "text" in message && message.text ? `${message.text}\n\n` : "";
      await quietly(() => ctx.editMessageText(`${before}${line}`), {
        reason: "supervisor claims: could not edit the message",
        log: services.logger,
      });
    }
  });
  return feature;
}
