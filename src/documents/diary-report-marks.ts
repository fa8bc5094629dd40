import QRCode from "qrcode";
import { wrapText, type PageCursor, type TextStyle } from "./pdf-layout.js";
import type { Translate } from "./translate.js";

const MUTED: TextStyle = { font: "regular", size: 7.5, color: "#555555" };
const HEADING: TextStyle = { font: "bold", size: 11 };
const CODE: TextStyle = { font: "bold", size: 13 };
const MARK: TextStyle = { font: "bold", size: 10, color: "#b00000" };

/** Where the QR code leads when no public address is configured (the CLI, tests). */
export const DEFAULT_PUBLIC_URL = "http://localhost:8080";

/** The page behind the QR code: `${publicUrl}/v/<code>`. */
export function verificationUrl(publicUrl: string | undefined, code: string): string {
  return `${(publicUrl ?? DEFAULT_PUBLIC_URL).replace(/\/+$/, "")}/v/${code}`;
}

/** The QR code's image (PNG) of `url`. */
export function verificationQr(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: "png", errorCorrectionLevel: "M", margin: 1, width: 240 });
}

/** The verification block: the QR code beside the code and the hint "scan the QR code or open <URL>", kept together. */
export function drawVerificationBlock(cursor: PageCursor, input: { qr: Buffer; code: string; url: string; t: Translate }): void {
  const { doc } = cursor;
  const qrSize = 84;
  cursor.ensure(qrSize + 8);
  const top = cursor.y;
  doc.image(input.qr, cursor.left, top, { width: qrSize, height: qrSize });
  const textX = cursor.left + qrSize + 12;
  const textWidth = cursor.width - qrSize - 12;
  let ty = top + 4;
  for (const line of [
    ...wrapText(doc, input.t("doc-verification-title"), textWidth, HEADING),
    ...wrapText(doc, input.code, textWidth, CODE),
    ...wrapText(doc, input.t("doc-verification-hint", { url: input.url }), textWidth, MUTED),
  ]) {
    cursor.drawLine(line, textX, ty, textWidth);
    ty += line.style.size * 1.28;
  }
  cursor.y = Math.max(top + qrSize, ty) + 4;
}

/**
 * On every page: the footer and, while the diary is not signed off (QP-06 6.2), the «NOT SIGNED — working copy»
 * mark — a line at the top of the page and a large pale diagonal stamp across it.
 */
export function drawPageMarks(
  cursor: PageCursor,
  input: { footer: (page: number, pages: number) => string; notSigned: string | null },
): number {
  const { doc } = cursor;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const w = cursor.width;
    if (input.notSigned !== null) {
      const mark = wrapText(doc, input.notSigned, w, MARK)[0] ?? { text: input.notSigned, style: MARK };
      cursor.drawLine(mark, cursor.left, doc.page.margins.top - 24, w);
      const cx = doc.page.width / 2;
      const cy = doc.page.height / 2;
      doc.save();
      doc.rotate(-35, { origin: [cx, cy] });
      doc.font("bold").fontSize(30).fillColor("#c00000").fillOpacity(0.12);
      doc.text(input.notSigned, cx - 320, cy - 20, { width: 640, align: "center", lineBreak: false });
      doc.restore();
    }
    const text = input.footer(i - range.start + 1, range.count);
    const y = doc.page.height - doc.page.margins.bottom + 16;
    const line = wrapText(doc, text, w, MUTED)[0] ?? { text, style: MUTED };
    cursor.drawLine(line, cursor.left, y, w);
  }
  return range.count;
}
