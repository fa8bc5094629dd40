import type { Context } from "grammy";
import { precheckReportFile, REPORT_MAX_BYTES, type ReportFileRejection } from "../domain/diary/report-file.js";
import type { UploadedFile } from "../services/diary/practice-outcome.service.js";
import { FileTooLargeError, type FileDownloader } from "./file-download.js";

/**
 * A practice file sent in the chat (the student's report, the organisation supervisor's characteristic
 * document): PDF or DOCX ≤ 20 MB (QP-06 6.3, 6.12). One path for both, so they are checked alike:
 * Telegram's size and MIME type before the download, the first bytes by the service after it.
 */
export type DocumentPrecheck = { ok: true } | { ok: false; reason: ReportFileRejection | "notADocument" };

/** What Telegram tells about the message's document before anything is downloaded. */
export function precheckTelegramDocument(ctx: Pick<Context, "message">): DocumentPrecheck {
  const document = ctx.message?.document;
  if (!document) return { ok: false, reason: "notADocument" };
  const pre = precheckReportFile({ size: document.file_size, mime: document.mime_type });
  return pre.ok ? { ok: true } : { ok: false, reason: pre.reason };
}

/** Downloads the message's document (at most REPORT_MAX_BYTES); its bytes still go through `checkReportFile` in the service. */
export async function downloadTelegramDocument(
  ctx: Pick<Context, "message" | "getFile">,
  download: FileDownloader,
  fallbackName = "document",
): Promise<{ ok: true; file: UploadedFile } | { ok: false; reason: ReportFileRejection }> {
  const document = ctx.message?.document;
  if (!document) return { ok: false, reason: "wrongType" };
  const file = await ctx.getFile();
  if (!file.file_path) return { ok: false, reason: "empty" };
  try {
    const bytes = await download(file.file_path, REPORT_MAX_BYTES);
    return { ok: true, file: { bytes, fileName: document.file_name ?? fallbackName, mime: document.mime_type } };
  } catch (error) {
    if (error instanceof FileTooLargeError) return { ok: false, reason: "tooBig" };
    throw error;
  }
}
