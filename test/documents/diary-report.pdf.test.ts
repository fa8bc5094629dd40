import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { renderDiaryReportPdf } from "../../src/documents/diary-report.pdf.js";
import { diaryContentHash, formatVerificationCode, parseVerificationCode, canonicalJson } from "../../src/documents/diary-report-data.js";
import { createDocumentTranslations } from "../../src/documents/document-i18n.js";
import { fontPath } from "../../src/documents/fonts.js";
import { KAZAKH_ENTRY, LONG_ENTRY, sampleDiaryReportData } from "./sample-diary.js";

const translations = createDocumentTranslations();

async function pagesOf(pdf: Buffer): Promise<string[]> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: false });
  return text;
}
const squash = (s: string): string => s.replace(/\s+/g, " ").trim();

describe("F-76 diary-report PDF (QP-06 5.11, 5.14, 6.2)", () => {
  it("the extracted text holds the student's name, the Kazakh entry with ә ғ қ ң ө ұ ү һ і, and the totals", async () => {
    for (const letter of ["ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і"]) expect(KAZAKH_ENTRY).toContain(letter);
    const data = sampleDiaryReportData(60);
    const { pdf, code, pages } = await renderDiaryReportPdf(data, { t: translations.forLocale("kk"), locale: "kk" });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = await pagesOf(pdf);
    expect(text).toHaveLength(pages);
    const all = squash(text.join(" "));
    expect(all).toContain("Сейтқали Аружан Нұрланқызы");
    expect(all).toContain(squash(KAZAKH_ENTRY));
    expect(all).toContain("Барлығы: 360 сағ. ішінен 324,5 сағ.");
    expect(all).toContain("Бекітілді: 307 сағ.");
    expect(all).toContain("ПРАКТИКА КҮНДЕЛІГІ");
    expect(all).toContain(code);
    expect(all).toContain("90 балл — A- (3,67), «өте жақсы»");
  });

  it("the entries table breaks between lines: every line of a 3,000-character entry is printed, the header repeats", async () => {
    const data = sampleDiaryReportData(60);
    const { pdf } = await renderDiaryReportPdf(data, { t: translations.forLocale("ru"), locale: "ru" });
    const text = await pagesOf(pdf);
    expect(squash(text.join(" "))).toContain(squash(LONG_ENTRY));
    const withRows = text.filter((page) => /\d{2}\.\d{2}\.2026/.test(page) && page.includes("Выполненная работа"));
    // Every page holding entries starts the table with its header.
    const tablePages = text.filter((page) => /\b\d{1,2} \d{2}\.\d{2}\.2026 \d/.test(squash(page)));
    expect(tablePages.length).toBeGreaterThan(2);
    for (const page of tablePages) expect(page).toContain("Выполненная работа");
    expect(withRows.length).toBe(tablePages.length);
    // Row numbers 1…60 all appear, in order.
    const numbers = [...squash(text.join(" ")).matchAll(/(?:^| )(\d{1,2}) (\d{2}\.\d{2}\.2026)(?: [^\d]+?)? \d/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
  });

  it("labels follow the reader's language; the verification code does not (it hashes the content)", async () => {
    const data = sampleDiaryReportData(5);
    const en = await renderDiaryReportPdf(data, { t: translations.forLocale("en"), locale: "en" });
    const ru = await renderDiaryReportPdf(data, { t: translations.forLocale("ru"), locale: "ru" });
    expect(en.code).toBe(ru.code);
    expect(squash((await pagesOf(en.pdf)).join(" "))).toContain("PRACTICE DIARY (DIARY-REPORT)");
    expect(squash((await pagesOf(ru.pdf)).join(" "))).toContain("ДНЕВНИК-ОТЧЁТ ПО ПРАКТИКЕ");
    const changed = await renderDiaryReportPdf(
      { ...data, entries: data.entries.map((e, i) => (i === 0 ? { ...e, hours: 5 } : e)) },
      {
        t: translations.forLocale("ru"),
        locale: "ru",
      },
    );
    expect(changed.code).not.toBe(ru.code);
  });

  it("an empty diary without characteristic, grade and sign-offs still renders, saying so", async () => {
    const data = sampleDiaryReportData(1, {
      entries: [],
      weeks: [],
      characteristic: null,
      grade: null,
      signOffs: [],
      organisationSupervisor: null,
    });
    const { pdf } = await renderDiaryReportPdf(data, { t: translations.forLocale("en"), locale: "en" });
    const all = squash((await pagesOf(pdf)).join(" "));
    expect(all).toContain("The diary has no entries yet.");
    expect(all).toContain("No grade has been recorded yet.");
    expect(all).toContain("The supervisors have not signed off the diary yet.");
    expect(all).toContain("Organisation supervisor not assigned");
  });
});

describe("verification code", () => {
  it("is the first 16 hex digits of the canonical content's SHA-256, grouped by four; typed forms parse back", () => {
    const data = sampleDiaryReportData(3);
    const hash = diaryContentHash(data);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const code = formatVerificationCode(hash);
    expect(code).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    expect(code.replace(/-/g, "")).toBe(hash.slice(0, 16).toUpperCase());
    expect(parseVerificationCode(code.toLowerCase())).toBe(hash.slice(0, 16).toUpperCase());
    expect(parseVerificationCode(`PRAKTIKA F-76 ${code}`)).toBe(hash.slice(0, 16).toUpperCase());
    expect(parseVerificationCode("1234")).toBeNull();
    expect(parseVerificationCode("ZZZZ-ZZZZ-ZZZZ-ZZZZ")).toBeNull();
  });
  it("canonical JSON ignores key order and undefined", () => {
    expect(canonicalJson({ b: 1, a: [1, { d: undefined, c: "x" }] })).toBe('{"a":[1,{"c":"x"}],"b":1}');
    const data = sampleDiaryReportData(3);
    const reordered = Object.fromEntries(Object.entries(data).reverse()) as typeof data;
    expect(diaryContentHash(reordered)).toBe(diaryContentHash(data));
  });
});

describe("fonts", () => {
  it("DejaVu Sans resolves from the dejavu-fonts-ttf package", () => {
    expect(fontPath("regular")).toMatch(/node_modules[\\/]dejavu-fonts-ttf[\\/]ttf[\\/]DejaVuSans\.ttf$/);
    expect(fontPath("bold")).toMatch(/DejaVuSans-Bold\.ttf$/);
  });
});
