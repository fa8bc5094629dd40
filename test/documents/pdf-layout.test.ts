import PDFDocument from "pdfkit";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { fontBytes } from "../../src/documents/fonts.js";
import { PageCursor, wrapText, type Line, type TableOptions } from "../../src/documents/pdf-layout.js";

const STYLE = { font: "regular" as const, size: 9 };

async function render(draw: (cursor: PageCursor, doc: PDFKit.PDFDocument) => void): Promise<string[]> {
  const doc = new PDFDocument({ size: "A4", margins: { top: 40, bottom: 48, left: 40, right: 40 } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.registerFont("regular", fontBytes("regular"));
  doc.registerFont("bold", fontBytes("bold"));
  draw(new PageCursor(doc), doc);
  doc.end();
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await done)), { mergePages: false });
  return text;
}

const table: TableOptions = {
  columns: [
    { header: "No", width: 40 },
    { header: "Work", width: 475 },
  ],
  headerStyle: { font: "bold", size: 9 },
  padding: 3,
  borders: true,
  showHeader: true,
};
const lines = (prefix: string, n: number): Line[] =>
  Array.from({ length: n }, (_, i) => ({ text: `${prefix}${String(i + 1).padStart(3, "0")}`, style: STYLE }));

describe("PDF table layout: rows break between lines, the header repeats", () => {
  it("a row taller than a page is split between lines over several pages, each page starting with the header", async () => {
    const pages = await render((cursor) => {
      cursor.table(table, [
        [[{ text: "1", style: STYLE }], lines("short", 2)],
        [[{ text: "2", style: STYLE }], lines("tall", 150)],
        [[{ text: "3", style: STYLE }], lines("after", 3)],
      ]);
    });
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) expect(page).toContain("No Work");
    const tall = pages.flatMap((p) => [...p.matchAll(/tall(\d{3})/g)].map((m) => Number(m[1])));
    expect(tall).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
    // Each line is on exactly one page.
    const perPage = pages.map((p) => [...p.matchAll(/tall\d{3}/g)].length);
    expect(perPage.reduce((a, b) => a + b, 0)).toBe(150);
  });

  it("a row that does not fit the rest of the page but fits a fresh one moves whole to the next page", async () => {
    const pages = await render((cursor) => {
      cursor.table(table, [
        [[{ text: "1", style: STYLE }], lines("fill", 55)],
        [[{ text: "2", style: STYLE }], lines("whole", 20)],
      ]);
    });
    expect(pages).toHaveLength(2);
    expect(pages[0]).not.toContain("whole");
    expect([...pages[1]!.matchAll(/whole\d{3}/g)]).toHaveLength(20);
    expect(pages[1]).toContain("No Work");
  });

  it("wrapText keeps every line within the width and cuts over-long words between characters", async () => {
    await render((_, doc) => {
      const text = `Қазақстан ${"ө".repeat(300)} ${"сөз ".repeat(80)}`;
      const wrapped = wrapText(doc, text, 200, STYLE);
      doc.font("regular").fontSize(9);
      for (const line of wrapped) expect(doc.widthOfString(line.text)).toBeLessThanOrEqual(200);
      expect(
        wrapped
          .map((l) => l.text)
          .join("")
          .replace(/\s/g, ""),
      ).toBe(text.replace(/\s/g, ""));
      expect(wrapText(doc, "a\n\nb", 200, STYLE).map((l) => l.text)).toEqual(["a", "", "b"]);
    });
  });
});
