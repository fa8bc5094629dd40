import type { MiddlewareFn } from "grammy";
import type { PrivateContext, SceneContext } from "../../src/bot/context.js";
import type { AppServices } from "../../src/services/app-services.js";
import type { FileDownloader } from "../../src/bot/file-download.js";
import { downloadTelegramDocument, precheckTelegramDocument } from "../../src/bot/telegram-document.js";
import { ASSIGNMENT_LIMITS } from "../../src/domain/diary/assignment.js";
import { REPORT_MAX_BYTES } from "../../src/domain/diary/report-file.js";
import type { WriteAssignmentOutcome } from "../../src/services/diary/use-cases/index.js";
import type { Msg } from "../../src/bot/views/diary-supervision.view.js";
import { renderMessage } from "../../src/bot/format.js";
import { quietly } from "../../src/logging/quietly.js";
import { SCENES } from "../ids.js";
import { createAsk, type SceneConversation } from "../support/ask.js";
import type { PlacementSceneArgs } from "./index.js";

const MAX_MB = REPORT_MAX_BYTES / (1024 * 1024);

/** A rejection to answer inside the question (asked again), or the final lines. */
type Rendered = { again: Msg } | { done: Msg[] };

function render(result: WriteAssignmentOutcome): Rendered {
  switch (result.status) {
    case "saved":
      return {
        done: [
          { key: "assignment-saved", params: { student: result.studentName } },
          ...(result.assignment.document
            ? [{ key: "assignment-saved-document", params: { file: result.assignment.document.fileName } }]
            : []),
        ],
      };
    case "invalid":
      return { again: { key: `assignment-reason-${result.code}`, params: { min: result.min, max: result.max } } };
    case "rejected":
      return { again: { key: `assignment-document-reason-${result.reason}`, params: { maxMb: MAX_MB } } };
    case "locked":
      return { done: [{ key: "assignment-locked", params: { student: result.studentName } }] };
    case "notFound":
      return { done: [{ key: "diary-reason-notFound" }] };
    case "forbidden":
      return { done: [{ key: `diary-reason-${result.reason}` }] };
  }
}

/**
 * QP-06 5.13: the supervisor sends the student's individual tasks as a message, or as a PDF/DOCX document (with an
 * optional caption). A document goes the report's way (size and MIME before the download, first bytes after, GridFS
 * with its SHA-256), downloaded and saved inside one external call so its bytes never enter the replay log.
 */
export function buildAssignmentScene(services: AppServices, outside: MiddlewareFn<PrivateContext>, download: FileDownloader) {
  return async function assignment(conversation: SceneConversation, ctx: SceneContext, args: PlacementSceneArgs): Promise<void> {
    const ask = createAsk({ conversation, ctx, scene: SCENES.DIARY_ASSIGNMENT, services, outside, giveUpKey: "assignment-give-up" });
    const current = await conversation.external(async (outer) => {
      const view = await services.diaryUseCases.assignment.view(outer.user, args.placementId);
      return view.status === "found" ? { student: view.studentName, has: view.assignment !== null } : null;
    });
    if (!current) {
      await ctx.reply(ctx.t("diary-reason-notLinked"));
      return;
    }
    const lines = await ask.question<Msg[]>({
      prompt: (t) => ({
        text: [
          t("assignment-ask", { student: current.student, min: ASSIGNMENT_LIMITS.min, max: ASSIGNMENT_LIMITS.max, maxMb: MAX_MB }),
          ...(current.has ? [t("assignment-replaces")] : []),
        ].join("\n\n"),
      }),
      async message(answer) {
        const typed = answer.message?.text;
        if (answer.message?.document) {
          const pre = precheckTelegramDocument(answer);
          if (!pre.ok) return { ok: false, text: answer.t(`assignment-document-reason-${pre.reason}`, { maxMb: MAX_MB }) };
          await quietly(() => answer.replyWithChatAction("upload_document"), { reason: "assignment: chat action" });
        } else if (typed === undefined) {
          return { ok: false, text: answer.t("assignment-need-text-or-document") };
        }
        const rendered = await conversation.external(async (outer): Promise<Rendered> => {
          if (!outer.message?.document)
            return render(await services.diaryUseCases.assignment.write(outer.user, args.placementId, { text: typed ?? "" }));
          const downloaded = await downloadTelegramDocument(outer, download, "assignment");
          if (!downloaded.ok) return { again: { key: `assignment-document-reason-${downloaded.reason}`, params: { maxMb: MAX_MB } } };
          return render(
            await services.diaryUseCases.assignment.write(outer.user, args.placementId, {
              text: outer.message.caption ?? "",
              document: { ...downloaded.file, telegramFileId: outer.message.document.file_id },
            }),
          );
        });
        return "again" in rendered ? { ok: false, text: renderMessage(answer, [rendered.again]) } : { ok: true, value: rendered.done };
      },
    });
    await ctx.reply(renderMessage(ctx, lines));
  };
}
