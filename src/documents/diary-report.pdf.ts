import PDFDocument from "pdfkit";
import { fontBytes } from "./fonts.js";
import {
  diaryContentHash,
  formatVerificationCode,
  isDiarySignedOff,
  type DiaryReportData,
  type DiaryReportEntry,
} from "./diary-report-data.js";
import { drawPageMarks, drawVerificationBlock, verificationQr, verificationUrl } from "./diary-report-marks.js";
import { PageCursor, wrapText, type Column, type Line, type TableOptions, type TextStyle } from "./pdf-layout.js";
import { documentFormats, type Translate } from "./translate.js";
import { gradeBand } from "../domain/rules/grade-scale.js";
import { shownDigest } from "../domain/diary/report-file.js";

export type { DiaryReportData, DiaryReportEntry } from "./diary-report-data.js";

export interface RenderDiaryReportOptions {
  /** Labels in the reader's language (locales/<lang>/documents.ftl, keys doc-…). */
  t: Translate;
  /** kk | ru | en: number and date formats. */
  locale: string;
  /** Time zone of the printed times (default Asia/Almaty, domain.md §10). */
  timeZone?: string;
  /** Printed in the footer; not part of the verification hash. */
  generatedAt?: Date;
  /** The HTTP server's public base (`PUBLIC_URL`); the QR code leads to `<publicUrl>/v/<code>` (default http://localhost:8080). */
  publicUrl?: string | undefined;
}

export interface RenderedDiaryReport {
  pdf: Buffer;
  /** SHA-256 (hex) of the canonical content. */
  contentHash: string;
  /** The printed verification code, "1A2B-3C4D-5E6F-7A8B". */
  code: string;
  pages: number;
  /** What the QR code holds: the verification page's address. */
  verificationUrl: string;
}

const BODY: TextStyle = { font: "regular", size: 9 };
const SMALL: TextStyle = { font: "regular", size: 8.5 };
const SMALL_BOLD: TextStyle = { font: "bold", size: 8.5 };
const MUTED: TextStyle = { font: "regular", size: 7.5, color: "#555555" };
const HEADING: TextStyle = { font: "bold", size: 11 };
const TITLE: TextStyle = { font: "bold", size: 14 };

function capitalize(s: string, locale: string): string {
  const [first = "", ...rest] = [...s];
  return first.toLocaleUpperCase(locale) + rest.join("");
}

function documentToBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}

/**
 * The F-76 diary-report (QP-06 5.11, 5.14, 6.2; KazUTB 7.7): header, the entries table (breaks across
 * pages between lines, header repeated), weekly and total hours against the requirement (QP-06 3.6),
 * characteristic, grade, sign-off trail, and a verification code (text + QR) of the content's SHA-256.
 */
export async function renderDiaryReportPdf(data: DiaryReportData, options: RenderDiaryReportOptions): Promise<RenderedDiaryReport> {
  const { t } = options;
  const f = documentFormats(options.locale, options.timeZone);
  const contentHash = diaryContentHash(data);
  const code = formatVerificationCode(contentHash);
  const url = verificationUrl(options.publicUrl, code);
  const qr = await verificationQr(url);

  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 40, bottom: 48, left: 40, right: 40 },
    bufferPages: true,
    info: { Title: `${t("doc-title")} — ${data.student.fullName}`, Author: "Praktika", Subject: t("doc-form") },
  });
  const done = documentToBuffer(doc);
  doc.registerFont("regular", fontBytes("regular"));
  doc.registerFont("bold", fontBytes("bold"));
  const cursor = new PageCursor(doc);
  const w = cursor.width;
  const hours = (n: number): string => t("doc-hours", { hours: f.number(n) });
  const dash = "—";

  // Header
  if (data.university || data.department) cursor.paragraph([data.university, data.department].filter(Boolean).join(" · "), MUTED);
  cursor.paragraph(t("doc-title"), TITLE);
  cursor.paragraph(t("doc-form"), MUTED, { gapAfter: 8 });

  const info: [string, string][] = [
    [t("doc-student"), data.student.fullName],
    ...(data.student.studentNumber ? ([[t("doc-student-number"), data.student.studentNumber]] as [string, string][]) : []),
    [t("doc-programme"), data.programme],
    [t("doc-group"), data.group],
    [t("doc-practice-type"), t(`doc-practice-type-${data.practiceType}`)],
    [t("doc-organisation"), data.organisation.name],
    [t("doc-unit"), data.organisation.unit ?? dash],
    [t("doc-period"), `${f.date(data.startDate)} – ${f.date(data.endDate)}`],
    [t("doc-university-supervisor"), data.universitySupervisor ?? t("doc-not-assigned")],
    [t("doc-organisation-supervisor"), data.organisationSupervisor ?? t("doc-not-assigned")],
    [t("doc-required-hours"), hours(data.totals.requiredHours)],
  ];
  const infoTable: TableOptions = {
    columns: [
      { header: "", width: 150 },
      { header: "", width: w - 150 },
    ],
    headerStyle: SMALL_BOLD,
    padding: 2,
    borders: false,
    showHeader: false,
  };
  cursor.table(
    infoTable,
    info.map(([label, value]) => [wrapText(doc, label, 146, SMALL_BOLD), wrapText(doc, value, w - 154, BODY)]),
  );
  cursor.gap(10);

  // Individual assignment (QP-06 5.13)
  cursor.ensure(40);
  cursor.paragraph(t("doc-assignment-title"), HEADING, { gapAfter: 4 });
  if (data.assignment) {
    const a = data.assignment;
    if (a.text) cursor.paragraph(a.text, BODY, { gapAfter: 4 });
    if (a.document)
      cursor.paragraph(t("doc-assignment-document", { file: a.document.fileName, sha: shownDigest(a.document.sha256) }), BODY);
    cursor.paragraph(`${a.by}, ${f.dateTime(a.at)}`, MUTED, { gapAfter: 10 });
  } else {
    cursor.paragraph(t("doc-assignment-none"), BODY, { gapAfter: 10 });
  }

  // Entries
  cursor.ensure(40);
  cursor.paragraph(t("doc-entries-title"), HEADING, { gapAfter: 4 });
  const columns: Column[] = [
    { header: t("doc-col-no"), width: 24, align: "right" },
    { header: t("doc-col-date"), width: 62 },
    { header: t("doc-col-hours"), width: 38, align: "right" },
    { header: t("doc-col-work"), width: w - 24 - 62 - 38 - 140 },
    { header: t("doc-col-approval"), width: 140 },
  ];
  const pad = 3;
  const cellWidth = (i: number): number => (columns[i]?.width ?? 0) - 2 * pad;
  const approvalLines = (e: DiaryReportEntry): Line[] => {
    const width = cellWidth(4);
    if (!e.decision || e.status === "submitted") return wrapText(doc, t("doc-status-submitted"), width, { ...SMALL, color: "#8a5a00" });
    const d = e.decision;
    const head =
      d.kind === "approved"
        ? wrapText(doc, t("doc-status-approved"), width, SMALL_BOLD)
        : wrapText(doc, t("doc-status-returned"), width, { ...SMALL_BOLD, color: "#a00000" });
    return [
      ...head,
      ...wrapText(doc, `${d.by} (${t(`doc-role-${d.role}`)})`, width, SMALL),
      ...wrapText(doc, f.dateTime(d.at), width, MUTED),
      ...(d.kind === "returned" && d.reason ? wrapText(doc, `«${d.reason}»`, width, MUTED) : []),
    ];
  };
  const rows = data.entries.map((e, i): Line[][] => [
    [{ text: String(i + 1), style: SMALL }],
    [
      { text: f.date(e.date), style: SMALL },
      ...(e.mark ? wrapText(doc, t(`doc-mark-${e.mark}`), cellWidth(1), MUTED) : []),
      ...(e.lateEntry ? wrapText(doc, t("doc-mark-late-entry"), cellWidth(1), MUTED) : []),
    ],
    [{ text: f.number(e.hours), style: SMALL }],
    wrapText(doc, e.text, cellWidth(3), SMALL),
    approvalLines(e),
  ]);
  const entriesTable: TableOptions = {
    columns,
    headerStyle: SMALL_BOLD,
    padding: pad,
    borders: true,
    showHeader: true,
    headerFill: "#e8e8e8",
  };
  if (rows.length === 0) cursor.paragraph(t("doc-no-entries"), BODY);
  else cursor.table(entriesTable, rows);
  cursor.gap(12);

  // Weekly and total hours (QP-06 3.6)
  cursor.ensure(60);
  cursor.paragraph(t("doc-weeks-title"), HEADING, { gapAfter: 4 });
  const weekColumns: Column[] = [
    { header: t("doc-col-week"), width: 60 },
    { header: t("doc-col-period"), width: 150 },
    { header: t("doc-col-hours"), width: 90, align: "right" },
    { header: t("doc-col-approved"), width: 90, align: "right" },
    { header: t("doc-col-norm"), width: w - 390, align: "right" },
  ];
  cursor.table(
    { columns: weekColumns, headerStyle: SMALL_BOLD, padding: pad, borders: true, showHeader: true, headerFill: "#e8e8e8" },
    data.weeks.map((wk) => [
      [{ text: t("doc-week-number", { index: wk.index }), style: SMALL }],
      [{ text: `${f.date(wk.from)} – ${f.date(wk.to)}`, style: SMALL }],
      [{ text: f.number(wk.hours), style: SMALL }],
      [{ text: f.number(wk.approvedHours), style: SMALL }],
      [{ text: f.number(wk.norm ?? data.totals.weeklyTarget), style: SMALL }],
    ]),
  );
  cursor.gap(6);
  if (data.excusedDays && data.excusedDays.length > 0) {
    const days = data.excusedDays.map((d) => `${f.date(d.date)} (${d.reason})`).join("; ");
    cursor.paragraph(t("doc-excused-days", { days }), BODY, { gapAfter: 4 });
  }
  const percent = data.totals.requiredHours > 0 ? Math.round((data.totals.approvedHours / data.totals.requiredHours) * 100) : 100;
  cursor.paragraph(t("doc-total-hours", { hours: f.number(data.totals.hours), required: f.number(data.totals.requiredHours) }), {
    font: "bold",
    size: 9.5,
  });
  cursor.paragraph(t("doc-approved-hours", { hours: f.number(data.totals.approvedHours), percent }), BODY, { gapAfter: 12 });

  // Characteristic (QP-06 6.8)
  cursor.ensure(50);
  cursor.paragraph(t("doc-characteristic-title"), HEADING, { gapAfter: 4 });
  if (data.characteristic) {
    const c = data.characteristic;
    cursor.paragraph(c.text, BODY, { gapAfter: 4 });
    cursor.paragraph(t("doc-characteristic-suggested", { score: f.number(c.suggestedScore), letter: c.suggestedLetter }), SMALL_BOLD);
    if (c.document) {
      cursor.paragraph(t("doc-characteristic-document", { file: c.document.fileName, sha: shownDigest(c.document.sha256) }), BODY);
    }
    cursor.paragraph(`${c.by}, ${f.dateTime(c.at)}`, MUTED, { gapAfter: 12 });
  } else {
    cursor.paragraph(t("doc-no-characteristic"), BODY, { gapAfter: 12 });
  }

  // Grade (MR-595 App. 1)
  cursor.ensure(40);
  cursor.paragraph(t("doc-grade-title"), HEADING, { gapAfter: 4 });
  if (data.grade) {
    const g = data.grade;
    cursor.paragraph(
      t("doc-grade-line", {
        score: f.number(g.score),
        letter: g.letter,
        points: f.number(g.points),
        traditional: t(`doc-grade-traditional-${gradeBand(g.letter).traditional}`),
      }),
      { font: "bold", size: 10 },
    );
    if (g.commission) {
      // QP-06 6.5–6.6: the commission's decision and its protocol.
      const c = g.commission;
      cursor.paragraph(t("doc-grade-commission", { number: c.number, date: f.date(c.date) }), BODY);
      cursor.paragraph(t("doc-grade-commission-members", { members: c.members.join(", ") }), SMALL);
    }
    cursor.paragraph(`${g.by} (${t(`doc-role-${g.role}`)}), ${f.dateTime(g.at)}`, MUTED, { gapAfter: 12 });
  } else {
    cursor.paragraph(t("doc-no-grade"), BODY, { gapAfter: 12 });
  }

  // Sign-off trail (QP-06 6.2)
  cursor.ensure(40);
  cursor.paragraph(t("doc-signoffs-title"), HEADING, { gapAfter: 4 });
  if (data.signOffs.length === 0) cursor.paragraph(t("doc-no-signoffs"), BODY, { gapAfter: 12 });
  else {
    cursor.table(
      {
        columns: [
          { header: t("doc-col-role"), width: 200 },
          { header: t("doc-col-name"), width: 185 },
          { header: t("doc-col-signed-at"), width: w - 385 },
        ],
        headerStyle: SMALL_BOLD,
        padding: pad,
        borders: true,
        showHeader: true,
        headerFill: "#e8e8e8",
      },
      data.signOffs.map((s) => [
        wrapText(doc, capitalize(t(`doc-role-${s.role}`), options.locale), 194, SMALL),
        wrapText(doc, s.by, 179, SMALL),
        [{ text: f.dateTime(s.at), style: SMALL }],
      ]),
    );
    cursor.gap(12);
  }
  if (data.earlySignOff) {
    const e = data.earlySignOff;
    cursor.paragraph(t("doc-early-signoff", { name: e.by, date: f.dateTime(e.at), reason: e.reason }), BODY, { gapAfter: 12 });
  }

  // The paper form's handwritten signatures and the organisation's seal (QP-06 6.2; KazUTB 7.7.5): lines to sign on.
  cursor.ensure(110);
  cursor.paragraph(t("doc-signatures-title"), HEADING, { gapAfter: 8 });
  const line = "______________________";
  const signer = (label: string, name: string | null): void =>
    cursor.paragraph(`${label}: ${line}  ${name ?? line}`, BODY, { gapAfter: 10 });
  signer(capitalize(t("doc-role-universitySupervisor"), options.locale), data.universitySupervisor);
  signer(capitalize(t("doc-role-organisationSupervisor"), options.locale), data.organisationSupervisor);
  cursor.paragraph(t("doc-seal"), SMALL_BOLD, { indent: 150, gapAfter: 10 });
  signer(t("doc-student"), data.student.fullName);
  cursor.gap(6);

  drawVerificationBlock(cursor, { qr, code, url, t });
  const pages = drawPageMarks(cursor, {
    notSigned: isDiarySignedOff(data) ? null : t("doc-not-signed-mark"),
    footer: (page, count) =>
      [
        t("doc-form"),
        data.student.fullName,
        code,
        ...(options.generatedAt ? [t("doc-generated", { at: f.dateTime(options.generatedAt) })] : []),
        t("doc-page", { page, pages: count }),
      ].join(" · "),
  });
  doc.end();
  const pdf = await done;
  return { pdf, contentHash, code, pages, verificationUrl: url };
}
