import { Keyboard, type MiddlewareFn } from "grammy";
import type { PrivateContext, SceneContext } from "../../src/bot/context.js";
import type { AppServices } from "../../src/services/app-services.js";
import type { ClaimName, ClaimRefusal, ClaimResult, SharedContact } from "../../src/services/placement.service.js";
import { SCENES } from "../ids.js";
import { askDocumentName } from "../staff-name/ask-name.js";
import { createAsk, type Ask, type SceneConversation } from "../support/ask.js";

/** What the scene is entered with: the organisation supervisor's link the person agreed to. */
export interface SupervisorClaimArgs {
  code: string;
}

const REMOVE_KEYBOARD = { reply_markup: { remove_keyboard: true as const } };

/** The contact of the sender's own account, shared with the button (Telegram sends the verified phone). */
function askOwnContact(ask: Ask): Promise<SharedContact> {
  return ask.question<SharedContact>({
    prompt: (t) => ({
      text: t("osv-ask-contact"),
      keyboard: new Keyboard().requestContact(t("osv-share-contact-button")).resized().oneTime(),
    }),
    message(answer) {
      const contact = answer.message?.contact;
      if (!contact) return Promise.resolve({ ok: false, text: answer.t("osv-contact-needed") });
      if (contact.user_id === undefined || contact.user_id !== answer.from?.id) {
        return Promise.resolve({ ok: false, text: answer.t("osv-contact-not-own") });
      }
      return Promise.resolve({ ok: true, value: { userId: contact.user_id, phoneNumber: contact.phone_number } });
    },
  });
}

/** The reply to the claim's outcome. */
function replyOf(ctx: SceneContext, result: ClaimResult | ClaimRefusal): string {
  switch (result.status) {
    case "confirmed":
    case "pending": {
      const params = {
        student: result.student.fullName,
        organisation: result.organisation,
        practiceType: ctx.t(`placement-type-${result.placement.practiceType}`),
      };
      if (result.status === "confirmed") return ctx.t("base-consent-accepted", params);
      return ctx.t(result.replacing ? "osv-claim-pending-replacing" : "osv-claim-pending", params);
    }
    case "ownStudent":
    case "studentPhone":
    case "notOwnContact":
    case "badPhone":
      return ctx.t(`osv-refused-${result.status}`);
    case "nameNeeded":
    case "invalid":
      return ctx.t("invite-invalid");
    case "used":
    case "expired":
    case "revoked":
      return ctx.t(`invite-${result.status}`);
  }
}

/**
 * An organisation supervisor joins through their link (QP-06 5.12; 6B03104 §9.1): their own Telegram
 * contact (the verified phone) → the name for documents (offered from the agreement by one tap only
 * when the phone matched; otherwise typed) → one service call that claims the link, parked until the
 * department confirms it unless the policy lets a matching phone confirm it at once.
 */
export function buildSupervisorClaimScene(services: AppServices, outside: MiddlewareFn<PrivateContext>) {
  return async function supervisorClaim(
    conversation: SceneConversation,
    ctx: SceneContext,
    args: SupervisorClaimArgs | undefined,
  ): Promise<void> {
    if (!args) return;
    const telegramId = ctx.from!.id;
    const ask = createAsk({ conversation, ctx, scene: SCENES.SUPERVISOR_CLAIM, services, outside, giveUpKey: "osv-gave-up" });
    const contact = await askOwnContact(ask);
    const checked = await conversation.external(() => services.placements.checkSupervisorContact(telegramId, args.code, contact));
    if (checked.status !== "ok") {
      await ctx.reply(replyOf(ctx, checked), REMOVE_KEYBOARD);
      return;
    }
    await ctx.reply(ctx.t("osv-contact-received", { phone: checked.phone }), REMOVE_KEYBOARD);
    let name: ClaimName = { kind: "kept" };
    if (!checked.hasName) {
      const answer = await askDocumentName(ask, checked.agreementName);
      name = answer.kind === "suggested" ? { kind: "agreement" } : { kind: "typed", value: answer.value };
    }
    const result = await conversation.external(() => services.placements.claimSupervisorLink(telegramId, args.code, contact, name));
    const claimed = result.status === "confirmed" || result.status === "pending";
    const named = name.kind === "typed" ? name.value : name.kind === "agreement" ? checked.agreementName : null;
    if (claimed && named) await ctx.reply(ctx.t("staff-name-saved", { name: named }));
    await ctx.reply(replyOf(ctx, result));
  };
}
