/**
 * zod field schemas shared by every boundary that reads files or arguments (the registrar CLI,
 * roster imports): each message is one short, readable English line; the caller adds the path.
 * The ranges come from src/domain, so the bot, the CLI and imports accept the same values.
 */
import { z } from "zod";
import { isIsoDate } from "../domain/rules/dates.js";
import { normalizeLetter, LETTERS } from "../domain/rules/grade-scale.js";
import { CREDITS_RANGE, DEBTS_RANGE, GPA_RANGE } from "../domain/profile/eligibility-answers.js";
import { ANY_COURSE_RANGE } from "../domain/profile/student-profile.js";
import { FUNDINGS, GRANT_OR_PAID, LEVELS } from "../domain/rules/types.js";

interface Issue {
  input?: unknown;
}

export const quoteList = (values: readonly string[]): string => values.map((v) => JSON.stringify(v)).join(", ");

/** "required: …" when the field is missing, the plain message otherwise. */
export const req = (iss: Issue, msg: string): string => (iss.input === undefined ? `required: ${msg}` : msg);

export function num(min: number, max: number, opts: { exclusiveMin?: boolean } = {}) {
  const msg = opts.exclusiveMin
    ? `expected a number greater than ${min} and at most ${max}`
    : `expected a number between ${min} and ${max}`;
  const base = z.number({ error: (iss) => req(iss, msg) });
  return (opts.exclusiveMin ? base.gt(min, { error: msg }) : base.min(min, { error: msg })).max(max, { error: msg });
}

export function int(min: number, max: number) {
  const msg = `expected a whole number between ${min} and ${max}`;
  return z
    .number({ error: (iss) => req(iss, msg) })
    .int({ error: msg })
    .min(min, { error: msg })
    .max(max, { error: msg });
}

export function oneOf<const T extends readonly string[]>(values: T) {
  const msg = `expected one of ${quoteList(values)}`;
  return z.enum(values, { error: (iss) => req(iss, msg) });
}

export const bool = z.boolean({ error: (iss) => req(iss, "expected true or false") });

export const isoDate = z
  .string({ error: (iss) => req(iss, "expected a date YYYY-MM-DD") })
  .refine(isIsoDate, { error: "expected a real date written YYYY-MM-DD" });

const letterMsg = `expected a letter grade (${LETTERS.join(", ")})`;
export const letter = z.string({ error: (iss) => req(iss, letterMsg) }).refine((s) => normalizeLetter(s) !== null, { error: letterMsg });

/** Credits of one course of a transcript. */
export const COURSE_CREDITS_MAX = 60;

export const gradeSchema = z.strictObject(
  {
    course: z
      .string({ error: (iss) => req(iss, "expected a course name") })
      .trim()
      .min(1, { error: "expected a course name" }),
    credits: num(0, COURSE_CREDITS_MAX, { exclusiveMin: true }),
    letter,
    retake: bool.optional(),
    attempt: int(1, 20).optional(),
  },
  { error: "expected an object { course, credits, letter, retake? }" },
);

export const gradesSchema = z
  .array(gradeSchema, { error: (iss) => req(iss, "expected a list of grades") })
  .min(1, { error: "expected at least one grade" });

/** Degree level, year of study, funding and academic record fields (src/domain declares their values). */
export const level = oneOf(LEVELS);
export const course = int(ANY_COURSE_RANGE.min, ANY_COURSE_RANGE.max);
export const funding = oneOf(FUNDINGS);
/** Funding of a promotion or a programme change, where a targeted grant is a grant. */
export const grantOrPaid = oneOf(GRANT_OR_PAID);
export const gpa = num(GPA_RANGE.min, GPA_RANGE.max);
export const credits = num(CREDITS_RANGE.min, CREDITS_RANGE.max);
export const academicDebts = int(DEBTS_RANGE.min, DEBTS_RANGE.max);
