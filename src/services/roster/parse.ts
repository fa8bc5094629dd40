import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { columnOfHeader } from "./columns.js";

/** Telegram bots may download files up to 20 MB (Bot API getFile); larger rosters are refused. */
export const ROSTER_MAX_BYTES = 20 * 1024 * 1024;
/** More rows than any department has; refuses a wrong file early. */
export const ROSTER_MAX_ROWS = 20_000;

export type RosterFormat = "csv" | "xlsx";
export type RosterFileRejection = "too-large" | "unsupported-type" | "empty" | "unreadable" | "too-many-rows";

/** How far down a title, a date or a note may push the header row (rows that hold something). */
export const ROSTER_HEADER_SEARCH_ROWS = 30;

/** A file as read: its header row and the data rows, with the row number the coordinator sees. */
export interface RosterTable {
  headerRow: number;
  headers: string[];
  rows: { row: number; cells: string[] }[];
  /** The worksheet read (XLSX), named in the summary; null for CSV. */
  sheet: string | null;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const CSV_MIME = new Set(["text/csv", "text/plain", "application/csv", "text/comma-separated-values", "application/vnd.ms-excel"]);
const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * Decides how to read a roster from what Telegram tells about the document (name, MIME type, size)
 * and its first bytes (at least 8). XLSX is a ZIP; CSV is text without NUL bytes. The old binary
 * .xls and anything else is refused.
 */
export function detectRosterFormat(
  fileName: string | undefined,
  mime: string | undefined,
  firstBytes: Uint8Array,
  size?: number,
): { ok: true; format: RosterFormat } | { ok: false; reason: RosterFileRejection } {
  if (size !== undefined && size > ROSTER_MAX_BYTES) return { ok: false, reason: "too-large" };
  if (firstBytes.length === 0 || size === 0) return { ok: false, reason: "empty" };
  const name = (fileName ?? "").toLowerCase();
  const type = (mime ?? "").toLowerCase().split(";")[0]!.trim();
  if (startsWith(firstBytes, OLE_MAGIC)) return { ok: false, reason: "unsupported-type" };
  if (startsWith(firstBytes, ZIP_MAGIC)) {
    return name.endsWith(".xlsx") || type === XLSX_MIME || name === ""
      ? { ok: true, format: "xlsx" }
      : { ok: false, reason: "unsupported-type" };
  }
  // Named or typed as XLSX but not a ZIP: a damaged workbook, not a wrong kind of file.
  if (name.endsWith(".xlsx") || type === XLSX_MIME) return { ok: false, reason: "unreadable" };
  const looksText = !firstBytes.includes(0);
  const namedCsv = name.endsWith(".csv") || name.endsWith(".txt");
  if (looksText && (namedCsv || CSV_MIME.has(type))) return { ok: true, format: "csv" };
  return { ok: false, reason: "unsupported-type" };
}

/** UTF-8 (with or without BOM); a file that is not valid UTF-8 is read as Windows-1251 (Excel's Cyrillic CSV). */
function decodeText(content: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(content);
  } catch {
    return new TextDecoder("windows-1251").decode(content);
  }
}

function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [";", ",", "\t"].map((d) => [d, firstLine.split(d).length - 1] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

function trimTrailingEmpty(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === "") end--;
  return cells.slice(0, end);
}

/** How many different roster columns a row names: a header row names several, a title row none. */
function headerScore(cells: readonly string[]): number {
  return new Set(cells.map((c) => columnOfHeader(c)).filter((c) => c !== null)).size;
}

type RosterRecord = { row: number; cells: string[] };

/**
 * The header row and the rows under it. Universities put a title, a date or a note above the headers: the header
 * is the row, among the first thirty that hold something, naming the most roster columns (the first of equals); with
 * none named the first row is the header, and the validation lists the columns it lacks.
 */
function locateHeader(
  records: readonly RosterRecord[],
): { header: RosterRecord; rows: RosterRecord[]; score: number; dataRows: number } | null {
  const nonEmpty = records
    .map((r) => ({ row: r.row, cells: trimTrailingEmpty(r.cells.map((c) => c.trim())) }))
    .filter((r) => r.cells.length > 0);
  let best = 0;
  let bestScore = 0;
  nonEmpty.slice(0, ROSTER_HEADER_SEARCH_ROWS).forEach((r, i) => {
    const score = headerScore(r.cells);
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  const header = nonEmpty[best];
  if (!header) return null;
  const rows = nonEmpty.slice(best + 1);
  // A total or a note under the list («Итого: 1», a signature): only its first cell is filled, and it is no student ID.
  while (rows.length > 0 && rows.at(-1)!.cells.length === 1 && !looksLikeStudentId(rows.at(-1)!.cells[0]!)) rows.pop();
  return { header, rows, score: bestScore, dataRows: countDataRows(header.cells, rows) };
}

function looksLikeStudentId(cell: string): boolean {
  return /^\d{4,}$/.test(cell.trim());
}

/** Rows with a student ID under the ID column: an example row («...») on an instructions sheet has none. */
function countDataRows(headers: readonly string[], rows: readonly RosterRecord[]): number {
  const column = headers.findIndex((h) => columnOfHeader(h) === "studentNumber");
  if (column < 0) return 0;
  return rows.filter((r) => looksLikeStudentId(r.cells[column] ?? "")).length;
}

function toTable(located: ReturnType<typeof locateHeader>, sheet: string | null): RosterTable | RosterFileRejection {
  if (!located || located.rows.length === 0) return "empty";
  if (located.rows.length > ROSTER_MAX_ROWS) return "too-many-rows";
  return { headerRow: located.header.row, headers: located.header.cells, rows: located.rows, sheet };
}

export function parseRosterCsv(content: Buffer): RosterTable | RosterFileRejection {
  const text = decodeText(content).replace(/^\uFEFF/, "");
  if (text.trim() === "") return "empty";
  try {
    const lines: number[] = [];
    const records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      on_record: (record: string[], context) => {
        lines.push(context.lines);
        return record;
      },
    });
    return toTable(locateHeader(records.map((cells, i) => ({ row: lines[i] ?? i + 1, cells }))), null);
  } catch {
    return "unreadable";
  }
}

/** A cell of exceljs as text: dates as YYYY-MM-DD, formulas by their result, rich text and links by their text. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return String(value);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value) return cellText(value.result);
  if ("text" in value) return typeof value.text === "string" ? value.text : cellText(value.text);
  return "";
}

export async function parseRosterXlsx(content: Buffer): Promise<RosterTable | RosterFileRejection> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares an ArrayBuffer (its own `Buffer`); hand it a copy that is one.
    const bytes = new Uint8Array(content.byteLength);
    bytes.set(content);
    await workbook.xlsx.load(bytes.buffer);
  } catch {
    return "unreadable";
  }
  // A first sheet of instructions is common: the sheet whose header names the most roster columns is read (the first of equals).
  let chosen: { sheet: ExcelJS.Worksheet; located: ReturnType<typeof locateHeader> } | null = null;
  for (const sheet of workbook.worksheets) {
    if (sheet.actualRowCount === 0) continue;
    if (sheet.actualRowCount > ROSTER_MAX_ROWS + ROSTER_HEADER_SEARCH_ROWS) return "too-many-rows";
    const records: RosterRecord[] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      records.push({ row: row.number, cells: Array.from(values, (v) => cellText(v ?? null)) });
    });
    const located = locateHeader(records);
    if (!located) continue;
    // On an equal header, the sheet with more students wins over an instructions sheet's example header and row.
    const better =
      !chosen ||
      !chosen.located ||
      located.score > chosen.located.score ||
      (located.score === chosen.located.score && located.dataRows > chosen.located.dataRows);
    if (better) chosen = { sheet, located };
  }
  if (!chosen) return "empty";
  return toTable(chosen.located, chosen.sheet.name);
}

export async function parseRosterFile(content: Buffer, format: RosterFormat): Promise<RosterTable | RosterFileRejection> {
  return format === "csv" ? parseRosterCsv(content) : parseRosterXlsx(content);
}
