import QRCode from "qrcode";
import { extractText, getDocumentProxy } from "unpdf";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderDiaryReportPdf } from "../../src/documents/diary-report.pdf.js";
import { parseVerificationCode } from "../../src/documents/diary-report-data.js";
import { createDocumentTranslations } from "../../src/documents/document-i18n.js";
import { sampleDiaryReportData } from "./sample-diary.js";

const translations = createDocumentTranslations();
const squash = (s: string): string => s.replace(/\s+/g, " ").trim();

async function pagesOf(pdf: Buffer): Promise<string[]> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  return text.map(squash);
}

afterEach(() => vi.restoreAllMocks());

describe("F-76: the QR code leads to the verification page; a diary not signed off is marked on every page (QP-06 6.2)", () => {
  it.each(["kk", "ru", "en"] as const)(
    "%s: the QR encoder gets <PUBLIC_URL>/v/<code> and the hint prints the same address",
    async (locale) => {
      const encode = vi.spyOn(QRCode, "toBuffer");
      const t = translations.forLocale(locale);
      const rendered = await renderDiaryReportPdf(sampleDiaryReportData(20), { t, locale, publicUrl: "https://praktika.example.kz/" });
      const url = `https://praktika.example.kz/v/${rendered.code}`;
      expect(rendered.verificationUrl).toBe(url);
      expect(encode.mock.calls.map((call) => call[0])).toEqual([url]);
      const all = (await pagesOf(rendered.pdf)).join(" ");
      expect(all).toContain(squash(t("doc-verification-hint", { url })));
      expect(all).not.toMatch(/npm|cli verify/i);
      // Signed off by both supervisors: no working-copy mark.
      expect(all).not.toContain(t("doc-not-signed-mark"));
      // A scanned address is a valid code for /verify.
      expect(parseVerificationCode(url)).toBe(rendered.code.replace(/-/g, ""));
    },
  );

  it("without PUBLIC_URL (the CLI) the QR leads to http://localhost:8080/v/<code>", async () => {
    const rendered = await renderDiaryReportPdf(sampleDiaryReportData(3), { t: translations.forLocale("ru"), locale: "ru" });
    expect(rendered.verificationUrl).toBe(`http://localhost:8080/v/${rendered.code}`);
  });

  it.each(["kk", "ru", "en"] as const)(
    "%s: NOT SIGNED — working copy on every page of an unsigned diary, and of a half-signed one",
    async (locale) => {
      const t = translations.forLocale(locale);
      const unsigned = await renderDiaryReportPdf(sampleDiaryReportData(60, { signOffs: [], grade: null }), { t, locale });
      expect(unsigned.pages).toBeGreaterThan(2);
      const pages = await pagesOf(unsigned.pdf);
      expect(pages).toHaveLength(unsigned.pages);
      for (const page of pages) expect(page.split(t("doc-not-signed-mark")).length - 1).toBeGreaterThanOrEqual(2);

      const half = sampleDiaryReportData(5);
      const onlyOrganisation = await renderDiaryReportPdf({ ...half, signOffs: half.signOffs.slice(0, 1) }, { t, locale });
      for (const page of await pagesOf(onlyOrganisation.pdf)) expect(page).toContain(t("doc-not-signed-mark"));
    },
  );
});
