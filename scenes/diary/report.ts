import type { MiddlewareFn } from "grammy";
import type { PrivateContext, SceneContext } from "../../src/bot/context.js";
import type { FileDownloader } from "../../src/bot/file-download.js";
import { downloadTelegramDocument, precheckTelegramDocument } from "../../src/bot/telegram-document.js";
import { REPORT_MAX_BYTES } from "../../src/domain/diary/report-file.js";
import type { ReportOutcome } from "../../src/services/diary/use-cases/index.js";
import type { AppServices } from "../../src/services/app-services.js";
import { SCENES } from "../ids.js";
import { createAsk, type SceneConversation } from "../support/ask.js";
import { quietly } from "../../src/logging/quietly.js";

type UploadOutcome = ReportOutcome;

const MB = 1024 * 1024;

/**
 * `/report`: the student sends the practice report (PDF or DOCX, ≤ 20 MB). Telegram's size and MIME
 * type are checked before downloading; the bytes are checked again (first bytes) by the service,
 * stored in GridFS with their SHA-256 (QP-06 6.12: kept 3 years), and both supervisors get the file.
 */
export function buildReportScene(services: AppServices, outside: MiddlewareFn<PrivateContext>, download: FileDownloader) {
  const scene = SCENES.DIARY_REPORT;

  async function upload(outer: PrivateContext): Promise<UploadOutcome> {
    if (!(await services.diaryUseCases.student.hasDiary(outer.from.id))) return { status: "noPlacement" };
    const downloaded = await downloadTelegramDocument(outer, download, "report");
    if (!downloaded.ok) return { status: "rejected", reason: downloaded.reason };
    return services.diaryUseCases.student.uploadReport(outer.from.id, {
      ...downloaded.file,
      telegramFileId: outer.message?.document?.file_id,
    });
  }

  return async function report(conversation: SceneConversation, ctx: SceneContext): Promise<void> {
    const env = { conversation, ctx, scene, services, outside, giveUpKey: "report-scene-gave-up" };
    const ask = createAsk(env);
    const hasPlacement = await conversation.external((outer) => services.diaryUseCases.student.hasDiary(outer.from.id));
    if (!hasPlacement) {
      await ctx.reply(ctx.t("diary-no-placement"));
      return;
    }
    const outcome = await ask.question<UploadOutcome>({
      prompt: (t) => ({ text: t("report-ask", { maxMb: REPORT_MAX_BYTES / MB }) }),
      async message(answer: SceneContext) {
        // Refuse early what cannot pass (Telegram tells size and MIME type): nothing is downloaded.
        const pre = precheckTelegramDocument(answer);
        if (!pre.ok && pre.reason === "notADocument") return { ok: false, text: answer.t("report-need-document") };
        if (!pre.ok) return { ok: false, text: answer.t(`diary-reason-report-${pre.reason}`, { maxMb: REPORT_MAX_BYTES / MB }) };
        await quietly(() => answer.replyWithChatAction("upload_document"), { reason: "report: chat action" });
        const uploaded = await conversation.external((outer) => upload(outer));
        if (uploaded.status === "rejected") {
          return { ok: false, text: answer.t(`diary-reason-report-${uploaded.reason}`, { maxMb: REPORT_MAX_BYTES / MB }) };
        }
        return { ok: true, value: uploaded };
      },
    });
    switch (outcome.status) {
      case "uploaded":
        await ctx.reply(
          [
            ctx.t(outcome.replaced ? "report-replaced" : "report-uploaded"),
            ctx.t(outcome.supervisorLinked ? "report-supervisor-told" : "report-no-supervisor"),
          ].join("\n"),
        );
        return;
      case "unchanged":
        await ctx.reply(ctx.t("report-unchanged"));
        return;
      case "noPlacement":
        await ctx.reply(ctx.t("diary-no-placement"));
        return;
      case "forbidden":
        await ctx.reply(ctx.t(`diary-reason-${outcome.reason}`));
        return;
      case "rejected":
        return;
    }
  };
}
