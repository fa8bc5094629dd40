import type { Conversation } from "@grammyjs/conversations";
import type { InlineKeyboard } from "grammy";
import type { TranslationVariables } from "@grammyjs/i18n";
import type { BotContext, SceneContext } from "../../src/bot/context.js";
import type { Checked } from "../../src/domain/profile/student-profile.js";

export type SceneConversation = Conversation<BotContext, SceneContext>;

/** Answers allowed per question before the scene gives up (no unbounded loops). */
export const MAX_ATTEMPTS = 5;
/** How long a scene waits for one answer before it lets go. */
export const MAX_WAIT_MS = 6 * 60 * 60 * 1000;

interface Codec<T> {
  parse(data: string | undefined): T | null;
}

/** Another command while a question is open ends the scene and lets that command run. */
async function leaveOnCommand(conversation: SceneConversation, answer: SceneContext): Promise<void> {
  if (answer.message?.text?.startsWith("/")) await conversation.halt({ next: true });
}

async function giveUp(conversation: SceneConversation, ctx: SceneContext): Promise<never> {
  await ctx.reply(ctx.t("scene-too-many-attempts"), { reply_markup: { remove_keyboard: true } });
  return conversation.halt();
}

/**
 * Asks a question answered with text; re-asks with the localised reason until `check` accepts
 * the answer, at most {@link MAX_ATTEMPTS} times.
 */
export async function askText<T>(
  conversation: SceneConversation,
  ctx: SceneContext,
  options: {
    question: string;
    params?: TranslationVariables;
    check(text: string): Checked<T>;
    /** Locale key prefix of the rejection reasons: `${errorPrefix}-${reason}`. */
    errorPrefix: string;
  },
): Promise<T> {
  await ctx.reply(ctx.t(options.question, options.params));
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const answer = await conversation.wait({ maxMilliseconds: MAX_WAIT_MS });
    await leaveOnCommand(conversation, answer);
    if (answer.callbackQuery) {
      await answer.answerCallbackQuery({ text: answer.t("errors-stale-button") });
      continue;
    }
    const text = answer.message?.text;
    if (text === undefined) {
      await answer.reply(answer.t("scene-need-text"));
      continue;
    }
    const checked = options.check(text);
    if (checked.ok) return checked.value;
    await answer.reply(answer.t(`${options.errorPrefix}-${checked.reason}`, checked.params));
  }
  return giveUp(conversation, ctx);
}

/**
 * Asks a question answered with a button of `keyboard`. Only a button of this very message counts,
 * and its data is validated by `codec`; anything else is refused and the question stays open.
 */
export async function askChoice<T>(
  conversation: SceneConversation,
  ctx: SceneContext,
  options: { text: string; keyboard: InlineKeyboard; codec: Codec<T> },
): Promise<T> {
  const prompt = await ctx.reply(options.text, { reply_markup: options.keyboard });
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const answer = await conversation.wait({ maxMilliseconds: MAX_WAIT_MS });
    await leaveOnCommand(conversation, answer);
    const query = answer.callbackQuery;
    if (query) {
      const value = query.message?.message_id === prompt.message_id ? options.codec.parse(query.data) : null;
      if (value === null) {
        await answer.answerCallbackQuery({ text: answer.t("errors-stale-button") });
        continue;
      }
      await answer.answerCallbackQuery();
      await answer.editMessageReplyMarkup();
      return value;
    }
    await answer.reply(answer.t("scene-use-buttons"));
  }
  return giveUp(conversation, ctx);
}
