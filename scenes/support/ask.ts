import type { Conversation } from "@grammyjs/conversations";
import type { InlineKeyboard, Keyboard, MiddlewareFn } from "grammy";
import type { TranslateFunction, TranslationVariables } from "@grammyjs/i18n";
import type { PrivateContext, SceneContext } from "../../src/bot/context.js";
import type { AppServices } from "../../src/services/app-services.js";
import type { Checked } from "../../src/domain/profile/student-profile.js";
import { yesNoChoice, type Choice, type ChoiceValue } from "../../src/bot/choice.js";
import { isLocale } from "../../src/bot/i18n.js";
import type { SceneSpec } from "../ids.js";
import { quietly } from "../../src/logging/quietly.js";
import { commandOf, READ_ONLY_BUTTONS, READ_ONLY_COMMANDS } from "./updates.js";
import { withDottedDates } from "../../src/domain/rules/date-params.js";

export type SceneConversation = Conversation<PrivateContext, SceneContext>;

/** Answers allowed per question before the scene gives up (no unbounded loops). */
export const MAX_ATTEMPTS = 5;
/** How long a question waits for an answer; a later answer ends the scene and says so. */
const MAX_WAIT_MS = 6 * 60 * 60 * 1000;
/** Updates that are no answer (an edited message, a stale button…) per question, at most. */
const MAX_IGNORED = 20;

/** What a scene's questions need besides the conversation. */
export interface SceneEnv {
  conversation: SceneConversation;
  /** The context the scene runs with: its `t` phrases the questions. */
  ctx: SceneContext;
  scene: SceneSpec;
  services: AppServices;
  /** Handles the read-only commands and their buttons outside the scene (help, profile, language). */
  outside: MiddlewareFn<PrivateContext>;
  /** Locale key said when the attempts at one question run out. */
  giveUpKey: string;
}

/** A rejection whose explanation is already written in the user's language (e.g. several bad lines). */
interface Rejected {
  ok: false;
  message: string;
}

/** Outcome of a check that needs the database: the locale key suffix of the reason when refused. */
export type Verified = { ok: true } | { ok: false; reason: string; params?: Record<string, string | number> };

type Outcome<T> = { ok: true; value: T } | { ok: false; text: string };

interface Prompt {
  text: string;
  /** Buttons under the question, or a reply keyboard (e.g. one that shares the user's contact). */
  keyboard?: InlineKeyboard | Keyboard;
}

/** One question: how it is put, how a button press and a message answer it. */
interface Question<T> {
  prompt(t: TranslateFunction): Prompt;
  /** The value of a press on one of this question's buttons; null when it is none of its options. */
  press?(data: string | undefined): T | null;
  /** The label of a pressed value, echoed into the question when its buttons are removed. */
  echo?(value: T, t: TranslateFunction): string;
  message(answer: SceneContext): Promise<Outcome<T>>;
}

/** Questions of one scene run: text, buttons, yes/no; each bounded, timed and aware of commands. */
export function createAsk(env: SceneEnv) {
  const { conversation, ctx, scene, services } = env;
  const clock = (): Promise<number> => conversation.external(() => services.now().getTime());
  /** When the last answer arrived: the next question is asked right after it, so its clock reading serves as the start. */
  let lastAnswerAt: number | null = null;
  const key = (event: "stopped" | "expired"): string => `${scene.keyPrefix}-scene-${event}`;

  /** Runs a read-only command (or its button) as if no scene were open; the scene then speaks its language. */
  async function runOutside(answer: SceneContext): Promise<void> {
    const locale = await conversation.external(async (outer) => {
      try {
        await env.outside(outer, () => Promise.resolve());
      } catch (error) {
        services.logger.warn({ updateId: outer.update.update_id, err: String(error) }, "a command inside a scene failed");
      }
      return outer.from ? await services.db.users.getLanguage(outer.from.id) : null;
    });
    if (isLocale(locale)) {
      ctx.i18n.useLocale(locale);
      answer.i18n.useLocale(locale);
    }
  }

  /** Ends the scene for another command: says so (unless it restarts this very scene), then lets it run. */
  async function leave(answer: SceneContext, command: string): Promise<never> {
    if (command !== scene.command) await answer.reply(answer.t(key("stopped")));
    return conversation.halt({ next: true });
  }

  /** Ends a scene whose question waited too long: says which scene expired and how to resume it. */
  async function expire(answer: SceneContext): Promise<never> {
    const command = commandOf(answer);
    if (command !== scene.command) await answer.reply(answer.t(key("expired"), { hours: MAX_WAIT_MS / 3_600_000 }));
    if (answer.callbackQuery) await quietly(() => answer.answerCallbackQuery(), { reason: "scene: could not answer the button" });
    return conversation.halt({ next: command !== null });
  }

  async function giveUp(): Promise<never> {
    await ctx.reply(ctx.t(env.giveUpKey), { reply_markup: { remove_keyboard: true } });
    return conversation.halt();
  }

  /** The one wait loop every question goes through. */
  async function ask<T>(question: Question<T>): Promise<T> {
    const promptIds: number[] = [];
    let shown = "";
    const show = async (): Promise<void> => {
      const prompt = question.prompt(ctx.t.bind(ctx));
      const sent = await ctx.reply(prompt.text, prompt.keyboard ? { reply_markup: prompt.keyboard } : {});
      promptIds.push(sent.message_id);
      shown = prompt.text;
    };
    await show();
    let since = lastAnswerAt ?? (await clock());
    for (let attempts = 0, ignored = 0; attempts < MAX_ATTEMPTS && ignored < MAX_IGNORED;) {
      const answer = await conversation.wait();
      const query = answer.callbackQuery;
      if (!answer.message && !query) {
        ignored++;
        continue;
      }
      const at = await clock();
      if (at - since > MAX_WAIT_MS) return expire(answer);
      since = at;
      lastAnswerAt = at;
      const command = commandOf(answer);
      if (command !== null) {
        if (!READ_ONLY_COMMANDS.includes(command)) return leave(answer, command);
        await runOutside(answer);
        await show();
        continue;
      }
      if (query) {
        const value = query.message && promptIds.includes(query.message.message_id) ? (question.press?.(query.data) ?? null) : null;
        if (value !== null) {
          await quietly(() => answer.answerCallbackQuery(), { reason: "scene: could not answer the button" });
          const label = question.echo?.(value, answer.t.bind(answer));
          if (label !== undefined)
            await quietly(() => answer.editMessageText(answer.t("scene-chosen", { question: shown, answer: label })), {
              reason: "scene: could not echo the choice",
            });
          else await quietly(() => answer.editMessageReplyMarkup(), { reason: "scene: could not remove the buttons" });
          return value;
        }
        ignored++; // a stale or foreign button is no failed attempt
        if (query.data && READ_ONLY_BUTTONS.test(query.data)) {
          await runOutside(answer);
          await show();
        } else {
          await quietly(() => answer.answerCallbackQuery({ text: answer.t("errors-stale-button") }), {
            reason: "scene: could not answer a stale button",
          });
        }
        continue;
      }
      const outcome = await question.message(answer);
      if (outcome.ok) return outcome.value;
      await answer.reply(outcome.text);
      attempts++;
    }
    return giveUp();
  }

  function text<T>(options: {
    question: string;
    params?: TranslationVariables;
    /** Validates the answer; `t` translates in the user's language for a ready-made {@link Rejected} message. */
    check(text: string, t: TranslateFunction): Checked<T> | Rejected;
    /** Locale key prefix of the rejection reasons: `${errorPrefix}-${reason}`. */
    errorPrefix: string;
    verify?: (value: T) => Promise<Verified>;
  }): Promise<T> {
    return ask<T>({
      prompt: (t) => ({ text: t(options.question, options.params) }),
      async message(answer) {
        const typed = answer.message?.text;
        if (typed === undefined) return { ok: false, text: answer.t("scene-need-text") };
        const checked = options.check(typed, answer.t.bind(answer));
        if (!checked.ok) {
          return {
            ok: false,
            text:
              "message" in checked
                ? checked.message
                : answer.t(`${options.errorPrefix}-${checked.reason}`, withDottedDates(checked.params)),
          };
        }
        const verify = options.verify;
        if (verify) {
          const verified = await conversation.external(() => verify(checked.value));
          if (!verified.ok)
            return { ok: false, text: answer.t(`${options.errorPrefix}-${verified.reason}`, withDottedDates(verified.params)) };
        }
        return { ok: true, value: checked.value };
      },
    });
  }

  function choice<V extends ChoiceValue>(options: Choice<V>, prompt: { question: string; params?: TranslationVariables }): Promise<V> {
    return ask<V>({
      prompt: (t) => ({ text: t(prompt.question, prompt.params), keyboard: options.keyboard(t) }),
      press: (data) => options.parse(data),
      echo: (value, t) => options.label(value, t),
      message: (answer) => Promise.resolve({ ok: false, text: answer.t("scene-use-buttons") }),
    });
  }

  async function yesNo(options: { question: string; params?: TranslationVariables; yes?: string; no?: string }): Promise<boolean> {
    const { yes = "elig-yes", no = "elig-no" } = options;
    const buttons = yesNoChoice.with({ label: (value, t) => t(value === "yes" ? yes : no) });
    return (await choice(buttons, options)) === "yes";
  }

  /** Buttons of a choice, or a typed answer that `check` accepts (e.g. hours: common values as buttons, any value typed). */
  function choiceOrText<V extends ChoiceValue, T>(
    options: Choice<V>,
    prompt: { question: string; params?: TranslationVariables },
    check: (text: string, t: TranslateFunction) => Checked<T> | Rejected,
    errorPrefix: string,
  ): Promise<V | T> {
    return ask<V | T>({
      prompt: (t) => ({ text: t(prompt.question, prompt.params), keyboard: options.keyboard(t) }),
      press: (data) => options.parse(data),
      echo: (value, t) => (options.options.includes(value as V) ? options.label(value as V, t) : String(value)),
      message(answer) {
        const typed = answer.message?.text;
        if (typed === undefined) return Promise.resolve({ ok: false, text: answer.t("scene-need-text") });
        const checked = check(typed, answer.t.bind(answer));
        if (checked.ok) return Promise.resolve({ ok: true, value: checked.value });
        return Promise.resolve({
          ok: false,
          text: "message" in checked ? checked.message : answer.t(`${errorPrefix}-${checked.reason}`, checked.params),
        });
      },
    });
  }

  return {
    /** Any question (e.g. one that accepts photos); the same bounded, timed, command-aware loop. */
    question: ask,
    choiceOrText,
    /**
     * A question answered with text: re-asked with the localised reason until `check` (pure) and
     * then `verify` (may read the database) accept it.
     */
    text,
    /** A question answered with a button of a choice; only a button of this very question counts. */
    choice,
    /** A yes/no question; `yes`/`no` are the locale keys of the two buttons (default `elig-yes`/`elig-no`). */
    yesNo,
    /** Ends the scene after too many unsuccessful rounds of a question made of several asks. */
    giveUp,
  };
}
export type Ask = ReturnType<typeof createAsk>;
