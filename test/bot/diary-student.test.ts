import { extractText, getDocumentProxy } from "unpdf";
import { beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createHarness, type TestPerson } from "../support/bot-harness.js";
import { createSeeder } from "../support/seed.js";
import { minimalDocx, minimalPdf } from "../diary/fixtures.js";
import type { Locale } from "../../src/config/config.js";

const database = useTestDatabase();
let h: ReturnType<typeof createHarness>;
/** Wednesday 20 January 2027, 14:00 in Almaty: the second week of the practice (11 Jan – 5 Mar 2027). */
const TODAY = new Date("2027-01-20T09:00:00Z");
let now = TODAY;
let placementId = "";

const KK_TEXT = "Төлем модулінің бірлік тестілерін жаздым, қателерді түзеттім және код шолуына қатыстым.";
const RU_TEXT = "Написал модульные тесты для платёжного модуля и исправил найденные ошибки.";
const EN_TEXT = "Wrote unit tests for the payment module and fixed the defects they found.";

function people(locale: Locale) {
  const base = { kk: 7100, ru: 7200, en: 7300 }[locale];
  return {
    student: { id: base + 1, firstName: "Аружан", languageCode: locale } satisfies TestPerson,
    university: { id: base + 2, firstName: "Данияр", languageCode: locale } satisfies TestPerson,
    organisation: { id: base + 3, firstName: "Ерлан", languageCode: locale } satisfies TestPerson,
    coordinator: { id: base + 4, firstName: "Гүлнар", languageCode: locale } satisfies TestPerson,
  };
}

async function setUp(locale: Locale, links: { university?: boolean; organisation?: boolean } = { university: true, organisation: true }) {
  const p = people(locale);
  const seed = createSeeder(h.db);
  const department = await seed.department("CS", "iitu");
  await seed.student(p.student, department, { fullName: "Сейтқали Аружан", studentNumber: "20210345" });
  const placement = await seed.placementThroughBase(p.student, {
    stage: "approved",
    coordinator: p.coordinator,
    ...(links.university ? { universitySupervisor: p.university } : {}),
    ...(links.organisation ? { organisationSupervisor: p.organisation } : {}),
  });
  placementId = String(placement._id);
  for (const person of Object.values(p)) {
    await h.db.users.touch({ id: person.id, first_name: person.firstName }, null);
    await h.db.users.setLanguage(person.id, locale);
  }
  now = TODAY;
  return p;
}

/** Writes one entry through the scene: date button, hours button, text, no evidence, send. */
async function writeEntry(person: TestPerson, entry: { date: string; hours: number; text: string }): Promise<void> {
  await h.text(person, "/diary");
  await h.press(person, `dia.d:${entry.date}`);
  await h.press(person, `dia.h:${entry.hours}`);
  await h.text(person, entry.text);
  await h.press(person, "dia.ev:done");
  await h.press(person, "dia.cf:send");
}

beforeEach(async () => {
  await clearDatabase(database.connection());
  now = new Date("2026-11-23T09:00:00Z");
  h = createHarness({ connection: database.connection(), now: () => now });
  await h.db.syncIndexes();
});

describe("/diary: writing an entry (issue 9; QP-06 5.11)", () => {
  for (const [locale, text] of [
    ["kk", KK_TEXT],
    ["ru", RU_TEXT],
    ["en", EN_TEXT],
  ] as const) {
    it(`${locale}: today by default, hours by button, text, confirm → submitted, and the organisation supervisor gets Approve / Return`, async () => {
      const p = await setUp(locale);
      await h.text(p.student, "/diary");
      expect(h.lastText(p.student.id)).toBe(h.t(locale, "diary-ask-date"));
      const dates = h.lastButtons(p.student.id);
      // Today first, back to the backfill limit (7 days, policy), never the future or before the start.
      expect(dates[0]).toBe("dia.d:2027-01-20");
      expect(dates.at(-1)).toBe("dia.d:2027-01-13");
      expect(dates).not.toContain("dia.d:2027-01-21");
      await h.press(p.student, "dia.d:2027-01-20");
      expect(h.lastText(p.student.id)).toBe(h.t(locale, "diary-ask-hours", { hours: 6 }));
      await h.press(p.student, "dia.h:6");
      await h.text(p.student, text);
      await h.press(p.student, "dia.ev:done");
      expect(h.lastText(p.student.id)).toContain(text);
      await h.press(p.student, "dia.cf:send");
      expect(h.lastText(p.student.id)).toContain(h.t(locale, "diary-sent", { date: "20.01.2027" }));
      expect(h.lastText(p.student.id)).toContain(h.t(locale, "diary-sent-to-approver"));

      const entry = await h.db.diaryEntries.findByDate(placementId, "2027-01-20");
      expect(entry).toMatchObject({ status: "submitted", hours: 6, text });
      expect(await h.db.diaryDrafts.find(p.student.id)).toBeNull();

      const delivered = await h.deliver();
      const note = delivered.find((c) => c.method === "sendMessage" && c.payload["chat_id"] === p.organisation.id);
      expect(note?.payload["text"]).toBe(
        h.t(locale, "diary-notify-entry", { student: "Сейтқали Аружан", date: "20.01.2027", hours: 6, text }),
      );
      const buttons = (note?.payload["reply_markup"]?.inline_keyboard as { callback_data: string }[][]).flat().map((b) => b.callback_data);
      expect(buttons).toEqual([`dia.ok:${String(entry!._id)}:${entry!.version}`, `dia.ret:${String(entry!._id)}:${entry!.version}`]);
    });
  }

  it("without an organisation supervisor, the university supervisor gets the entry (QP-06 5.11)", async () => {
    const p = await setUp("ru", { university: true });
    await writeEntry(p.student, { date: "2027-01-19", hours: 7, text: RU_TEXT });
    const delivered = await h.deliver();
    expect(delivered.some((c) => c.method === "sendMessage" && c.payload["chat_id"] === p.university.id)).toBe(true);
    expect(delivered.some((c) => c.payload["chat_id"] === p.organisation.id)).toBe(false);
  });

  it("hours may be typed (6,5); each validation error is explained and asked again", async () => {
    const p = await setUp("ru");
    await h.text(p.student, "/diary");
    await h.press(p.student, "dia.d:2027-01-18");
    await h.text(p.student, "шесть");
    expect(h.lastText(p.student.id)).toBe(h.t("ru", "diary-reason-hoursNotANumber"));
    await h.text(p.student, "13");
    expect(h.lastText(p.student.id)).toBe(h.t("ru", "diary-reason-hoursOutOfRange", { min: 0.5, max: 12 }));
    await h.text(p.student, "6,25");
    expect(h.lastText(p.student.id)).toBe(h.t("ru", "diary-reason-hoursStep", { step: 0.5 }));
    await h.text(p.student, "6,5");
    await h.text(p.student, "Мало текста");
    expect(h.lastText(p.student.id)).toBe(h.t("ru", "diary-reason-textTooShort", { min: 20, length: 11 }));
    await h.text(p.student, "я".repeat(3001));
    expect(h.lastText(p.student.id)).toBe(h.t("ru", "diary-reason-textTooLong", { max: 3000, length: 3001 }));
  });

  it("ru: a voice message or a photo with a caption where the text is expected is refused with a hint; a photo alone is kept as evidence", async () => {
    const p = await setUp("ru");
    await h.text(p.student, "/diary");
    await h.press(p.student, "dia.d:2027-01-18");
    await h.press(p.student, "dia.h:6");
    await h.voice(p.student);
    expect(h.lastText(p.student.id)).toBe(h.t("ru", "diary-reason-voiceOrPhoto"));
    await h.photo(p.student, "board", "Вот что я сделал сегодня на работе");
    expect(h.lastText(p.student.id)).toBe(h.t("ru", "diary-reason-voiceOrPhoto"));
    // A photo without a caption is kept as evidence.
    await h.photo(p.student, "screen");
    expect(h.lastText(p.student.id)).toBe(h.t("ru", "diary-photo-kept-type-text", { count: 1 }));
    expect((await h.db.diaryDrafts.find(p.student.id))?.evidence).toHaveLength(1);
    await h.text(p.student, RU_TEXT);
    expect(h.lastText(p.student.id)).toBe(h.t("ru", "diary-ask-evidence", { count: 1 }));
  });

  it("kk: a stale date button outside the offered days changes nothing; a weekend entry is accepted but marked", async () => {
    const p = await setUp("kk");
    await h.text(p.student, "/diary");
    await h.press(p.student, "dia.d:2027-01-21");
    expect(await h.db.diaryDrafts.find(p.student.id)).toBeNull();
    await h.press(p.student, "dia.d:2027-01-17");
    expect(h.sentTexts(p.student.id)).toContain(h.t("kk", "diary-day-is-weekend", { date: "17.01.2027" }));
    await h.press(p.student, "dia.h:4");
    await h.text(p.student, KK_TEXT);
    await h.photo(p.student, "proof");
    await h.press(p.student, "dia.ev:done");
    await h.press(p.student, "dia.cf:send");
    expect(h.lastText(p.student.id)).toContain(h.t("kk", "diary-sent-marked-weekend"));
    expect(await h.db.diaryEntries.findByDate(placementId, "2027-01-17")).toMatchObject({
      hours: 4,
      evidence: [{ kind: "photo", fileUniqueId: "up-proof" }],
    });
  });
});

describe("/diary: editing, drafts and resuming", () => {
  it("en: writing for a day that has an entry edits it (current text shown); an approved entry loses its approval and the approver is told", async () => {
    const p = await setUp("en");
    await writeEntry(p.student, { date: "2027-01-19", hours: 6, text: EN_TEXT });
    const entry = (await h.db.diaryEntries.findByDate(placementId, "2027-01-19"))!;
    const approved = await h.services.diary.entries.approveEntry({
      entryId: String(entry._id),
      expectedVersion: entry.version,
      actor: { telegramId: p.organisation.id, role: "organisationSupervisor" },
      placement: (await h.services.diaryPlacements.load(placementId))!.diary,
    });
    expect(approved.status).toBe("approved");
    await h.deliver();

    await h.text(p.student, "/diary");
    await h.press(p.student, "dia.d:2027-01-19");
    expect(h.sentTexts(p.student.id)).toContain(
      h.t("en", "diary-editing", { date: "19.01.2027", status: h.t("en", "diary-status-short-approved"), hours: 6, text: EN_TEXT }),
    );
    await h.press(p.student, "dia.h:8");
    await h.press(p.student, "dia.keep:keep");
    await h.press(p.student, "dia.ev:done");
    await h.press(p.student, "dia.cf:send");
    expect(h.lastText(p.student.id)).toContain(h.t("en", "diary-updated", { date: "19.01.2027" }));
    expect(h.lastText(p.student.id)).toContain(h.t("en", "diary-approval-cleared-student"));
    expect(await h.db.diaryEntries.findByDate(placementId, "2027-01-19")).toMatchObject({ status: "submitted", hours: 8, text: EN_TEXT });

    now = new Date(TODAY.getTime() + 60 * 60 * 1000);
    const delivered = await h.deliver();
    const toApprover = delivered
      .filter((c) => c.method === "sendMessage" && c.payload["chat_id"] === p.organisation.id)
      .map((c) => c.payload["text"]);
    expect(toApprover).toContain(h.t("en", "diary-reason-approval-cleared", { student: "Сейтқали Аружан", date: "19.01.2027" }));
    expect(toApprover).toContain(
      h.t("en", "diary-notify-entry-edited", { student: "Сейтқали Аружан", date: "19.01.2027", hours: 8, text: EN_TEXT }),
    );
  });

  it("ru: the draft survives a rebuilt bot (restart/deploy) and /diary offers to continue it", async () => {
    const p = await setUp("ru");
    await h.text(p.student, "/diary");
    await h.press(p.student, "dia.d:2027-01-18");
    await h.press(p.student, "dia.h:5");
    const restarted = createHarness({ connection: database.connection(), now: () => now, telegram: h.telegram });
    // The conversation state is gone as after a deploy with a new scene version: the draft remains.
    await restarted.db.conversationStates.delete(`${p.student.id}:${p.student.id}`);
    await restarted.text(p.student, "/diary");
    expect(restarted.lastText(p.student.id)).toBe(h.t("ru", "diary-resume-ask", { date: "18.01.2027" }));
    await restarted.press(p.student, "yn:yes");
    // Date and hours are kept: the text is asked next.
    expect(restarted.lastText(p.student.id)).toBe(h.t("ru", "diary-ask-text", { min: 20, max: 3000 }));
    await restarted.text(p.student, RU_TEXT);
    await restarted.press(p.student, "dia.ev:done");
    await restarted.press(p.student, "dia.cf:send");
    expect(await restarted.db.diaryEntries.findByDate(placementId, "2027-01-18")).toMatchObject({ hours: 5, text: RU_TEXT });
  });

  it("kk: /cancel keeps the draft and says so; /diary resumes it", async () => {
    const p = await setUp("kk");
    await h.text(p.student, "/diary");
    await h.press(p.student, "dia.d:2027-01-19");
    await h.press(p.student, "dia.h:6");
    await h.text(p.student, KK_TEXT);
    await h.text(p.student, "/cancel");
    expect(h.lastText(p.student.id)).toBe(h.t("kk", "diary-scene-cancelled"));
    await h.text(p.student, "/diary");
    expect(h.lastText(p.student.id)).toBe(h.t("kk", "diary-resume-ask", { date: "19.01.2027" }));
    await h.press(p.student, "yn:yes");
    expect(h.lastText(p.student.id)).toBe(h.t("kk", "diary-ask-evidence", { count: 0 }));
    await h.press(p.student, "dia.ev:done");
    await h.press(p.student, "dia.cf:send");
    expect(await h.db.diaryEntries.findByDate(placementId, "2027-01-19")).toMatchObject({ text: KK_TEXT });
  });

  it("without an approved placement /diary, /progress and /entries say so", async () => {
    const seed = createSeeder(h.db);
    const department = await seed.department("CS", "iitu");
    const student: TestPerson = { id: 7401, firstName: "Ерлан", languageCode: "ru" };
    await seed.student(student, department);
    await h.db.users.setLanguage(student.id, "ru");
    for (const command of ["/diary", "/progress", "/entries"]) {
      await h.text(student, command);
      expect(h.lastText(student.id)).toBe(h.t("ru", "diary-no-placement"));
    }
  });
});

describe("/progress and /entries", () => {
  it("ru: approved / handed in / required hours with a bar, this week against 30 h (QP-06 3.6), missing working days", async () => {
    const p = await setUp("ru");
    await writeEntry(p.student, { date: "2027-01-18", hours: 6, text: RU_TEXT });
    await writeEntry(p.student, { date: "2027-01-19", hours: 8, text: RU_TEXT });
    await h.text(p.student, "/progress");
    const text = h.lastText(p.student.id);
    expect(text).toContain(h.t("ru", "diary-progress-approved", { approved: 0, required: 240 }));
    expect(text).toContain("░░░░░░░░░░ 0%");
    expect(text).toContain(h.t("ru", "diary-progress-submitted", { submitted: 14, awaiting: 14 }));
    expect(text).toContain(h.t("ru", "diary-progress-week", { from: "18.01.2027", to: "24.01.2027", hours: 14, target: 30 }));
    // 11–15 January: five working days without an entry.
    expect(text).toContain("11.01.2027, 12.01.2027, 13.01.2027, 14.01.2027, 15.01.2027");
  });

  it("en: /entries shows the current week of all 8 with statuses; the previous-week button pages back; a forged page is clamped", async () => {
    const p = await setUp("en");
    await writeEntry(p.student, { date: "2027-01-19", hours: 6, text: EN_TEXT });
    await h.text(p.student, "/entries");
    const week = h.lastText(p.student.id);
    expect(week).toContain(h.t("en", "diary-week-title", { index: 2, pages: 8, from: "18.01.2027", to: "24.01.2027" }));
    expect(week).toContain(h.t("en", "diary-status-short-submitted"));
    expect(h.lastButtons(p.student.id)).toEqual(["dia.w:0", "dia.w:2"]);
    await h.press(p.student, "dia.w:0");
    const edit = h.calls.filter((c) => c.method === "editMessageText").at(-1);
    expect(edit?.payload["text"]).toContain(h.t("en", "diary-week-title", { index: 1, pages: 8, from: "11.01.2027", to: "17.01.2027" }));
  });
});

describe("/report: the practice report (PDF or DOCX ≤ 20 MB; QP-06 6.12)", () => {
  it("kk: a good PDF is stored in GridFS with its SHA-256 and the university supervisor gets the file", async () => {
    const p = await setUp("kk");
    await h.text(p.student, "/report");
    expect(h.lastText(p.student.id)).toBe(h.t("kk", "report-ask", { maxMb: 20 }));
    const pdf = await minimalPdf("Есеп");
    await h.document(p.student, "esep.pdf", "application/pdf", { bytes: pdf });
    expect(h.lastText(p.student.id)).toContain(h.t("kk", "report-uploaded"));
    const outcome = await h.db.practiceOutcomes.find(placementId);
    expect(outcome?.report).toMatchObject({ fileName: "esep.pdf", size: pdf.length });
    expect(outcome?.report?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const stored = await h.services.diary.outcomes.readReport(placementId);
    expect(Buffer.compare(stored!.bytes, pdf)).toBe(0);
    const delivered = await h.deliver();
    const sent = delivered.filter((c) => c.method === "sendDocument" && c.payload["chat_id"] === p.university.id);
    expect(sent.map((c) => c.payload["document"])).toEqual(["f-esep.pdf"]);
  });

  it("ru: too big (refused before downloading), wrong type, an .exe renamed .pdf; then a DOCX is accepted", async () => {
    const p = await setUp("ru");
    await h.text(p.student, "/report");
    await h.document(p.student, "big.pdf", "application/pdf", { size: 21 * 1024 * 1024 });
    expect(h.lastText(p.student.id)).toBe(h.t("ru", "diary-reason-report-tooBig", { maxMb: 20 }));
    expect(h.calls.some((c) => c.method === "getFile" || c.method === "downloadFile")).toBe(false);
    await h.document(p.student, "photo.png", "image/png", { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) });
    expect(h.lastText(p.student.id)).toBe(h.t("ru", "diary-reason-report-wrongType", { maxMb: 20 }));
    await h.document(p.student, "report.pdf", "application/pdf", { bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 1, 2, 3, 4]) });
    expect(h.lastText(p.student.id)).toBe(h.t("ru", "diary-reason-report-contentMismatch", { maxMb: 20 }));
    expect((await h.db.practiceOutcomes.find(placementId))?.report ?? null).toBeNull();
    await h.document(p.student, "otchet.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", {
      bytes: await minimalDocx(),
    });
    expect(h.lastText(p.student.id)).toContain(h.t("ru", "report-uploaded"));
  });
});

describe("/export: the F-76 diary-report PDF for a student", () => {
  it("en: sends a PDF document with the verification code", async () => {
    const p = await setUp("en");
    await writeEntry(p.student, { date: "2027-01-19", hours: 6, text: EN_TEXT });
    await h.text(p.student, "/export");
    const documents = h.telegram.sentDocuments(p.student.id);
    expect(documents).toHaveLength(1);
    expect(documents[0]!.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(documents[0]!.fileName).toMatch(/\.pdf$/);
    expect(documents[0]!.caption).toMatch(/[0-9A-F]{4}-[0-9A-F]{4}/);
    // The QR's address is built from PUBLIC_URL; nobody has signed off yet, so the copy is marked and verifies as unsigned (QP-06 6.2).
    const code = /[0-9A-F]{4}(?:-[0-9A-F]{4}){3}/.exec(documents[0]!.caption ?? "")![0];
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(documents[0]!.bytes)), { mergePages: true });
    const printed = text.replace(/\s+/g, " ");
    expect(printed).toContain(`https://praktika.test/v/${code}`);
    expect(printed).toContain(h.t("en", "doc-not-signed-mark"));
    await h.text(p.student, `/verify https://praktika.test/v/${code}`);
    expect(h.lastText(p.student.id).startsWith(h.t("en", "verify-status-unsigned"))).toBe(true);
  });
});
