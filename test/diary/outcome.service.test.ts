import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { REPORT_MAX_BYTES, REPORT_MIME } from "../../src/domain/diary/index.js";
import type { DiaryServices } from "../../src/services/diary/index.js";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { minimalDocx, minimalPdf } from "./fixtures.js";
import { buildServices, orgSupervisor, placementFixture, studentOf, testClock, TEXT_KK, uniSupervisor } from "./helpers.js";

const tdb = useTestDatabase();
const clock = testClock("2026-11-27T06:00:00Z");
let services: DiaryServices;
const placement = placementFixture();
const student = studentOf(placement);

beforeAll(async () => {
  ({ services } = await buildServices(tdb.connection(), clock));
});
beforeEach(async () => {
  await clearDatabase(tdb.connection());
  clock.set("2026-11-27T06:00:00Z");
});

describe("report upload (QP-06 6.3, 6.12: GridFS archive with SHA-256)", () => {
  it("a PDF is stored in GridFS with its SHA-256; the university supervisor is to be told", async () => {
    const pdf = await minimalPdf("Есеп");
    const r = await services.outcomes.uploadReport({
      placement,
      actor: student,
      file: { bytes: pdf, fileName: "есеп.pdf", mime: "application/pdf" },
    });
    expect(r).toMatchObject({
      status: "uploaded",
      previous: null,
      notifyTelegramId: 501,
      report: { fileName: "есеп.pdf", size: pdf.length, mime: "application/pdf" },
    });
    const back = await services.outcomes.readReport("pl-1");
    expect(back?.bytes.equals(pdf)).toBe(true);
    const { createHash } = await import("node:crypto");
    expect(back?.file.sha256).toBe(createHash("sha256").update(pdf).digest("hex"));
  });

  it("re-uploading keeps the history; the same bytes again change nothing", async () => {
    const pdf = await minimalPdf("v1");
    const docx = await minimalDocx();
    await services.outcomes.uploadReport({ placement, actor: student, file: { bytes: pdf, fileName: "v1.pdf", mime: "application/pdf" } });
    clock.advance(60_000);
    const second = await services.outcomes.uploadReport({
      placement,
      actor: student,
      file: { bytes: docx, fileName: "v2.docx", mime: REPORT_MIME.docx },
    });
    expect(second).toMatchObject({ status: "uploaded", previous: { fileName: "v1.pdf" }, report: { fileName: "v2.docx" } });
    const same = await services.outcomes.uploadReport({
      placement,
      actor: student,
      file: { bytes: docx, fileName: "again.docx", mime: REPORT_MIME.docx },
    });
    expect(same.status).toBe("unchanged");
    const outcome = await services.outcomes.getOutcome("pl-1");
    expect(outcome?.reportHistory.map((f) => f.fileName)).toEqual(["v1.pdf", "v2.docx"]);
    expect(outcome?.report?.fileName).toBe("v2.docx");
    const files = await tdb.connection().db!.collection("practice_files.files").countDocuments();
    expect(files).toBe(2);
  });

  it("too big, wrong type and a renamed .exe are refused and nothing is stored", async () => {
    const big = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(REPORT_MAX_BYTES)]);
    const exe = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"), Buffer.alloc(4096)]);
    const attempts = [
      { bytes: big, fileName: "big.pdf", mime: "application/pdf" },
      { bytes: Buffer.from("\xff\xd8\xff\xe0 jpeg", "latin1"), fileName: "photo.jpg", mime: "image/jpeg" },
      { bytes: exe, fileName: "report.pdf", mime: "application/pdf" },
    ];
    const results = [];
    for (const file of attempts) results.push(await services.outcomes.uploadReport({ placement, actor: student, file }));
    expect(results.map((r) => r.status === "rejected" && r.reason)).toEqual(["tooBig", "wrongType", "contentMismatch"]);
    expect(await services.outcomes.getOutcome("pl-1")).toBeNull();
    expect(await tdb.connection().db!.collection("practice_files.files").countDocuments()).toBe(0);
  });

  it("only the student of the placement uploads", async () => {
    const pdf = await minimalPdf();
    const r = await services.outcomes.uploadReport({
      placement,
      actor: studentOf(placementFixture({ studentId: "st-9" })),
      file: { bytes: pdf, fileName: "a.pdf", mime: "application/pdf" },
    });
    expect(r).toEqual({ status: "forbidden", reason: "notLinked" });
  });
});

describe("characteristic (QP-06 6.8; Annex 1 §2.6)", () => {
  it("the organisation supervisor writes it with a suggested score shown with its letter (MR-595 App. 1)", async () => {
    const r = await services.outcomes.setCharacteristic({ placement, actor: orgSupervisor, text: TEXT_KK, suggestedScore: 88 });
    expect(r).toMatchObject({
      status: "saved",
      suggested: { letter: "B+", points: 3.33 },
      characteristic: { suggestedLetter: "B+", by: 601, text: TEXT_KK },
    });
    expect((await services.outcomes.getOutcome("pl-1"))?.characteristic).toMatchObject({ suggestedScore: 88, suggestedLetter: "B+" });
  });
  it("with a document: it is checked like a report and archived", async () => {
    const r = await services.outcomes.setCharacteristic({
      placement,
      actor: orgSupervisor,
      text: TEXT_KK,
      suggestedScore: 91,
      document: { bytes: await minimalDocx(), fileName: "мінездеме.docx", mime: REPORT_MIME.docx },
    });
    expect(r.status === "saved" && r.characteristic.document?.fileName).toBe("мінездеме.docx");
    const bad = await services.outcomes.setCharacteristic({
      placement,
      actor: orgSupervisor,
      text: TEXT_KK,
      suggestedScore: 91,
      document: { bytes: Buffer.from("MZ"), fileName: "x.pdf", mime: "application/pdf" },
    });
    expect(bad).toMatchObject({ status: "rejected", reason: "contentMismatch" });
  });
  it("bad text and score are refused; the university supervisor does not write it", async () => {
    expect(
      await services.outcomes.setCharacteristic({ placement, actor: orgSupervisor, text: "кратко", suggestedScore: 120 }),
    ).toMatchObject({
      status: "invalid",
      issues: [{ code: "characteristicTooShort" }, { code: "scoreOutOfRange" }],
    });
    expect(await services.outcomes.setCharacteristic({ placement, actor: uniSupervisor, text: TEXT_KK, suggestedScore: 80 })).toEqual({
      status: "forbidden",
      reason: "roleCannot",
    });
  });
});

describe("grade (MR-595 App. 1; FX/F: QP-06 6.10–6.11, 6B03104 §11, MR-595 42)", () => {
  it("the university supervisor records 0–100 → letter and points; the student is to be told", async () => {
    const r = await services.outcomes.recordGrade({ placement, actor: uniSupervisor, score: 92, practiceType: "production" });
    expect(r).toMatchObject({
      status: "graded",
      studentId: "st-1",
      grade: { score: 92, letter: "A-", points: 3.67, role: "universitySupervisor", by: 501 },
      outcome: { passing: true, consequences: [] },
    });
  });
  it("FX tells what happens next: one re-sit (MR-595 42), academic debt (6B03104 §11)", async () => {
    const r = await services.outcomes.recordGrade({ placement, actor: uniSupervisor, score: 45, practiceType: "production" });
    expect(r.status === "graded" && [r.grade.letter, r.outcome.consequences.map((c) => c.code)]).toEqual([
      "FX",
      ["resitFinalControl", "academicDebt", "scholarshipAffected"],
    ]);
  });
  it("F on pre-diploma practice: practice again (QP-06 6.11) and no state exams (QP-06 6.10); the coordinator records it for the commission", async () => {
    const coordinator = { telegramId: 900, role: "coordinator" as const, departmentId: "dep-1" };
    const r = await services.outcomes.recordGrade({ placement, actor: coordinator, score: 12, practiceType: "preDiploma" });
    expect(r.status === "graded" && r.grade.role).toBe("coordinator");
    expect(r.status === "graded" && r.outcome.consequences.map((c) => [c.code, c.rule])).toEqual([
      ["repeatPractice", "QP-06 6.11; MR-595 42"],
      ["repeatInFreeTimeWithValidReason", "6B03104 §11"],
      ["academicDebt", "6B03104 §11; QP-06 7.4"],
      ["notAdmittedToStateExams", "QP-06 6.10"],
      ["scholarshipAffected", "QP-06 6.7, 6.9"],
    ]);
    const later = await services.outcomes.recordGrade({ placement, actor: uniSupervisor, score: 70 });
    expect(later.status).toBe("graded");
    const outcome = await services.outcomes.getOutcome("pl-1");
    expect(outcome?.grade?.letter).toBe("C+");
    expect(outcome?.gradeHistory.map((g) => g.letter)).toEqual(["F", "C+"]);
  });
  it("out of range and strangers are refused", async () => {
    expect(await services.outcomes.recordGrade({ placement, actor: uniSupervisor, score: -1 })).toMatchObject({
      status: "invalid",
      code: "scoreOutOfRange",
    });
    expect(await services.outcomes.recordGrade({ placement, actor: orgSupervisor, score: 90 })).toEqual({
      status: "forbidden",
      reason: "roleCannot",
    });
    expect(
      await services.outcomes.recordGrade({ placement, actor: { telegramId: 900, role: "coordinator", departmentId: "dep-2" }, score: 90 }),
    ).toEqual({
      status: "forbidden",
      reason: "notLinked",
    });
  });
});

describe("sign-off (QP-06 6.2)", () => {
  it("the repository keeps one sign-off per role and withdraws one exactly (the compensation after a failed re-check)", async () => {
    const { createPersistence } = await import("../../src/persistence/create-persistence.js");
    const db = createPersistence(tdb.connection());
    const at = new Date("2026-11-27T06:00:00Z");
    expect(await db.practiceOutcomes.addSignOff(placement, { role: "organisationSupervisor", by: 601, at })).toMatchObject({
      signOffs: [{ by: 601 }],
    });
    expect(await db.practiceOutcomes.addSignOff(placement, { role: "organisationSupervisor", by: 601, at })).toBeNull();
    await db.practiceOutcomes.addSignOff(placement, { role: "universitySupervisor", by: 501, at });
    await db.practiceOutcomes.removeSignOff("pl-1", "organisationSupervisor", at);
    expect((await db.practiceOutcomes.find("pl-1"))?.signOffs.map((s) => s.role)).toEqual(["universitySupervisor"]);
  });

  const text = "Провёл анализ документов отдела и составил сводную таблицу.";
  async function entries(dates: string[]) {
    clock.set("2026-11-27T06:00:00Z");
    const out = [];
    for (const date of dates) {
      const r = await services.entries.submitEntry({ placement, actor: student, date, hours: 6, text });
      if (r.status === "created") out.push(r.entry);
    }
    return out;
  }

  it("refused while an entry waits for approval (and with no entries at all)", async () => {
    expect(await services.outcomes.signOff({ placement, actor: orgSupervisor })).toEqual({
      status: "notReady",
      check: { ok: false, reason: "noEntries" },
    });
    const [a] = await entries(["2026-11-25", "2026-11-26"]);
    await services.entries.approveEntry({ entryId: a!.id, expectedVersion: 1, actor: orgSupervisor, placement });
    expect(await services.outcomes.signOff({ placement, actor: orgSupervisor })).toEqual({
      status: "notReady",
      check: { ok: false, reason: "entriesNotApproved", notApproved: 1, dates: ["2026-11-26"] },
    });
    expect(await services.outcomes.getOutcome("pl-1")).toBeNull();
  });

  it("QP-06 6.2: both supervisors sign once every entry is approved; signing twice is alreadySigned; an edit after one signature withdraws it; after both the diary is locked", async () => {
    await entries(["2026-11-25", "2026-11-26"]);
    const r = await services.entries.approveAllPending({ actor: orgSupervisor, placement });
    expect(r.status === "done" && r.approved).toHaveLength(2);
    expect(await services.outcomes.signOff({ placement, actor: orgSupervisor })).toMatchObject({ status: "signed", complete: false });
    expect(await services.outcomes.signOff({ placement, actor: orgSupervisor })).toMatchObject({ status: "alreadySigned" });
    const edit = await services.entries.submitEntry({ placement, actor: student, date: "2026-11-26", hours: 5, text: TEXT_KK });
    expect(edit).toMatchObject({ status: "updated", approvalCleared: true });
    expect(edit.status === "updated" && edit.signOffsCleared.map((s) => s.role)).toEqual(["organisationSupervisor"]);
    const cleared = await services.outcomes.getOutcome("pl-1");
    expect(cleared?.signOffs).toEqual([]);
    expect(cleared?.signOffHistory.map((s) => [s.role, s.reason])).toEqual([["organisationSupervisor", "diaryChanged"]]);

    await services.entries.approveAllPending({ actor: orgSupervisor, placement });
    expect(await services.outcomes.signOff({ placement, actor: orgSupervisor })).toMatchObject({ status: "signed", complete: false });
    clock.advance(60_000);
    expect(await services.outcomes.signOff({ placement, actor: uniSupervisor })).toMatchObject({
      status: "signed",
      complete: true,
      signOffs: [
        { role: "organisationSupervisor", by: 601 },
        { role: "universitySupervisor", by: 501, at: new Date("2026-11-27T06:01:00Z") },
      ],
    });
    expect(await services.entries.submitEntry({ placement, actor: student, date: "2026-11-26", hours: 4, text: TEXT_KK })).toEqual({
      status: "locked",
    });
    expect((await services.outcomes.getOutcome("pl-1"))?.signOffs).toHaveLength(2);
  });

  it("a student cannot sign off; a placement without an organisation supervisor is complete with the university one", async () => {
    const noOrg = placementFixture({ organisationSupervisorTelegramId: null });
    const [a] = await entries(["2026-11-26"]);
    expect(await services.outcomes.signOff({ placement, actor: student })).toEqual({ status: "forbidden", reason: "roleCannot" });
    await services.entries.approveEntry({ entryId: a!.id, expectedVersion: 1, actor: uniSupervisor, placement: noOrg });
    expect(await services.outcomes.signOff({ placement: noOrg, actor: uniSupervisor })).toMatchObject({ status: "signed", complete: true });
  });
});
