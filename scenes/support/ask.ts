import type { Conversation } from "@grammyjs/conversations";
import type { InlineKeyboard } from "grammy";
import type { TranslateFunction, TranslationVariables } from "@grammyjs/i18n";
import type { PrivateContext, SceneContext } from "../../src/bot/context.js";
import type { Checked } from "../../src/domain/profile/student-profile.js";
import { yesNoCallback, yesNoKeyboard } from "../../src/bot/keyboards/yes-no.keyboard.js";

export type SceneConversation = Conversation<PrivateContext, SceneContext>;

/** Answers allowed per question before the scene gives up (no unbounded loops). */
export const MAX_ATTEMPTS = 5;
/** How long a scene waits for one answer before it lets go. */
export const MAX_WAIT_MS = 6 * 60 * 60 * 1000;

interface Codec<T> {
  parse(data: string | undefined): T | null;
}

/** Updates that are no answer at all (an edited message, the chat member status…) per question, at most. */
const MAX_IGNORED = 20;

/** Neither a new message nor a button press: the question stays open and nothing is said. */
function isNoAnswer(answer: SceneContext): boolean {
  return !answer.message && !answer.callbackQuery;
}

/** Another command while a question is open ends the scene and lets that command run. */
async function leaveOnCommand(conversation: SceneConversation, answer: SceneContext): Promise<void> {
  if (answer.message?.text?.startsWith("/")) await conversation.halt({ next: true });
}

/** A rejection whose explanation is already written in the user's language (e.g. several bad lines). */
export interface Rejected {
  ok: false;
  message: string;
}

/** What every question may override. */
interface AskCommon {
  /** Locale key of the message sent when the attempts run out (default `scene-too-many-attempts`). */
  giveUpKey?: string;
}

async function giveUp(conversation: SceneConversation, ctx: SceneContext, key = "scene-too-many-attempts"): Promise<never> {
  await ctx.reply(ctx.t(key), { reply_markup: { remove_keyboard: true } });
  return conversation.halt();
}

/**
 * Asks a question answered with text; re-asks with the localised reason until `check` accepts
 * the answer, at most {@link MAX_ATTEMPTS} times.
 */
export async function askText<T>(
  conversation: SceneConversation,
  ctx: SceneContext,
  options: AskCommon & {
    question: string;
    params?: TranslationVariables;
    /** Validates the answer; `t` translates in the user's language for a ready-made {@link Rejected} message. */
    check(text: string, t: TranslateFunction): Checked<T> | Rejected;
    /** Locale key prefix of the rejection reasons: `${errorPrefix}-${reason}`. */
    errorPrefix: string;
  },
): Promise<T> {
  await ctx.reply(ctx.t(options.question, options.params));
  for (let attempt = 0, ignored = 0; attempt < MAX_ATTEMPTS && ignored < MAX_IGNORED; attempt++) {
    const answer = await conversation.wait({ maxMilliseconds: MAX_WAIT_MS });
    if (isNoAnswer(answer)) {
      attempt--;
      ignored++;
      continue;
    }
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
    const checked = options.check(text, answer.t.bind(answer));
    if (checked.ok) return checked.value;
    await answer.reply("message" in checked ? checked.message : answer.t(`${options.errorPrefix}-${checked.reason}`, checked.params));
  }
  return giveUp(conversation, ctx, options.giveUpKey);
}

/**
 * Asks a question answered with a button of `keyboard`. Only a button of this very message counts,
 * and its data is validated by `codec`; anything else is refused and the question stays open.
 */
export async function askChoice<T>(
  conversation: SceneConversation,
  ctx: SceneContext,
  options: AskCommon & { text: string; keyboard: InlineKeyboard; codec: Codec<T> },
): Promise<T> {
  const prompt = await ctx.reply(options.text, { reply_markup: options.keyboard });
  for (let attempt = 0, ignored = 0; attempt < MAX_ATTEMPTS && ignored < MAX_IGNORED; attempt++) {
    const answer = await conversation.wait({ maxMilliseconds: MAX_WAIT_MS });
    if (isNoAnswer(answer)) {
      attempt--;
      ignored++;
      continue;
    }
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
  return giveUp(conversation, ctx, options.giveUpKey);
}

/** A yes/no question answered with two buttons; `yes`/`no` are the button labels. */
export async function askYesNo(
  conversation: SceneConversation,
  ctx: SceneContext,
  options: AskCommon & { text: string; yes: string; no: string },
): Promise<boolean> {
  const answer = await askChoice(conversation, ctx, {
    ...options,
    keyboard: yesNoKeyboard({ yes: options.yes, no: options.no }),
    codec: yesNoCallback,
  });
  return answer === "yes";
}
