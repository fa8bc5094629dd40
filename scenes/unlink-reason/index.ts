import type { MiddlewareFn } from "grammy";
import type { AppServices } from "../../src/services/app-services.js";
import type { PrivateContext, SceneContext } from "../../src/bot/context.js";
import { checkText } from "../../src/domain/practice/contacts.js";
import { UNLINK_REASON_LIMITS, type UnlinkResult } from "../../src/services/staff-roles.service.js";
import { unlinkOutcomeText, type UnlinkArgs } from "../../src/bot/features/staff-roles.feature.js";
import { formatDate } from "../../src/bot/format.js";
import { isLocale } from "../../src/bot/i18n.js";
import { SCENES } from "../ids.js";
import { createAsk, type SceneConversation } from "../support/ask.js";

/**
 * "Unlink the Telegram account" on a student's card: asks the coordinator why (the account reads it, and it is
 * kept on the student's record), then unlinks through the service, which asks `can()` at that moment.
 */
export function buildUnlinkReasonScene(services: AppServices, outside: MiddlewareFn<PrivateContext>) {
  return async function unlinkReason(conversation: SceneConversation, ctx: SceneContext, args: UnlinkArgs): Promise<void> {
    const ask = createAsk({
      conversation,
      ctx,
      scene: SCENES.UNLINK_REASON,
      services,
      outside,
      giveUpKey: "staff-roles-unlink-too-many-attempts",
    });
    const reason = await ask.text({
      question: "staff-roles-unlink-ask-reason",
      params: { studentNumber: args.studentNumber, max: UNLINK_REASON_LIMITS.max },
      check: (text) => checkText(text, UNLINK_REASON_LIMITS),
      errorPrefix: "placement-text",
    });
    const telegramId = ctx.from!.id;
    const botUsername = ctx.me.username;
    const result = await conversation.external(async (): Promise<UnlinkResult> => {
      const principal = await services.people.principalOf(telegramId);
      return services.staffRoles.unlinkAccount(principal, { studentNumber: args.studentNumber, reason, botUsername });
    });
    const negotiated = await ctx.i18n.getLocale();
    const locale = isLocale(negotiated) ? negotiated : services.config.defaultLocale;
    const expires = result.status === "unlinked" ? formatDate(new Date(result.expiresAt), locale, services.config.timezone) : "";
    await ctx.reply(unlinkOutcomeText(ctx.t.bind(ctx), result, args.studentNumber, expires), {
      link_preview_options: { is_disabled: true },
    });
  };
}
