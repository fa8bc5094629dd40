import { createHash } from "node:crypto";
import { extractText, getDocumentProxy } from "unpdf";
import { beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createHarness } from "../support/bot-harness.js";
import { minimalDocx, minimalPdf } from "../diary/fixtures.js";
import { seedDiary, type Harness, type Locale } from "./diary-supervision-support.js";

/**
 * QP-06 6.8: the organisation supervisor's characteristic with an optional signed document (PDF or
 * DOCX ≤ 20 MB, checked as the practice report: MIME type and first bytes; GridFS with SHA-256).
 */
const database = useTestDatabase();
let h: Harness;

beforeEach(async () => {
  await clearDatabase(database.connection());
  h = createHarness({ connection: database.connection(), now: () => new Date("2026-11-23T09:00:00Z") });
  await h.db.syncIndexes();
});

const REFERENCE = "Айгерім жауапкершілікпен жұмыс істеді, дерекқорларды жобалауды жақсы меңгерді, ұжыммен тіл табыса білді.";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** /characteristic up to the document question. */
async function upToDocument(locale: Locale) {
  const s = await seedDiary(h, locale);
  await h.text(s.organisation, "/characteristic");
  await h.text(s.organisation, REFERENCE);
  await h.text(s.organisation, "88");
  expect(h.lastText(s.organisation.id)).toBe(h.t(locale, "characteristic-document-ask", { maxMb: 20 }));
  expect(h.lastButtons(s.organisation.id)).toEqual(["svc.doc:skip"]);
  return s;
}

const outcomeOf = (s: Awaited<ReturnType<typeof seedDiary>>) => h.services.diary.outcomes.getOutcome(String(s.placement._id));

async function pdfText(bytes: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

describe("QP-06 6.8: the characteristic with an optional signed document", () => {
  it("kk: a signed PDF is stored in GridFS with its SHA-256; the reply, /characteristic and the student's F-76 PDF name it", async () => {
    const s = await upToDocument("kk");
    const pdf = await minimalPdf("Minezdeme");
    const sha = createHash("sha256").update(pdf).digest("hex");
    await h.document(s.organisation, "minezdeme.pdf", "application/pdf", { bytes: pdf });
    const c = (await outcomeOf(s))?.characteristic;
    expect(c).toMatchObject({
      suggestedScore: 88,
      document: { fileName: "minezdeme.pdf", sha256: sha, mime: "application/pdf", size: pdf.length },
    });
    expect(Buffer.compare((await h.db.practiceFiles.read(c!.document!.gridFsId))!, pdf)).toBe(0);
    const attached = h.t("kk", "characteristic-document-attached", { file: "minezdeme.pdf", sha: sha.slice(0, 12) });
    expect(h.lastText(s.organisation.id)).toBe(
      [
        h.t("kk", "supervision-characteristic-saved", { student: "Әбілқасымова Айгерім", score: 88, letter: "B+", points: 3.33 }),
        attached,
      ].join("\n\n"),
    );

    // Opening /characteristic again shows what is already there, with the document.
    await h.text(s.organisation, "/characteristic");
    const texts = h.sentTexts(s.organisation.id);
    expect(texts.at(-2)).toContain(attached);
    expect(texts.at(-1)).toBe(h.t("kk", "supervision-characteristic-ask-text"));
    await h.text(s.organisation, "/cancel");

    await h.text(s.student, "/export");
    const [exported] = h.telegram.sentDocuments(s.student.id);
    const text = await pdfText(exported!.bytes);
    expect(text).toContain("minezdeme.pdf");
    expect(text).toContain(sha.slice(0, 12));
    expect(text).not.toContain(sha.slice(0, 13));
  });

  it("ru: «Пропустить» saves the characteristic without a document; /characteristic then says none is attached", async () => {
    const s = await upToDocument("ru");
    await h.press(s.organisation, "svc.doc:skip");
    const c = (await outcomeOf(s))?.characteristic;
    expect(c).toMatchObject({ suggestedScore: 88, suggestedLetter: "B+" });
    expect(c?.document).toBeUndefined();
    expect(h.lastText(s.organisation.id)).toBe(
      h.t("ru", "supervision-characteristic-saved", { student: "Әбілқасымова Айгерім", score: 88, letter: "B+", points: 3.33 }),
    );
    await h.text(s.organisation, "/characteristic");
    expect(h.sentTexts(s.organisation.id).at(-2)).toContain(h.t("ru", "characteristic-document-none"));
    await h.text(s.student, "/export");
    const text = await pdfText(h.telegram.sentDocuments(s.student.id)[0]!.bytes);
    expect(text).not.toContain("SHA-256:");
  });

  it("en: too big (refused before downloading), wrong type, an .exe renamed .pdf, a photo: each explained, nothing saved; then a DOCX", async () => {
    const s = await upToDocument("en");
    await h.document(s.organisation, "huge.pdf", "application/pdf", { size: 21 * 1024 * 1024 });
    expect(h.lastText(s.organisation.id)).toBe(h.t("en", "characteristic-document-reason-tooBig", { maxMb: 20 }));
    expect(h.calls.some((c) => c.method === "getFile")).toBe(false);
    await h.document(s.organisation, "scan.png", "image/png", { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) });
    expect(h.lastText(s.organisation.id)).toBe(h.t("en", "characteristic-document-reason-wrongType", { maxMb: 20 }));
    await h.document(s.organisation, "reference.pdf", "application/pdf", { bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 1, 2, 3, 4]) });
    expect(h.lastText(s.organisation.id)).toBe(h.t("en", "characteristic-document-reason-contentMismatch", { maxMb: 20 }));
    await h.photo(s.organisation, "scan");
    expect(h.lastText(s.organisation.id)).toBe(h.t("en", "characteristic-document-need-document", { maxMb: 20 }));
    expect(await outcomeOf(s)).toBeNull();
    await h.document(s.organisation, "reference.docx", DOCX, { bytes: await minimalDocx() });
    expect((await outcomeOf(s))?.characteristic?.document).toMatchObject({ fileName: "reference.docx", mime: DOCX });
    expect(h.lastText(s.organisation.id)).toContain(
      h.t("en", "supervision-characteristic-saved", {
        student: "Әбілқасымова Айгерім",
        score: 88,
        letter: "B+",
        points: 3.33,
      }),
    );
  });

  it("en: a text is no document; /cancel at the document question saves nothing, and its skip button is then stale", async () => {
    const s = await upToDocument("en");
    await h.text(s.organisation, "no file, sorry");
    expect(h.lastText(s.organisation.id)).toBe(h.t("en", "characteristic-document-need-document", { maxMb: 20 }));
    await h.text(s.organisation, "/cancel");
    expect(h.lastText(s.organisation.id)).toBe(h.t("en", "cancel-done"));
    await h.press(s.organisation, "svc.doc:skip");
    expect(await outcomeOf(s)).toBeNull();
  });

  it("kk: a bot restarted at the document question continues the scene; the DOCX is saved with the text and score typed before", async () => {
    const s = await upToDocument("kk");
    const restarted = createHarness({
      connection: database.connection(),
      now: () => new Date("2026-11-23T09:05:00Z"),
      telegram: h.telegram,
    });
    await restarted.document(s.organisation, "minezdeme.docx", DOCX, { bytes: await minimalDocx() });
    const c = (await outcomeOf(s))?.characteristic;
    expect(c).toMatchObject({ text: REFERENCE, suggestedScore: 88, document: { fileName: "minezdeme.docx" } });
  });
});
