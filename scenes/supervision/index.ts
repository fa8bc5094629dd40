import { dottedDate } from "../../src/domain/rules/dates.js";
import type { MiddlewareFn } from "grammy";
import type { PrivateContext, SceneContext } from "../../src/bot/context.js";
import type { AppServices } from "../../src/services/app-services.js";
import { validateCharacteristicText, validateReturnReason } from "../../src/domain/diary/entry-validation.js";
import { parseScore, validateScore } from "../../src/domain/diary/practice-grade.js";
import type { Checked } from "../../src/domain/profile/student-profile.js";
import { SCENES, type SceneSpec } from "../ids.js";
import { createAsk, type SceneConversation } from "../support/ask.js";
import { renderEntryDecision, type Msg } from "../../src/bot/views/diary-supervision.view.js";
import {
  characteristicLines,
  currentCharacteristicLines,
  gradeLines,
  type CharacteristicLines,
} from "../../src/bot/views/diary-outcome.view.js";
import { defineChoice } from "../../src/bot/choice.js";
import type { FileDownloader } from "../../src/bot/file-download.js";
import { downloadTelegramDocument, precheckTelegramDocument } from "../../src/bot/telegram-document.js";
import { REPORT_MAX_BYTES } from "../../src/domain/diary/report-file.js";
import { quietly } from "../../src/logging/quietly.js";
import { renderMessage } from "../../src/bot/format.js";
import { buildAssignmentScene } from "./assignment.js";
import { buildCommissionScene } from "./commission.js";

export interface ReturnSceneArgs {
  entryId: string;
  version: number;
  /** The notification whose buttons were pressed (edited to show the outcome). */
  messageId: number | null;
}

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
    const reason = await ask.text<string>({ question: "supervision-return-ask", check: reasonCheck, errorPrefix: "diary-reason" });
    const outcome = await conversation.external(async (outer) => {
      const result = await services.diaryUseCases.decisions.decideOnEntry(
        outer.user,
        { decision: "ret", id: args.entryId, version: args.version },
        reason,
      );
      if (result.status === "invalidReason") {
        const invalidReason: Msg = { key: `diary-reason-${result.code}`, params: { min: result.min, max: result.max } };
        return { invalidReason };
      }
      return renderEntryDecision(result, { now: services.now(), timeZone: services.config.timezone });
    });
    if ("invalidReason" in outcome) {
      await ctx.reply(renderMessage(ctx, [outcome.invalidReason]));
      return;
    }
    await ctx.reply(renderMessage(ctx, [outcome.toast]));
    const edit = outcome.edit;
    if (edit && args.messageId !== null)
      await quietly(() => ctx.api.editMessageText(telegramId, args.messageId!, renderMessage(ctx, edit)), {
        reason: "return: could not show the outcome",
      });
  };
}

export interface PlacementSceneArgs {
  placementId: string;
}

/** "Skip" under the question for the characteristic's signed document. */
export const characteristicDocumentChoice = defineChoice({ prefix: "svc.doc", options: ["skip"], label: "characteristic-document" });

const MAX_MB = REPORT_MAX_BYTES / (1024 * 1024);

const linesOf = (outcome: CharacteristicLines): Msg[] =>
  outcome.status === "done" ? outcome.lines : [{ key: outcome.key, params: { maxMb: MAX_MB } }];

/**
 * The organisation supervisor's characteristic: text, a suggested score 0–100 shown with its letter,
 * then the signed document attached or skipped (QP-06 6.8). The document goes the practice report's
 * way (PDF/DOCX ≤ 20 MB, MIME and first bytes, GridFS with SHA-256); it is downloaded and saved with
 * the characteristic inside one external call, so its bytes never enter the conversation's replay log.
 */
export function buildCharacteristicScene(services: AppServices, outside: MiddlewareFn<PrivateContext>, download: FileDownloader) {
  return async function characteristic(conversation: SceneConversation, ctx: SceneContext, args: PlacementSceneArgs): Promise<void> {
    const ask = askFor(conversation, ctx, SCENES.DIARY_CHARACTERISTIC, services, outside);
    const current = await conversation.external(async (outer) => {
      const found = await services.diaryUseCases.grading.currentCharacteristic(outer.user, args.placementId);
      return found ? currentCharacteristicLines(found, services.config.timezone) : null;
    });
    if (current) await ctx.reply(renderMessage(ctx, current));
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
    const answer = await ask.question<"skip" | Msg[]>({
      prompt: (t) => ({ text: t("characteristic-document-ask", { maxMb: MAX_MB }), keyboard: characteristicDocumentChoice.keyboard(t) }),
      press: (data) => characteristicDocumentChoice.parse(data),
      echo: (_skip, t) => characteristicDocumentChoice.label("skip", t),
      async message(reply) {
        const pre = precheckTelegramDocument(reply);
        if (!pre.ok) {
          const key =
            pre.reason === "notADocument" ? "characteristic-document-need-document" : `characteristic-document-reason-${pre.reason}`;
          return { ok: false, text: reply.t(key, { maxMb: MAX_MB }) };
        }
        await quietly(() => reply.replyWithChatAction("upload_document"), { reason: "characteristic: chat action" });
        const saved = await conversation.external(async (outer) => {
          const downloaded = await downloadTelegramDocument(outer, download, "characteristic");
          if (!downloaded.ok) return { status: "rejected", key: `characteristic-document-reason-${downloaded.reason}` } as const;
          return characteristicLines(
            await services.diaryUseCases.grading.writeCharacteristic(outer.user, args.placementId, {
              text,
              score,
              document: downloaded.file,
            }),
          );
        });
        return saved.status === "rejected" ? { ok: false, text: renderMessage(reply, linesOf(saved)) } : { ok: true, value: saved.lines };
      },
    });
    const lines =
      answer === "skip"
        ? await conversation.external(async (outer) =>
            linesOf(
              characteristicLines(await services.diaryUseCases.grading.writeCharacteristic(outer.user, args.placementId, { text, score })),
            ),
          )
        : answer;
    await ctx.reply(renderMessage(ctx, lines));
  };
}

/** The final grade 0–100 → letter and points (MR-595 App. 1); the student is told, FX/F with what follows. */
export function buildGradeScene(services: AppServices, outside: MiddlewareFn<PrivateContext>) {
  return async function grade(conversation: SceneConversation, ctx: SceneContext, args: PlacementSceneArgs): Promise<void> {
    const ask = askFor(conversation, ctx, SCENES.DIARY_GRADE, services, outside);
    const score = await ask.text<number>({ question: "supervision-grade-ask", check: scoreCheck, errorPrefix: "diary-reason" });
    const lines = await conversation.external(async (outer) =>
      gradeLines(await services.diaryUseCases.grading.recordGrade(outer.user, args.placementId, score)),
    );
    await ctx.reply(renderMessage(ctx, lines));
  };
}

const reasonCheck = (text: string): Checked<string> => {
  const issue = validateReturnReason(text);
  return issue ? { ok: false, reason: issue.code, params: { min: issue.min, max: issue.max } } : { ok: true, value: text };
};

/** QP-06 6.2: a supervisor reopens the signed diary with a reason (sign-offs and grade cleared, everyone told). */
export function buildReopenScene(services: AppServices, outside: MiddlewareFn<PrivateContext>) {
  return async function reopen(conversation: SceneConversation, ctx: SceneContext, args: PlacementSceneArgs): Promise<void> {
    const ask = askFor(conversation, ctx, SCENES.DIARY_REOPEN, services, outside);
    const reason = await ask.text<string>({ question: "reopen-ask", check: reasonCheck, errorPrefix: "diary-reason" });
    const key = await conversation.external(async (outer): Promise<Msg> => {
      const result = await services.diaryUseCases.signOff.reopen(outer.user, args.placementId, reason);
      switch (result.status) {
        case "reopened":
          return { key: "reopen-done", params: { student: result.studentName } };
        case "notSigned":
          return { key: "reopen-not-signed" };
        case "commissionGraded":
          return {
            key: "reopen-commission-locked",
            params: { student: result.studentName, protocol: result.protocolNumber, date: dottedDate(result.protocolDate) },
          };
        case "invalidReason":
          return { key: `diary-reason-${result.code}`, params: { min: result.min, max: result.max } };
        case "notFound":
          return { key: "diary-reason-notFound" };
        case "forbidden":
          return { key: `diary-reason-${result.reason}` };
      }
    });
    await ctx.reply(renderMessage(ctx, [key]));
  };
}

/** QP-06 5.9, 6.2: the coordinator allows a sign-off before the last working day, with a reason. */
export function buildEarlySignOffScene(services: AppServices, outside: MiddlewareFn<PrivateContext>) {
  return async function earlySignOff(conversation: SceneConversation, ctx: SceneContext, args: PlacementSceneArgs): Promise<void> {
    const ask = askFor(conversation, ctx, SCENES.DIARY_EARLY_SIGNOFF, services, outside);
    const reason = await ask.text<string>({ question: "signoff-early-ask", check: reasonCheck, errorPrefix: "diary-reason" });
    const key = await conversation.external(async (outer): Promise<Msg> => {
      const result = await services.diaryUseCases.signOff.allowEarlySignOff(outer.user, args.placementId, reason);
      switch (result.status) {
        case "allowed":
          return { key: "signoff-early-done", params: { student: result.studentName } };
        case "invalidReason":
          return { key: `diary-reason-${result.code}`, params: { min: result.min, max: result.max } };
        case "notFound":
          return { key: "diary-reason-notFound" };
        case "forbidden":
          return { key: `diary-reason-${result.reason}` };
      }
    });
    await ctx.reply(renderMessage(ctx, [key]));
  };
}

/** Registers the supervision scenes. */
export function supervisionScenes(services: AppServices, outside: MiddlewareFn<PrivateContext>, download: FileDownloader) {
  return [
    { id: SCENES.DIARY_RETURN.id, build: buildReturnScene(services, outside) },
    { id: SCENES.DIARY_CHARACTERISTIC.id, build: buildCharacteristicScene(services, outside, download) },
    { id: SCENES.DIARY_GRADE.id, build: buildGradeScene(services, outside) },
    { id: SCENES.DIARY_REOPEN.id, build: buildReopenScene(services, outside) },
    { id: SCENES.DIARY_EARLY_SIGNOFF.id, build: buildEarlySignOffScene(services, outside) },
    { id: SCENES.DIARY_ASSIGNMENT.id, build: buildAssignmentScene(services, outside, download) },
    { id: SCENES.COMMISSION.id, build: buildCommissionScene(services, outside) },
  ] as const;
}
