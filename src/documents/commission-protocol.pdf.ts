import PDFDocument from "pdfkit";
import { fontBytes } from "./fonts.js";
import { PageCursor, wrapText, type TextStyle } from "./pdf-layout.js";
import { documentFormats, type Translate } from "./translate.js";
import { gradeBand, type Letter } from "../domain/rules/grade-scale.js";
import type { PracticeType } from "../domain/rules/practice-deadlines.js";

/** What the protocol of a defence session shows (QP-06 6.5–6.6), as plain data. */
export interface CommissionProtocolData {
  department: string | null;
  number: string;
  /** The meeting's date, YYYY-MM-DD. */
  date: string;
  /** The chair first. */
  members: readonly string[];
  students: readonly {
    studentName: string;
    studentNumber: string | null;
    group: string;
    practiceType: PracticeType;
    organisation: string | null;
    score: number;
    letter: Letter;
    points: number;
  }[];
  recordedBy: string;
  /** ISO instant. */
  recordedAt: string;
}

const BODY: TextStyle = { font: "regular", size: 10 };
const SMALL: TextStyle = { font: "regular", size: 8.5 };
const SMALL_BOLD: TextStyle = { font: "bold", size: 8.5 };
const MUTED: TextStyle = { font: "regular", size: 7.5, color: "#555555" };
const HEADING: TextStyle = { font: "bold", size: 11 };
const TITLE: TextStyle = { font: "bold", size: 14 };

/**
 * The protocol of the department's commission (QP-06 6.5–6.6, "formalized by protocol in optional form"): number
 * and date, the members present (the chair first), the students heard with their practice, base and grade
 * (MR-595 App. 1), the decision by majority, and signature lines for the chair and the secretary.
 */
export async function renderCommissionProtocolPdf(
  data: CommissionProtocolData,
  options: { t: Translate; locale: string; timeZone?: string | undefined },
): Promise<Buffer> {
  const { t } = options;
  const f = documentFormats(options.locale, options.timeZone);
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 40, bottom: 48, left: 40, right: 40 },
    info: { Title: `${t("doc-protocol-title", { number: data.number })}`, Author: "Praktika" },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.registerFont("regular", fontBytes("regular"));
  doc.registerFont("bold", fontBytes("bold"));
  const cursor = new PageCursor(doc);
  const w = cursor.width;

  if (data.department) cursor.paragraph(data.department, MUTED);
  cursor.paragraph(t("doc-protocol-title", { number: data.number }), TITLE);
  cursor.paragraph(t("doc-protocol-subtitle"), BODY);
  cursor.paragraph(t("doc-protocol-date", { date: f.date(data.date) }), BODY, { gapAfter: 10 });

  cursor.paragraph(t("doc-protocol-members"), HEADING, { gapAfter: 4 });
  data.members.forEach((name, i) => {
    cursor.paragraph(`${i + 1}. ${name}${i === 0 ? ` — ${t("doc-protocol-chair")}` : ""}`, BODY);
  });
  cursor.gap(10);

  cursor.paragraph(t("doc-protocol-heard"), HEADING, { gapAfter: 4 });
  const pad = 3;
  const columns = [
    { header: t("doc-col-no"), width: 24, align: "right" as const },
    { header: t("doc-protocol-col-student"), width: 150 },
    { header: t("doc-protocol-col-practice"), width: w - 24 - 150 - 130 },
    { header: t("doc-protocol-col-grade"), width: 130 },
  ];
  const cell = (i: number) => (columns[i]?.width ?? 0) - 2 * pad;
  cursor.table(
    { columns, headerStyle: SMALL_BOLD, padding: pad, borders: true, showHeader: true, headerFill: "#e8e8e8" },
    data.students.map((s, i) => [
      [{ text: String(i + 1), style: SMALL }],
      [
        ...wrapText(doc, s.studentName, cell(1), SMALL_BOLD),
        ...wrapText(doc, [s.studentNumber, s.group].filter(Boolean).join(", "), cell(1), MUTED),
      ],
      [
        ...wrapText(doc, t(`doc-practice-type-${s.practiceType}`), cell(2), SMALL),
        ...(s.organisation ? wrapText(doc, s.organisation, cell(2), MUTED) : []),
      ],
      wrapText(
        doc,
        t("doc-protocol-grade", {
          score: f.number(s.score),
          letter: s.letter,
          points: f.number(s.points),
          traditional: t(`doc-grade-traditional-${gradeBand(s.letter).traditional}`),
        }),
        cell(3),
        SMALL,
      ),
    ]),
  );
  cursor.gap(10);
  cursor.paragraph(t("doc-protocol-decision"), BODY, { gapAfter: 24 });

  // Lines for the handwritten signatures: the chair (first member) and the other members.
  cursor.ensure(40 + data.members.length * 22);
  data.members.forEach((name, i) => {
    const lower = i === 0 ? t("doc-protocol-chair") : t("doc-protocol-member");
    const role = lower.charAt(0).toLocaleUpperCase(options.locale) + lower.slice(1);
    cursor.paragraph(`${role}: ____________________  ${name}`, BODY, { gapAfter: 10 });
  });
  cursor.gap(8);
  cursor.paragraph(t("doc-protocol-recorded", { name: data.recordedBy, at: f.dateTime(data.recordedAt) }), MUTED);
  doc.end();
  return done;
}
