import { z } from "zod";
import { checkEmail } from "../../domain/practice/contacts.js";
import { academicYearOf, checkPracticeDates, checkPracticeWeeks } from "../../domain/practice/placement.js";
import {
  checkCourse,
  checkFullName,
  checkGroup,
  checkProgrammeCode,
  checkStudentNumber,
  type Checked,
} from "../../domain/profile/student-profile.js";
import { isIsoDate, type IsoDate } from "../../domain/rules/dates.js";
import type { PracticeType } from "../../domain/rules/practice-deadlines.js";
import { LEVELS, type Level } from "../../domain/rules/types.js";
import type { WorkingCalendar } from "../../domain/rules/working-calendar.js";
import {
  columnOfHeader,
  OPTIONAL_COLUMNS,
  parseDateCell,
  parseLevel,
  parsePracticeType,
  ROSTER_COLUMNS,
  type RosterColumn,
} from "./columns.js";
import type { RosterTable } from "./parse.js";

/** Why a roster cell, row or header is refused; the bot shows `roster-error-<reason>` (locales/…/roster.ftl). */
export const ROSTER_ERROR_REASONS = [
  "missing-column",
  "duplicate-column",
  "required",
  "student-number-format",
  "name-too-short",
  "name-too-long",
  "name-letters-only",
  "name-need-surname-and-name",
  "name-too-many-words",
  "group-format",
  "programme-code-format",
  "programme-code-level-mismatch",
  "course-range",
  "level-unknown",
  "practice-type-unknown",
  "date-format",
  "weeks-range",
  "email-format",
  "email-too-long",
  "end-before-start",
  "start-too-early",
  "start-too-late",
  "weeks-mismatch",
  "duplicate-row",
  "conflicting-student",
  "other-department",
] as const;
export type RosterErrorReason = (typeof ROSTER_ERROR_REASONS)[number];

/** One refused cell (or header, or row): where, what was there, and why. */
export interface RosterError {
  /** Row number as the coordinator sees it (spreadsheet row / CSV line; the header is usually 1). */
  row: number;
  column: RosterColumn | null;
  /** The header as written in the file, to point at the column in the coordinator's own words. */
  header: string | null;
  value: string | null;
  reason: RosterErrorReason;
  params?: Record<string, string | number>;
}

/** A valid roster row, normalised. */
export interface RosterRow {
  row: number;
  studentNumber: string;
  fullName: string;
  group: string;
  programmeCode: string;
  course: number;
  level: Level;
  practiceType: PracticeType;
  startDate: IsoDate;
  endDate: IsoDate;
  weeks: number;
  academicYear: string;
  supervisorEmail: string | null;
}

type Parsed = Omit<RosterRow, "row" | "academicYear">;

/** zod schema of one cell: the domain validator's reason becomes the issue message. */
function cell<T>(check: (value: string) => Checked<T> | null, prefix: string | null) {
  return z.string().transform((raw, ctx) => {
    if (raw.trim() === "") {
      ctx.addIssue({ code: "custom", message: "required" });
      return z.NEVER;
    }
    const checked = check(raw);
    if (checked === null) {
      ctx.addIssue({ code: "custom", message: prefix ?? "format" });
      return z.NEVER;
    }
    if (!checked.ok) {
      ctx.addIssue({
        code: "custom",
        message: prefix ? `${prefix}-${checked.reason}` : checked.reason,
        ...(checked.params ? { params: checked.params } : {}),
      });
      return z.NEVER;
    }
    return checked.value;
  });
}

const orNull =
  <T>(parse: (value: string) => T | null) =>
  (value: string): Checked<T> | null => {
    const parsed = parse(value);
    return parsed === null ? null : { ok: true, value: parsed };
  };

/** Programme code whatever the level (the level is checked across the row). */
function programmeCodeAnyLevel(value: string): Checked<string> {
  for (const level of LEVELS) {
    const checked = checkProgrammeCode(value, level);
    if (checked.ok) return checked;
  }
  return { ok: false, reason: "format" };
}

function courseNumber(value: string): Checked<number> {
  return /^\s*[1-9]\s*$/.test(value)
    ? { ok: true, value: Number(value.trim()) }
    : { ok: false, reason: "range", params: { min: 1, max: 5 } };
}

/** One schema per column (zod at the boundary; the rules are src/domain's validators). */
export const ROSTER_CELL_SCHEMAS = {
  studentNumber: cell(checkStudentNumber, "student-number"),
  fullName: cell(checkFullName, "name"),
  group: cell(checkGroup, "group"),
  programmeCode: cell(programmeCodeAnyLevel, "programme-code"),
  course: cell(courseNumber, "course"),
  level: cell(orNull(parseLevel), "level-unknown"),
  practiceType: cell(orNull(parsePracticeType), "practice-type-unknown"),
  startDate: cell(
    orNull((v) => (isIsoDate(parseDateCell(v)) ? parseDateCell(v) : null)),
    "date-format",
  ),
  endDate: cell(
    orNull((v) => (isIsoDate(parseDateCell(v)) ? parseDateCell(v) : null)),
    "date-format",
  ),
  weeks: cell(checkPracticeWeeks, null),
  supervisorEmail: z.string().transform((raw, ctx) => {
    if (raw.trim() === "") return null;
    const checked = checkEmail(raw);
    if (checked.ok) return checked.value;
    ctx.addIssue({ code: "custom", message: `email-${checked.reason}`, ...(checked.params ? { params: checked.params } : {}) });
    return z.NEVER;
  }),
} satisfies Record<RosterColumn, z.ZodType<unknown, string>>;

const COLUMN_ORDER = new Map(ROSTER_COLUMNS.map((c, i) => [c, i]));

/** A student ID read from a row, valid in itself (its row may have other errors): checked against other departments in the same pass. */
export interface RosterNumber {
  row: number;
  studentNumber: string;
}

export type RosterValidation = { ok: true; rows: RosterRow[] } | { ok: false; errors: RosterError[]; numbers: RosterNumber[] };

/** Errors in the order the coordinator reads the file: by row, then by column. */
export function sortRosterErrors(errors: RosterError[]): RosterError[] {
  return errors.sort((a, b) => a.row - b.row || (COLUMN_ORDER.get(a.column!) ?? 0) - (COLUMN_ORDER.get(b.column!) ?? 0));
}

/**
 * Validates the whole table: headers, every cell, each row's dates and weeks (QP-06 3.6), level
 * against programme code and course, and rows against each other. Every problem is reported.
 */
export function validateRoster(table: RosterTable, context: { today: IsoDate; calendar: WorkingCalendar }): RosterValidation {
  const errors: RosterError[] = [];
  const columnIndex = new Map<RosterColumn, number>();
  table.headers.forEach((header, index) => {
    const column = columnOfHeader(header);
    if (!column) return;
    if (columnIndex.has(column)) errors.push({ row: table.headerRow, column, header, value: null, reason: "duplicate-column" });
    else columnIndex.set(column, index);
  });
  for (const column of ROSTER_COLUMNS) {
    if (!columnIndex.has(column) && !OPTIONAL_COLUMNS.has(column)) {
      errors.push({ row: table.headerRow, column, header: null, value: null, reason: "missing-column" });
    }
  }
  if (errors.length > 0) return { ok: false, errors, numbers: [] };

  // Rows repeat the same levels, practice types, programme codes and dates: each distinct value is checked once.
  const UNIQUE_PER_ROW: ReadonlySet<RosterColumn> = new Set(["studentNumber", "fullName"]);
  const cellCache = new Map<string, ReturnType<(typeof ROSTER_CELL_SCHEMAS)[RosterColumn]["safeParse"]>>();
  const parseCell = (column: RosterColumn, value: string) => {
    if (UNIQUE_PER_ROW.has(column)) return ROSTER_CELL_SCHEMAS[column].safeParse(value);
    const key = `${column}\u0000${value}`;
    let result = cellCache.get(key);
    if (!result) cellCache.set(key, (result = ROSTER_CELL_SCHEMAS[column].safeParse(value)));
    return result;
  };
  const rowCache = new Map<string, unknown>();
  const memo = <T>(key: string, compute: () => T): T => {
    if (rowCache.has(key)) return rowCache.get(key) as T;
    const value = compute();
    rowCache.set(key, value);
    return value;
  };

  const rows: RosterRow[] = [];
  const numbers: RosterNumber[] = [];
  const firstOfKey = new Map<string, number>();
  const firstOfStudent = new Map<string, RosterRow>();
  for (const { row, cells } of table.rows) {
    const rowErrors: RosterError[] = [];
    const raw = (column: RosterColumn): string => {
      const index = columnIndex.get(column);
      return index === undefined ? "" : (cells[index] ?? "");
    };
    const fail = (column: RosterColumn, reason: RosterErrorReason, params?: Record<string, string | number>): void => {
      const index = columnIndex.get(column);
      rowErrors.push({
        row,
        column,
        header: index === undefined ? null : (table.headers[index] ?? null),
        value: raw(column) || null,
        reason,
        ...(params ? { params } : {}),
      });
    };

    const parsed: Partial<Parsed> = {};
    for (const column of ROSTER_COLUMNS) {
      const result = parseCell(column, raw(column));
      if (result.success) (parsed as Record<string, unknown>)[column] = result.data;
      else {
        const issue = result.error.issues[0]!;
        const params = "params" in issue ? (issue.params as Record<string, string | number> | undefined) : undefined;
        fail(column, issue.message as RosterErrorReason, params);
      }
    }

    if (parsed.studentNumber !== undefined) numbers.push({ row, studentNumber: parsed.studentNumber });
    const { level, programmeCode, course, startDate, endDate, weeks } = parsed;
    if (level !== undefined && programmeCode !== undefined) {
      const checked = memo(`p|${programmeCode}|${level}`, () => checkProgrammeCode(programmeCode, level));
      if (!checked.ok) fail("programmeCode", "programme-code-level-mismatch", checked.params);
    }
    if (level !== undefined && course !== undefined) {
      const checked = memo(`c|${course}|${level}`, () => checkCourse(course, level));
      if (!checked.ok) fail("course", "course-range", checked.params);
    }
    if (startDate !== undefined && endDate !== undefined && weeks !== undefined) {
      // QP-06 3.6: weeks agree with the dates; the start lies within the academic window.
      const issues = memo(`d|${startDate}|${endDate}|${weeks}`, () =>
        checkPracticeDates({ startDate, endDate, weeks, today: context.today }, context.calendar),
      );
      for (const issue of issues) {
        if (issue.field === "startDate" || issue.field === "endDate" || issue.field === "weeks") {
          fail(issue.field, issue.reason as RosterErrorReason, issue.params);
        }
      }
    }

    if (rowErrors.length === 0) {
      const value = parsed as Parsed;
      const complete: RosterRow = { row, ...value, academicYear: academicYearOf(value.startDate) };
      const key = `${complete.studentNumber}|${complete.practiceType}|${complete.academicYear}`;
      const first = firstOfKey.get(key);
      if (first !== undefined) fail("practiceType", "duplicate-row", { firstRow: first });
      else firstOfKey.set(key, row);
      const earlier = firstOfStudent.get(complete.studentNumber);
      if (earlier) {
        for (const column of ["fullName", "group", "programmeCode", "course", "level"] as const) {
          if (earlier[column] !== complete[column]) fail(column, "conflicting-student", { firstRow: earlier.row });
        }
      } else firstOfStudent.set(complete.studentNumber, complete);
      if (rowErrors.length === 0) rows.push(complete);
    }
    errors.push(...rowErrors);
  }
  if (errors.length > 0) return { ok: false, errors: sortRosterErrors(errors), numbers };
  return { ok: true, rows };
}
