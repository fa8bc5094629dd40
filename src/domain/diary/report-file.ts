/**
 * The practice report file (QP-06 6.3, 6.12): a PDF or DOCX of at most 20 MB, accepted only
 * when the MIME type AND the file's first bytes agree, so a renamed program is never archived as a report.
 */
export const REPORT_MAX_BYTES = 20 * 1024 * 1024;

export const REPORT_KINDS = ["pdf", "docx"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_MIME: Record<ReportKind, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

export const REPORT_FILE_REJECTIONS = ["empty", "tooBig", "wrongType", "contentMismatch"] as const;
export type ReportFileRejection = (typeof REPORT_FILE_REJECTIONS)[number];

export type ReportFileCheck = { ok: true; kind: ReportKind; mime: string } | { ok: false; reason: ReportFileRejection; maxBytes: number };

function kindOfMime(mime: string | undefined): ReportKind | null {
  const base = mime?.split(";")[0]?.trim().toLowerCase();
  for (const kind of REPORT_KINDS) if (REPORT_MIME[kind] === base) return kind;
  return null;
}

/** What Telegram tells before the download (document.file_size, mime_type): refuse early what cannot pass. */
export function precheckReportFile(meta: { size?: number | undefined; mime?: string | undefined }): ReportFileCheck {
  if (meta.size !== undefined && meta.size > REPORT_MAX_BYTES) return { ok: false, reason: "tooBig", maxBytes: REPORT_MAX_BYTES };
  if (meta.size === 0) return { ok: false, reason: "empty", maxBytes: REPORT_MAX_BYTES };
  const kind = kindOfMime(meta.mime);
  if (!kind) return { ok: false, reason: "wrongType", maxBytes: REPORT_MAX_BYTES };
  return { ok: true, kind, mime: REPORT_MIME[kind] };
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // "PK\x03\x04"

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** File names in a ZIP's central directory, or null when it is not a readable ZIP. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    if (offset + 46 + nameLength > bytes.length) return null;
    names.push(decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** A Word document: a ZIP holding [Content_Types].xml and word/document.xml. */
export function looksLikeDocx(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, ZIP_MAGIC)) return false;
  const names = zipEntryNames(bytes);
  return names !== null && names.includes("[Content_Types].xml") && names.includes("word/document.xml");
}

/** Full check of the downloaded bytes against the declared MIME type. */
export function checkReportFile(file: { bytes: Uint8Array; mime?: string | undefined }): ReportFileCheck {
  const pre = precheckReportFile({ size: file.bytes.length, mime: file.mime });
  if (!pre.ok) return pre;
  const matches = pre.kind === "pdf" ? startsWith(file.bytes, PDF_MAGIC) : looksLikeDocx(file.bytes);
  if (!matches) return { ok: false, reason: "contentMismatch", maxBytes: REPORT_MAX_BYTES };
  return pre;
}

/** How many hex digits of a file's SHA-256 are shown to people (PDF, chat) to tell one attached file from another. */
export const SHOWN_DIGEST_LENGTH = 12;

/** The first 12 hex digits of a SHA-256, as printed next to an attached file's name. */
export function shownDigest(sha256: string): string {
  return sha256.slice(0, SHOWN_DIGEST_LENGTH);
}
