import { Composer } from "grammy";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { ONBOARDING_SCENE } from "../../../scenes/ids.js";
import { isInvitationPayload, type AcceptResult } from "../../services/invitation.service.js";
import { askSupervisorConsent } from "./base.feature.js";

/** `/start [invitation]` opens the onboarding scene; a payload that is no invitation (`ref_x`) is ignored. */
export function startFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();
  feature.command("start", async (ctx) => {
    await ctx.conversation.exitAll();
    // The invitation is claimed before the scene starts: the scene's stored state (which keeps the
    // /start update) then only ever holds a code that is already used up.
    const payload = ctx.match.trim();
    // An organisation supervisor's link asks for consent first; it is claimed only on "Agree".
    if (isInvitationPayload(payload) && (await askSupervisorConsent(ctx, services, payload))) return;
    const invitation: AcceptResult | null = isInvitationPayload(payload) ? await services.invitations.accept(payload, ctx.from.id) : null;
    await ctx.conversation.enter(ONBOARDING_SCENE, invitation);
  });
  return feature;
}
