import { Composer, InlineKeyboard } from "grammy";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { allowAttempt } from "../middlewares/may-attempt.js";
import { toAccessPrincipal } from "../../domain/access/roles.js";
import { BroadcastAccessError } from "../../services/broadcast.service.js";
import { BROADCAST_SCENE } from "../../../scenes/ids.js";
import { formatDateTime } from "../format.js";
import {
  broadcastButtons,
  recipientLabel,
  figuresKey,
  PROGRESS_EDIT_INTERVAL_MS,
  progressKeyboard,
  progressText,
} from "../views/broadcast.view.js";
import { onCallback } from "../callback-data.js";
import { quietly } from "../../logging/quietly.js";

/**
 * `/broadcast` opens the announcement scene; `/broadcasts` lists past announcements with their figures, who has
 * and has not acknowledged, and re-sends to the rest. The "I have read it" button of recipients is answered here.
 * Every press re-loads the broadcast and asks the access policy (callback data is never trusted).
 */
export function broadcastFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();
  const principalOf = (ctx: PrivateContext) => toAccessPrincipal(ctx.user, services.config.adminTelegramIds);
  const localeOf = (ctx: PrivateContext) => ctx.locale;

  feature.command("broadcast", allowAttempt("broadcastDepartment"), async (ctx) => {
    await ctx.conversation.exitAll();
    await ctx.conversation.enter(BROADCAST_SCENE);
  });

  feature.command("broadcasts", allowAttempt("broadcastDepartment"), async (ctx) => {
    const list = await services.broadcasts.list(principalOf(ctx));
    if (list.length === 0) {
      await ctx.reply(ctx.t("broadcast-list-empty"));
      return;
    }
    const keyboard = new InlineKeyboard();
    const lines = [ctx.t("broadcast-list-title")];
    list.forEach((item, index) => {
      const { sent, pending, blocked, failed } = item.figures;
      lines.push(
        "",
        ctx.t("broadcast-list-item", {
          n: index + 1,
          when: formatDateTime(item.broadcast.scheduledAt, localeOf(ctx), services.config.timezone),
          recipients: item.broadcast.recipientCount,
          state: item.broadcast.state,
        }),
        ctx.t("broadcast-progress-figures", { sent, pending, blocked, failed }),
        ...(item.broadcast.ackRequested ? [ctx.t("broadcast-list-acks", { acks: item.acks })] : []),
      );
      keyboard.text(String(index + 1), broadcastButtons.details.pack({ id: String(item.broadcast._id) }));
      if ((index + 1) % 5 === 0) keyboard.row();
    });
    await ctx.reply(lines.join("\n"), { reply_markup: keyboard });
  });

  /** Runs a press of the author's buttons; a refusal of the access policy is said, never shown as an error. */
  async function guarded(ctx: PrivateContext, run: () => Promise<void>): Promise<void> {
    try {
      await run();
    } catch (error) {
      if (!(error instanceof BroadcastAccessError)) throw error;
      await ctx.answerCallbackQuery({ text: ctx.t("errors-not-allowed"), show_alert: true });
    }
  }

  onCallback(feature, broadcastButtons.progress, (ctx, { id }) =>
    guarded(ctx, async () => {
      const progress = await services.broadcasts.progress(principalOf(ctx), id);
      if (!progress) {
        await ctx.answerCallbackQuery({ text: ctx.t("broadcast-not-found") });
        return;
      }
      // At most every few seconds and only when the figures changed: two quick presses edit once.
      if (!(await services.broadcasts.claimProgressEdit(progress.broadcast, figuresKey(progress), PROGRESS_EDIT_INTERVAL_MS))) {
        await ctx.answerCallbackQuery({ text: ctx.t("broadcast-progress-unchanged") });
        return;
      }
      await ctx.answerCallbackQuery();
      const keyboard = progressKeyboard(ctx.t.bind(ctx), progress);
      await quietly(() => ctx.editMessageText(progressText(ctx.t.bind(ctx), progress), keyboard ? { reply_markup: keyboard } : {}), {
        reason: "broadcasts: could not edit the message",
        log: services.logger,
      });
    }),
  );

  onCallback(feature, broadcastButtons.details, (ctx, { id }) =>
    guarded(ctx, async () => {
      const progress = await services.broadcasts.progress(principalOf(ctx), id);
      if (!progress) {
        await ctx.answerCallbackQuery({ text: ctx.t("broadcast-not-found") });
        return;
      }
      await ctx.answerCallbackQuery();
      const lines = [progressText(ctx.t.bind(ctx), progress)];
      let keyboard: InlineKeyboard | undefined;
      if (progress.broadcast.ackRequested) {
        const report = await services.broadcasts.ackReport(principalOf(ctx), id);
        if (report) {
          lines.push("", ctx.t("broadcast-acked", { count: report.ackedCount }));
          for (const r of report.acked) lines.push(`✅ ${recipientLabel(r)}`);
          lines.push("", ctx.t("broadcast-not-acked", { count: report.notAckedCount }));
          for (const r of report.notAcked) lines.push(`⏳ ${recipientLabel(r)}`);
          const hidden = report.ackedCount - report.acked.length + report.notAckedCount - report.notAcked.length;
          if (hidden > 0) lines.push(ctx.t("broadcast-more", { count: hidden }));
          if (report.notAckedCount > 0)
            keyboard = new InlineKeyboard().text(
              ctx.t("broadcast-resend-button"),
              broadcastButtons.resend.pack({ id, round: progress.broadcast.round }),
            );
        }
      }
      await ctx.reply(lines.join("\n"), keyboard ? { reply_markup: keyboard } : {});
    }),
  );

  // The re-send asks first, with the count; the confirmation carries the round it was shown for, so a second press
  // or an old button sends nothing twice (the round moves on with the first re-send).
  onCallback(feature, broadcastButtons.resend, (ctx, { id, round }) =>
    guarded(ctx, async () => {
      const preview = await services.broadcasts.resendPreview(principalOf(ctx), id, round);
      await ctx.answerCallbackQuery();
      if (preview.status !== "confirm") {
        await ctx.reply(ctx.t(`broadcast-resend-${preview.status}`));
        return;
      }
      await ctx.reply(ctx.t("broadcast-resend-confirm", { count: preview.count }), {
        reply_markup: new InlineKeyboard()
          .text(ctx.t("broadcast-resend-confirm-button", { count: preview.count }), broadcastButtons.resendConfirm.pack({ id, round }))
          .text(ctx.t("broadcast-resend-cancel-button"), broadcastButtons.resendCancel.pack({ id })),
      });
    }),
  );

  onCallback(feature, broadcastButtons.resendCancel, async (ctx) => {
    await ctx.answerCallbackQuery({ text: ctx.t("broadcast-resend-cancelled") });
    await quietly(() => ctx.editMessageReplyMarkup(), { reason: "broadcasts: could not remove the buttons", log: services.logger });
  });

  onCallback(feature, broadcastButtons.resendConfirm, (ctx, { id, round }) =>
    guarded(ctx, async () => {
      const result = await services.broadcasts.resendToRest(principalOf(ctx), id, round);
      await ctx.answerCallbackQuery();
      await quietly(() => ctx.editMessageReplyMarkup(), { reason: "broadcasts: could not remove the buttons", log: services.logger });
      await ctx.reply(
        result.status === "sent" ? ctx.t("broadcast-resent", { count: result.count }) : ctx.t(`broadcast-resend-${result.status}`),
      );
    }),
  );

  onCallback(feature, broadcastButtons.ack, async (ctx, { id }) => {
    const result = await services.broadcasts.acknowledge(ctx.from.id, id);
    await ctx.answerCallbackQuery({ text: ctx.t(`broadcast-ack-${result}`) });
    if (result === "recorded" || result === "already")
      await quietly(() => ctx.editMessageReplyMarkup(), { reason: "broadcasts: could not remove the buttons", log: services.logger });
  });

  return feature;
}
