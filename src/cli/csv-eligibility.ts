import { parse } from "csv-parse/sync";
import type { Evaluator, JsonObject } from "./eligibility.js";
import { evaluatePromotionItem, failingRuleLabels } from "./eligibility.js";
import { problemsFromZod, renderProblem } from "./format-issues.js";
import type { Reason } from "../domain/rules/reason.js";

/**
 * `eligibility --csv path`: one promotion check per row. Columns (header row
 * required, any order): id, level, course, credits, gpa, funding; optional
 * academicDebts, policy. Comma or semicolon delimiter (detected from the
 * header); decimal comma accepted in quoted/semicolon files ("2,5").
 */
export const CSV_REQUIRED_COLUMNS = ["id", "level", "course", "credits", "gpa", "funding"] as const;
export const CSV_OPTIONAL_COLUMNS = ["academicDebts", "policy"] as const;
const KNOWN = new Set<string>([...CSV_REQUIRED_COLUMNS, ...CSV_OPTIONAL_COLUMNS]);
const NUMERIC = new Set(["course", "credits", "gpa", "academicDebts"]);

export interface CsvRowResult {
  line: number;
  id: string;
  eligible: boolean;
  toCourse: number | null;
  gpa: number;
  losesGrant: boolean;
  failing: string[];
}

export interface CsvRun {
  rows: CsvRowResult[];
  /** One line per bad field of a bad row (or lines about a bad header / malformed CSV). */
  errors: string[];
  /** Data rows that were rejected (0 when the file itself was rejected). */
  badRows: number;
}

function toNumber(s: string): number | string {
  const t = s.trim().replace(",", ".");
  if (t === "" || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return s;
  return Number(t);
}

function detectDelimiter(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const semis = (first.match(/;/g) ?? []).length;
  const commas = (first.match(/,/g) ?? []).length;
  return semis > commas ? ";" : ",";
}

export function runCsvEligibility(ev: Evaluator, text: string, defaultPolicy: string | undefined): CsvRun {
  let records: string[][];
  const lineOf: number[] = []; // file line of each record (quoted fields may span lines)
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      on_record: (record: string[], context: { lines: number }) => {
        lineOf.push(context.lines);
        return record;
      },
    });
  } catch (e) {
    const err = e as { lines?: number; message: string };
    return { rows: [], errors: [`line ${err.lines ?? "?"}: malformed CSV: ${err.message}`], badRows: 0 };
  }
  const header = records[0];
  if (!header) return { rows: [], errors: ["header: empty file (expected columns id,level,course,credits,gpa,funding)"], badRows: 0 };
  const columns = header.map((c) => c.trim());
  const errors: string[] = [];
  for (const c of columns) {
    if (!KNOWN.has(c))
      errors.push(
        `header: unknown column ${JSON.stringify(c)} (expected ${[...CSV_REQUIRED_COLUMNS].join(",")}[,${[...CSV_OPTIONAL_COLUMNS].join(",")}])`,
      );
  }
  for (const c of CSV_REQUIRED_COLUMNS) {
    if (!columns.includes(c)) errors.push(`header: missing column ${JSON.stringify(c)}`);
  }
  const dup = columns.filter((c, i) => columns.indexOf(c) !== i);
  for (const c of new Set(dup)) errors.push(`header: column ${JSON.stringify(c)} appears twice`);
  if (errors.length > 0) return { rows: [], errors, badRows: 0 };

  const schema = ev.schemas.promotion;
  const rows: CsvRowResult[] = [];
  let badRows = 0;
  const idIndex = columns.indexOf("id");
  for (let r = 1; r < records.length; r++) {
    const record = records[r] ?? [];
    const line = lineOf[r] ?? r + 1;
    const id = record[idIndex] ?? "";
    const where = `line ${line}${id === "" ? "" : ` (id ${id})`}`;
    if (record.length !== columns.length) {
      errors.push(`${where}: expected ${columns.length} fields, found ${record.length}`);
      badRows += 1;
      continue;
    }
    const obj: JsonObject = { check: "promotion" };
    columns.forEach((c, i) => {
      const cell = record[i] ?? "";
      if (cell === "" && c !== "id") return; // empty optional cell = absent; required → "required"
      obj[c] = NUMERIC.has(c) ? toNumber(cell) : cell;
    });
    if (obj["policy"] === undefined && defaultPolicy !== undefined) obj["policy"] = defaultPolicy;
    const parsed = schema.safeParse(obj);
    if (!parsed.success) {
      for (const p of problemsFromZod(parsed.error)) errors.push(`${where}: ${renderProblem(p)}`);
      badRows += 1;
      continue;
    }
    const out = evaluatePromotionItem(ev, parsed.data);
    rows.push({
      line,
      id,
      eligible: out["eligible"] as boolean,
      toCourse: out["toCourse"] as number | null,
      gpa: out["gpa"] as number,
      losesGrant: out["losesGrant"] as boolean,
      failing: failingRuleLabels(out["reasons"] as Reason[]),
    });
  }
  return { rows, errors, badRows };
}

const HEADERS = ["id", "eligible", "toCourse", "gpa", "losesGrant", "failing"] as const;

/** Aligned plain-text table, one line per student, English headers. */
export function renderCsvTable(rows: readonly CsvRowResult[]): string {
  const cells = rows.map((r) => [
    r.id,
    r.eligible ? "yes" : "no",
    r.toCourse === null ? "-" : String(r.toCourse),
    r.gpa.toFixed(2),
    r.losesGrant ? "yes" : "no",
    r.failing.join("; "),
  ]);
  const widths = HEADERS.map((h, i) => cells.reduce((w, c) => Math.max(w, (c[i] ?? "").length), h.length));
  const fmt = (c: readonly string[]): string =>
    c
      .map((v, i) => (i === c.length - 1 ? v : v.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  const lines = new Array<string>(cells.length + 1);
  lines[0] = fmt(HEADERS);
  for (let i = 0; i < cells.length; i++) lines[i + 1] = fmt(cells[i] ?? []);
  return `${lines.join("\n")}\n`;
}
