import type { MiddlewareFn } from "grammy";
import type { PrivateContext, SceneContext } from "../../src/bot/context.js";
import type { AppServices } from "../../src/services/app-services.js";
import { validateCharacteristicText, validateReturnReason } from "../../src/domain/diary/entry-validation.js";
import { parseScore, validateScore } from "../../src/domain/diary/practice-grade.js";
import type { Checked } from "../../src/domain/profile/student-profile.js";
import { SCENES, type SceneSpec } from "../ids.js";
import { createAsk, type SceneConversation } from "../support/ask.js";
import { cosmetic } from "../support/updates.js";
import { decideOnEntry, type Msg } from "../../src/bot/views/diary-supervision.view.js";
import { gradeEntry, writeCharacteristic } from "../../src/bot/views/diary-outcome.view.js";

export interface ReturnSceneArgs {
  entryId: string;
  version: number;
  /** The notification whose buttons were pressed (edited to show the outcome). */
  messageId: number | null;
}

const render = (ctx: SceneContext, lines: readonly Msg[]): string => lines.map((m) => ctx.t(m.key, m.params)).join("\n\n");

function scoreCheck(text: string): Checked<number> {
  const score = parseScore(text);
  const issue = validateScore(score ?? Number.NaN);
  if (score === null || issue)
    return issue?.code === "scoreOutOfRange"
      ? { ok: false, reason: issue.code, params: { min: 0, max: 100 } }
      : { ok: false, reason: "scoreNotANumber" };
  return { ok: true, value: score };
}

function askFor(
  conversation: SceneConversation,
  ctx: SceneContext,
  scene: SceneSpec,
  services: AppServices,
  outside: MiddlewareFn<PrivateContext>,
) {
  return createAsk({ conversation, ctx, scene, services, outside, giveUpKey: "supervision-give-up" });
}

/** Return → the reason (3–1,000 characters) → the entry is returned on the version the message showed (QP-06 5.8). */
export function buildReturnScene(services: AppServices, outside: MiddlewareFn<PrivateContext>) {
  return async function diaryReturn(conversation: SceneConversation, ctx: SceneContext, args: ReturnSceneArgs): Promise<void> {
    const telegramId = ctx.from!.id;
    const ask = askFor(conversation, ctx, SCENES.DIARY_RETURN, services, outside);
    const reason = await ask.text<string>({
      question: "supervision-return-ask",
      check: (text) => {
        const issue = validateReturnReason(text);
        return issue ? { ok: false, reason: issue.code, params: { min: issue.min, max: issue.max } } : { ok: true, value: text };
      },
      errorPrefix: "diary-reason",
    });
    const outcome = await conversation.external(async () => {
      const user = await services.db.users.findByTelegramId(telegramId);
      if (!user) return { toast: { key: "diary-reason-notLinked" } };
      return decideOnEntry(services, user, { decision: "ret", id: args.entryId, version: args.version }, reason);
    });
    if ("invalidReason" in outcome) {
      await ctx.reply(render(ctx, [outcome.invalidReason]));
      return;
    }
    await ctx.reply(render(ctx, [outcome.toast]));
    const edit = "edit" in outcome ? outcome.edit : undefined;
    if (edit && args.messageId !== null) await cosmetic(() => ctx.api.editMessageText(telegramId, args.messageId!, render(ctx, edit)));
  };
}

export interface PlacementSceneArgs {
  placementId: string;
}

/** The organisation supervisor's characteristic: text, then a suggested score 0–100 shown with its letter (QP-06 6.8). */
export function buildCharacteristicScene(services: AppServices, outside: MiddlewareFn<PrivateContext>) {
  return async function characteristic(conversation: SceneConversation, ctx: SceneContext, args: PlacementSceneArgs): Promise<void> {
    const telegramId = ctx.from!.id;
    const ask = askFor(conversation, ctx, SCENES.DIARY_CHARACTERISTIC, services, outside);
    const text = await ask.text<string>({
      question: "supervision-characteristic-ask-text",
      check: (typed) => {
        const issue = validateCharacteristicText(typed);
        return issue ? { ok: false, reason: issue.code, params: { min: issue.min, max: issue.max } } : { ok: true, value: typed };
      },
      errorPrefix: "diary-reason",
    });
    const score = await ask.text<number>({
      question: "supervision-characteristic-ask-score",
      check: scoreCheck,
      errorPrefix: "diary-reason",
    });
    const lines = await conversation.external(() => writeCharacteristic(services, telegramId, args.placementId, text, score));
    await ctx.reply(render(ctx, lines));
  };
}

/** The final grade 0–100 → letter and points (MR-595 App. 1); the student is told, FX/F with what follows. */
export function buildGradeScene(services: AppServices, outside: MiddlewareFn<PrivateContext>) {
  return async function grade(conversation: SceneConversation, ctx: SceneContext, args: PlacementSceneArgs): Promise<void> {
    const telegramId = ctx.from!.id;
    const ask = askFor(conversation, ctx, SCENES.DIARY_GRADE, services, outside);
    const score = await ask.text<number>({ question: "supervision-grade-ask", check: scoreCheck, errorPrefix: "diary-reason" });
    const lines = await conversation.external(() => gradeEntry(services, telegramId, args.placementId, score));
    await ctx.reply(render(ctx, lines));
  };
}

/** Registers the supervision scenes. */
export function supervisionScenes(services: AppServices, outside: MiddlewareFn<PrivateContext>) {
  return [
    { id: SCENES.DIARY_RETURN.id, build: buildReturnScene(services, outside) },
    { id: SCENES.DIARY_CHARACTERISTIC.id, build: buildCharacteristicScene(services, outside) },
    { id: SCENES.DIARY_GRADE.id, build: buildGradeScene(services, outside) },
  ] as const;
}
