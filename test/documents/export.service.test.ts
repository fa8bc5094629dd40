import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import mongoose from "mongoose";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import type { DepartmentDiaryLoader } from "../../src/cli/diary-commands.js";
import { createDocumentTranslations } from "../../src/documents/document-i18n.js";
import type { Persistence } from "../../src/persistence/create-persistence.js";
import type { DiaryReportContext, DiaryServices } from "../../src/services/diary/index.js";
import { referenceData } from "../domain/fixtures.js";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { buildServices, orgSupervisor, placementFixture, studentOf, testClock, TEXT_KK, uniSupervisor } from "../diary/helpers.js";
import { sampleDiaryReportData } from "./sample-diary.js";

const tdb = useTestDatabase();
const clock = testClock("2026-10-09T06:00:00Z");
const translations = createDocumentTranslations();
let db: Persistence;
let services: DiaryServices;
const placement = placementFixture();
const context: DiaryReportContext = {
  placement,
  university: "IITU",
  department: "Ақпараттық жүйелер кафедрасы",
  student: { fullName: "Сейтқали Аружан", studentNumber: "30000042", group: "ИС-22-1", programme: "6B06102" },
  practiceType: "production",
  organisation: { name: "ТОО «Қазақ Өнеркәсіп Жүйелері»", unit: "Аналитика" },
  universitySupervisor: { fullName: "Жұмабаев Ерлан" },
  organisationSupervisor: { fullName: "Әлібекова Гүлнұр" },
};
const dirs: string[] = [];

beforeAll(async () => {
  ({ db, services } = await buildServices(tdb.connection(), clock));
});
beforeEach(async () => {
  await clearDatabase(tdb.connection());
  clock.set("2026-10-09T06:00:00Z");
});
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function writeDiary(): Promise<void> {
  const student = studentOf(placement);
  for (const date of ["2026-10-05", "2026-10-06", "2026-10-07", "2026-10-08"]) {
    await services.entries.submitEntry({ placement, actor: student, date, hours: date === "2026-10-08" ? 5.5 : 6, text: TEXT_KK });
  }
  const first = await services.entries.findEntryByDate("pl-1", "2026-10-05");
  await services.entries.approveEntry({ entryId: first!.id, expectedVersion: 1, actor: orgSupervisor, placement });
  const second = await services.entries.findEntryByDate("pl-1", "2026-10-06");
  await services.entries.returnEntry({
    entryId: second!.id,
    expectedVersion: 1,
    actor: uniSupervisor,
    placement,
    reason: "Толығырақ жазыңыз",
  });
}

async function cli(argv: string[], options: Parameters<typeof runCli>[3] = {}) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, { stdin: undefined, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) }, await referenceData(), {
    openDatabase: () => Promise.resolve({ db, close: async () => {} }),
    now: () => clock.now(),
    ...options,
  });
  return { code, stdout, stderr };
}

describe("diary-report data from the database", () => {
  it("entries with who approved / returned and when, totals, weeks, names resolved from the context", async () => {
    await writeDiary();
    const data = await services.exports.buildDiaryReportData(context);
    expect(data.entries.map((e) => [e.date, e.status, e.decision?.by ?? null, e.decision?.reason ?? null])).toEqual([
      ["2026-10-05", "approved", "Әлібекова Гүлнұр", null],
      ["2026-10-06", "returned", "Жұмабаев Ерлан", "Толығырақ жазыңыз"],
      ["2026-10-07", "submitted", null, null],
      ["2026-10-08", "submitted", null, null],
    ]);
    expect(data.totals).toEqual({ hours: 17.5, approvedHours: 6, requiredHours: 240, weeklyTarget: 30 });
    // Every week of the practice, as /entries counts them (the fixture's placement carries no calendar norms).
    expect(data.weeks).toHaveLength(8);
    expect(data.weeks[0]).toEqual({ index: 1, from: "2026-10-05", to: "2026-10-11", hours: 17.5, approvedHours: 6 });
    expect(data.characteristic).toBeNull();
  });
});

describe("export and verify (cli verify <code>)", () => {
  it("an exported diary's code names the diary and its revision; a later change issues revision 2 and the old code says it is outdated", async () => {
    await writeDiary();
    const ru = { t: translations.forLocale("ru"), locale: "ru" };
    const first = await services.exports.exportDiaryPdf(context, ru);
    expect(first).toMatchObject({ revision: 1, newlyIssued: true });
    expect(first.fileName).toBe("F-76_30000042_Сейтқали_Аружан.pdf");
    const again = await services.exports.exportDiaryPdf(context, { t: translations.forLocale("kk"), locale: "kk" });
    expect(again).toMatchObject({ code: first.code, revision: 1, newlyIssued: false });

    const ok = await cli(["verify", first.code]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`${first.code}: VALID`);
    expect(ok.stdout).toContain("Сейтқали Аружан (30000042)");
    expect(ok.stdout).toContain("practice:   production practice 2026-10-05 – 2026-11-27");
    expect(ok.stdout).toContain("revision 1 of 1");
    expect(ok.stdout).toContain("This is the latest revision issued, but the diary is NOT SIGNED off: a working copy.");

    const entry = await services.entries.findEntryByDate("pl-1", "2026-10-07");
    await services.entries.approveEntry({ entryId: entry!.id, expectedVersion: 1, actor: orgSupervisor, placement });
    const second = await services.exports.exportDiaryPdf(context, ru);
    expect(second.revision).toBe(2);
    expect(second.code).not.toBe(first.code);
    const old = await cli(["verify", first.code.toLowerCase().replace(/-/g, " ")]);
    expect(old.code).toBe(0);
    expect(old.stdout).toContain("revision 1 of 2");
    expect(old.stdout).toContain(`NOTE: a newer revision 2 was issued`);
    expect(old.stdout).toContain(second.code);
  });

  it("an unknown code exits 3, a malformed one 2, a missing one 2", async () => {
    const unknown = await cli(["verify", "0000-0000-0000-0000"]);
    expect([unknown.code, unknown.stdout.trim()]).toEqual([
      3,
      "0000-0000-0000-0000: NOT FOUND — no document with this code was issued by this database.",
    ]);
    const bad = await cli(["verify", "12-34"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("is not a verification code");
    expect((await cli(["verify"])).code).toBe(2);
    expect((await cli(["verify", "a", "b"])).stderr).toContain("give exactly one code");
  });

  it("the default database path: MONGODB_URI is used when no database is injected", async () => {
    const uri = `${inject("mongoUri").replace(/\/?$/, "/")}cli_verify_${Date.now()}`;
    const conn = await mongoose.createConnection(uri).asPromise();
    try {
      const own = await buildServices(conn, clock);
      await own.services.entries.submitEntry({ placement, actor: studentOf(placement), date: "2026-10-09", hours: 6, text: TEXT_KK });
      const issued = await own.services.exports.exportDiaryPdf(context, { t: translations.forLocale("en"), locale: "en" });
      let stdout = "";
      const code = await runCli(
        ["verify", issued.code],
        { stdin: undefined, stdout: (s) => (stdout += s), stderr: () => {} },
        await referenceData(),
        { env: { ...process.env, MONGODB_URI: uri } },
      );
      expect(code).toBe(0);
      expect(stdout).toContain("VALID");
    } finally {
      await conn.dropDatabase();
      await conn.close();
    }
  });
});

describe("cli diaries --department CODE --out DIR", () => {
  it("writes every diary of the department as a PDF and records the codes (stub loader)", async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), "praktika-diaries-"));
    dirs.push(out);
    const loader: DepartmentDiaryLoader = (code) =>
      Promise.resolve(
        code === "IS"
          ? {
              department: { code: "IS", name: "Information systems" },
              diaries: [
                { data: sampleDiaryReportData(12, { placementId: "pl-a" }), locale: "kk" },
                { data: sampleDiaryReportData(3, { placementId: "pl-b", student: { fullName: "Abenov Dias", studentNumber: null } }) },
              ],
            }
          : null,
      );
    const r = await cli(["diaries", "--department", "is", "--out", out], { loadDepartmentDiaries: loader });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const files = (await readdir(out)).sort();
    expect(files).toEqual(["ИС-22-1-Abenov_Dias-production.pdf", "ИС-22-1-Сейтқали_Аружан_Нұрланқызы-production.pdf"]);
    const kk = await readFile(path.join(out, files[1]!));
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(kk)), { mergePages: true });
    expect(text).toContain("ПРАКТИКА КҮНДЕЛІГІ");
    const codes = [...r.stdout.matchAll(/\t([0-9A-F]{4}(?:-[0-9A-F]{4}){3})\t/g)].map((m) => m[1]!);
    expect(codes).toHaveLength(2);
    expect(r.stdout).toContain("2 diaries of IS written to");
    expect((await cli(["verify", codes[0]!])).code).toBe(0);
  });

  it("an unknown department exits 2 (stub loader and the database loader); options are checked", async () => {
    const loader: DepartmentDiaryLoader = () => Promise.resolve(null);
    const unknown = await cli(["diaries", "--department", "XX", "--out", os.tmpdir()], { loadDepartmentDiaries: loader });
    expect([unknown.code, unknown.stderr.trim()]).toEqual([2, '--department: no department with code "XX"']);
    const none = await cli(["diaries", "--department", "XX", "--out", os.tmpdir()]);
    expect([none.code, none.stderr.trim()]).toEqual([2, '--department: no department with code "XX"']);
    const missing = await cli(["diaries", "--department", "XX"]);
    expect([missing.code, missing.stderr.trim()]).toEqual([2, "--out: expected a directory"]);
    const lang = await cli(["diaries", "--department", "XX", "--out", os.tmpdir(), "--lang", "de"], { loadDepartmentDiaries: loader });
    expect(lang.code).toBe(2);
  });
});

describe("department status from the database", () => {
  it("rows count approved hours and pending entries, report, characteristic, grade, sign-off; the XLSX reads back", async () => {
    await writeDiary();
    const pdf = Buffer.from("%PDF-1.4\n%%EOF\n");
    await services.outcomes.uploadReport({
      placement,
      actor: studentOf(placement),
      file: { bytes: pdf, fileName: "есеп.pdf", mime: "application/pdf" },
    });
    await services.outcomes.setCharacteristic({ placement, actor: orgSupervisor, text: TEXT_KK, suggestedScore: 77 });
    await services.outcomes.recordGrade({ placement, actor: uniSupervisor, score: 45 });
    const other = placementFixture({ id: "pl-2", studentId: "st-2", organisationSupervisorTelegramId: null });
    const rows = await services.exports.buildStatusRows([
      context,
      { ...context, placement: other, student: { ...context.student, fullName: "Abenov Dias" } },
    ]);
    expect(
      rows.map((r) => [
        r.studentName,
        r.approvedHours,
        r.pendingEntries,
        r.report?.fileName ?? null,
        r.characteristic?.suggestedLetter ?? null,
        r.grade?.letter ?? null,
        r.signedOff,
      ]),
    ).toEqual([
      ["Сейтқали Аружан", 6, 2, "есеп.pdf", "B-", "FX", false],
      ["Abenov Dias", 0, 0, null, null, null, false],
    ]);
    const xlsx = await services.exports.exportDepartmentXlsx([context], { t: translations.forLocale("en"), locale: "en" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.getCell("P2").value).toBe("45 (FX, 0.5)");
  });
});
