/**
 * Benchmark: documents of issue 9. Run: node --import tsx bench/diary-export.ts [students]
 *
 * 1. A 60-entry F-76 diary-report as PDF (goal < 2 s), against a baseline in the same run: the same
 *    text in a plain one-font pdfkit document (DejaVu Sans, flowing text, no table, no QR).
 * 2. The department's status XLSX of 1,000 students (goal < 3 s): rendering from plain rows against a
 *    bare exceljs workbook of the same values, and end to end from the database (two queries +
 *    rendering) with 20 entries per student.
 * Best of several runs after a warm-up; the first (cold) run is shown too.
 */
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import mongoose from "mongoose";
import PDFDocument from "pdfkit";
import { resolveDatabase } from "../src/db/resolve-database.js";
import { renderDepartmentStatusXlsx, type DepartmentStatusRow } from "../src/documents/department-status.xlsx.js";
import { renderDiaryReportPdf } from "../src/documents/diary-report.pdf.js";
import { createDocumentTranslations } from "../src/documents/document-i18n.js";
import { fontBytes } from "../src/documents/fonts.js";
import { addDays, isWeekend } from "../src/domain/rules/dates.js";
import { createPersistence } from "../src/persistence/create-persistence.js";
import { getReferenceData } from "../src/reference-data/load.js";
import { createDiaryExportService, type DiaryReportContext } from "../src/services/diary/diary-export.service.js";
import { sampleDiaryReportData } from "../test/documents/sample-diary.js";

const STUDENTS = Number(process.argv[2] ?? 1000);
const RUNS = 5;

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

async function best(runs: number, fn: () => Promise<unknown>): Promise<{ cold: number; best: number }> {
  const cold = (await timed(fn)).ms;
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) min = Math.min(min, (await timed(fn)).ms);
  return { cold, best: min };
}

function plainPdf(text: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4", margins: { top: 40, bottom: 48, left: 40, right: 40 } });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.registerFont("regular", fontBytes("regular"));
    doc.font("regular").fontSize(9).text(text);
    doc.end();
  });
}

const f = (ms: number): string => `${ms.toFixed(0)} ms`;
const translations = createDocumentTranslations();
const t = translations.forLocale("kk");

// 1. PDF
const diary = sampleDiaryReportData(60);
const sameText = [
  diary.student.fullName,
  diary.programme,
  diary.organisation.name,
  ...diary.entries.map((e) => `${e.date} ${e.hours} ${e.text} ${e.decision?.by ?? ""} ${e.decision?.at ?? ""}`),
  diary.characteristic?.text ?? "",
].join("\n");
let pages = 0;
const pdf = await best(RUNS, async () => {
  pages = (await renderDiaryReportPdf(diary, { t, locale: "kk" })).pages;
});
const plain = await best(RUNS, () => plainPdf(sameText));
console.log(`Node ${process.version}, ${os.cpus().length} CPU(s); best of ${RUNS} runs after a cold one`);
console.log(`F-76 PDF, 60 entries (${pages} pages): ${f(pdf.best)} (cold ${f(pdf.cold)})  goal < 2000 ms`);
console.log(
  `baseline plain one-font pdfkit, same text: ${f(plain.best)} (cold ${f(plain.cold)})  → F-76 is ${(pdf.best / plain.best).toFixed(2)}× the baseline`,
);

// 2. XLSX from rows
const rows: DepartmentStatusRow[] = Array.from({ length: STUDENTS }, (_, i) => ({
  studentName: `Студент ${i} Сейтқали Аружан`,
  studentNumber: String(30_000_000 + i),
  group: `ИС-22-${(i % 8) + 1}`,
  status: i % 6 === 0 ? "graded" : "approved",
  practiceType: i % 5 === 0 ? "preDiploma" : "production",
  startDate: "2026-10-05",
  endDate: "2026-11-27",
  organisation: `ТОО «Ұйым ${i % 120}»`,
  universitySupervisor: "Жұмабаев Ерлан",
  organisationSupervisor: "Әлібекова Гүлнұр",
  approvedHours: (i * 7) % 240,
  requiredHours: 240,
  pendingEntries: i % 4,
  report: i % 3 === 0 ? { fileName: "есеп.pdf", uploadedAt: "2026-11-30T05:00:00.000Z" } : null,
  characteristic: i % 2 === 0 ? { suggestedScore: 85, suggestedLetter: "B+" } : null,
  grade: i % 6 === 0 ? { score: 90, letter: "A-", points: 3.67 } : null,
  signedOff: i % 6 === 0,
}));
const xlsx = await best(RUNS, () => renderDepartmentStatusXlsx(rows, { t, locale: "kk", title: "Кафедра" }));
const bare = await best(RUNS, async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("s");
  for (const r of rows) ws.addRow(Object.values(r).map((v) => (typeof v === "object" && v !== null ? JSON.stringify(v) : v)));
  return wb.xlsx.writeBuffer();
});
console.log(`department XLSX, ${STUDENTS} students (from rows): ${f(xlsx.best)} (cold ${f(xlsx.cold)})  goal < 3000 ms`);
console.log(`baseline bare exceljs workbook, same values: ${f(bare.best)}  → ${(xlsx.best / bare.best).toFixed(2)}× the baseline`);

// 3. XLSX end to end from the database
const database = await resolveDatabase({
  uri: process.env["MONGODB_URI"],
  purpose: "bench",
  dataDir: path.join(os.tmpdir(), "praktika-bench"),
  log: () => {},
});
const connection = await mongoose.createConnection(database.uri, { dbName: `bench_docs_${Date.now()}` }).asPromise();
try {
  const db = createPersistence(connection);
  await db.syncIndexes();
  const reference = await getReferenceData();
  const exports = createDiaryExportService({ db, now: () => new Date("2026-11-30T06:00:00Z"), reference });
  const contexts: DiaryReportContext[] = rows.map((r, i) => ({
    placement: {
      id: `pl-${i}`,
      studentId: `st-${i}`,
      departmentId: "dep",
      policyId: "iitu",
      startDate: "2026-10-05",
      endDate: "2026-11-27",
      requiredHours: 240,
      universitySupervisorTelegramId: 501,
      organisationSupervisorTelegramId: 600 + (i % 50),
    },
    student: { fullName: r.studentName, studentNumber: r.studentNumber, group: r.group, programme: "6B06102" },
    practiceType: r.practiceType ?? "production",
    organisation: { name: r.organisation ?? "—" },
    universitySupervisor: { fullName: "Жұмабаев Ерлан" },
    organisationSupervisor: { fullName: "Әлібекова Гүлнұр" },
  }));
  const dates: string[] = [];
  for (let d = "2026-10-05"; dates.length < 20; d = addDays(d, 1)) if (!isWeekend(d)) dates.push(d);
  const entries = contexts.flatMap((c, i) =>
    dates.map((date, k) => ({
      placementId: c.placement.id,
      studentId: c.placement.studentId,
      departmentId: c.placement.departmentId,
      date,
      hours: 6,
      text: "Изучил структуру отдела и подготовил отчёт.",
      evidence: [],
      status: (k + i) % 5 === 0 ? "submitted" : "approved",
      version: 2,
      history: [],
    })),
  );
  const seed = await timed(() => db.models.DiaryEntry.insertMany(entries, { lean: true }));
  const e2e = await best(3, () => exports.exportDepartmentXlsx(contexts, { t, locale: "kk" }));
  console.log(
    `department XLSX, ${STUDENTS} students × 20 entries, end to end from the database (${database.kind}): ${f(e2e.best)} (cold ${f(e2e.cold)})  goal < 3000 ms` +
      ` [seeding ${entries.length} entries took ${f(seed.ms)}]`,
  );
} finally {
  await connection.dropDatabase();
  await connection.close();
  await database.stop();
}
