import { Composer, InlineKeyboard, InputFile } from "grammy";
import { z } from "zod";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { toAccessPrincipal } from "../../domain/access/roles.js";
import { quietly } from "../../logging/quietly.js";
import { CALLBACK_PREFIXES, defineCallback, objectIdField, onCallback } from "../callback-data.js";

/** The person's own "send the deletion request" (no state: a second request is refused by the service). */
export const privacyRequestButton = defineCallback({
  prefix: CALLBACK_PREFIXES.privacyRequest,
  schema: z.object({ go: z.literal("send") }),
});
/** The coordinator's Confirm / Refuse; the same layout as `deletionDecisionData` (src/domain/privacy/retention.ts). */
export const privacyDecisionButton = defineCallback({
  prefix: CALLBACK_PREFIXES.privacyDecision,
  schema: z.object({
    decision: z.enum(["ok", "no"]),
    requestId: objectIdField,
    version: z.coerce.number().int().min(1).max(1_000_000),
  }),
});

/**
 * `/mydata` (a JSON file of everything stored about the person) and `/forgetme` (a deletion request to the
 * department's coordinator, who confirms or refuses it under the message; the law on personal data, QP-06 6.12).
 */
export function privacyFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();
  const principalOf = (ctx: PrivateContext) => toAccessPrincipal(ctx.user, services.config.adminTelegramIds);

  feature.command("mydata", async (ctx) => {
    const result = await services.privacy.exportMyData(principalOf(ctx));
    if (result.status === "forbidden") {
      await ctx.reply(ctx.t(`placement-denied-${result.reason}`));
      return;
    }
    await ctx.replyWithDocument(new InputFile(Buffer.from(result.json, "utf8"), result.fileName), {
      caption: ctx.t("privacy-mydata-caption"),
    });
  });

  feature.command("forgetme", async (ctx) => {
    await ctx.reply(ctx.t("privacy-forget-explain"), {
      reply_markup: new InlineKeyboard().text(ctx.t("privacy-send-request-button"), privacyRequestButton.pack({ go: "send" })),
    });
  });

  onCallback(feature, privacyRequestButton, async (ctx) => {
    const result = await services.privacy.requestDeletion(principalOf(ctx));
    let line: string;
    switch (result.status) {
      case "requested":
        line = ctx.t("privacy-request-sent");
        break;
      case "alreadyOpen":
        line = ctx.t("privacy-request-already-open");
        break;
      case "forbidden":
        line = ctx.t(`placement-denied-${result.reason}`);
        break;
    }
    await quietly(() => ctx.answerCallbackQuery(), { reason: "privacy: could not answer the button", log: services.logger });
    await quietly(() => ctx.editMessageReplyMarkup(), { reason: "privacy: could not remove the button", log: services.logger });
    await ctx.reply(line);
  });

  onCallback(feature, privacyDecisionButton, async (ctx, payload) => {
    const result = await services.privacy.decideDeletion(
      principalOf(ctx),
      payload.requestId,
      payload.version,
      payload.decision === "ok" ? "confirm" : "refuse",
    );
    let line: string;
    switch (result.status) {
      case "confirmed":
        line = ctx.t("privacy-decided-confirmed");
        break;
      case "refused":
        line = ctx.t("privacy-decided-refused");
        break;
      case "stale":
        line = ctx.t("privacy-decided-stale");
        break;
      case "notFound":
        line = ctx.t("privacy-decided-not-found");
        break;
      case "forbidden":
        line = ctx.t(`placement-denied-${result.reason}`);
        break;
    }
    const decided = result.status === "confirmed" || result.status === "refused" || result.status === "stale";
    await quietly(() => ctx.answerCallbackQuery({ text: line, show_alert: !decided }), {
      reason: "privacy: could not answer the button",
      log: services.logger,
    });
    if (decided) {
      const message = ctx.callbackQuery.message;
      const before = message && "text" in message && message.text ? `${message.text}\n\n` : "";
      await quietly(() => ctx.editMessageText(`${before}${line}`), { reason: "privacy: could not edit the message", log: services.logger });
    }
  });
  return feature;
}
