import { z } from "zod";
import { isIsoDate } from "../domain/rules/dates.js";
import { normalizeLetter, LETTERS } from "../domain/rules/grade-scale.js";
import { promotableCourses } from "../domain/rules/promotion.js";
import { applicationCutoff } from "../domain/rules/transfer-windows.js";
import { isRuleInputError } from "../domain/rules/errors.js";
import type { WorkingCalendar } from "../domain/rules/working-calendar.js";
import type { Policy } from "../domain/policies/policy-schema.js";

/**
 * zod schemas of the `eligibility` CLI input (field names of issue 4). Every
 * message is one short, readable line; the path is added by format-issues.
 */

export const CHECKS = ["promotion", "programChange", "transferOut", "transferIn", "reinstatement", "honours", "grantRanking"] as const;
export type CheckName = (typeof CHECKS)[number];

type Iss = { input?: unknown };
const quoteList = (values: readonly string[]): string => values.map((v) => JSON.stringify(v)).join(", ");
const orList = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items.at(-1) ?? ""}`;
const req = (iss: Iss, msg: string): string => (iss.input === undefined ? `required: ${msg}` : msg);

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

export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  const msg = `expected one of ${quoteList(values)}`;
  return z.enum(values, { error: (iss) => req(iss, msg) });
}

export const bool = z.boolean({ error: (iss) => req(iss, "expected true or false") });

export const isoDate = z
  .string({ error: (iss) => req(iss, "expected a date YYYY-MM-DD") })
  .refine(isIsoDate, { error: "expected a real date written YYYY-MM-DD" });

const letterMsg = `expected a letter grade (${LETTERS.join(", ")})`;
export const letter = z.string({ error: (iss) => req(iss, letterMsg) }).refine((s) => normalizeLetter(s) !== null, { error: letterMsg });

const idSchema = z.union([z.string().min(1), z.number()], { error: "expected a string or number" });

export const gradeSchema = z.strictObject(
  {
    course: z
      .string({ error: (iss) => req(iss, "expected a course name") })
      .trim()
      .min(1, { error: "expected a course name" }),
    credits: num(0, 60, { exclusiveMin: true }),
    letter,
    retake: bool.optional(),
    attempt: int(1, 20).optional(),
  },
  { error: "expected an object { course, credits, letter, retake? }" },
);

export const gradesSchema = z
  .array(gradeSchema, { error: (iss) => req(iss, "expected a list of grades") })
  .min(1, { error: "expected at least one grade" });

export interface SchemaContext {
  policies: ReadonlyMap<string, Policy>;
  calendar: WorkingCalendar;
  defaultPolicyId: string;
}

const FUNDING_GRANT_PAID = ["grant", "paid"] as const;
const FUNDING_ALL = ["targetedGrant", "grant", "paid"] as const;
const LEVELS = ["bachelor", "master", "phd"] as const;

export function makeSchemas(ctx: SchemaContext) {
  const policyIds = [...ctx.policies.keys()].sort();
  const policyMsg = `expected one of ${quoteList(policyIds)}`;
  const policy = z
    .string({ error: policyMsg })
    .refine((id) => ctx.policies.has(id), { error: policyMsg })
    .optional();
  const policyOf = (id: string | undefined): Policy | undefined => ctx.policies.get(id ?? ctx.defaultPolicyId);

  /** The 5-working-day cut-off before `nextPeriodStart` must be computable from the calendar. */
  const checkCutoff = (start: string, policyId: string | undefined, rctx: z.RefinementCtx) => {
    if (!isIsoDate(start)) return;
    const p = policyOf(policyId);
    try {
      applicationCutoff(ctx.calendar, start, p?.applicationCutoffWorkingDays ?? 5);
    } catch (e) {
      if (isRuleInputError(e) && e.code === "calendarYearNotCovered") {
        rctx.addIssue({
          code: "custom",
          path: ["nextPeriodStart"],
          message: `the holiday calendar "${ctx.calendar.id}" has no data for ${String(e.detail.year)} (years covered: ${[...ctx.calendar.years].sort().join(", ")})`,
        });
      } else throw e;
    }
  };

  const common = { id: idSchema.optional(), policy };

  const promotion = z
    .strictObject({
      check: z.literal("promotion"),
      ...common,
      level: oneOf(LEVELS),
      course: int(1, 10),
      credits: num(0, 1000).optional(),
      gpa: num(0, 4).optional(),
      grades: gradesSchema.optional(),
      funding: oneOf(FUNDING_GRANT_PAID),
      academicDebts: int(0, 500).optional(),
    })
    .superRefine((v, rctx) => {
      if (v.gpa !== undefined && v.grades !== undefined) {
        rctx.addIssue({ code: "custom", path: ["gpa"], message: "give either gpa or grades, not both" });
      }
      if (v.gpa === undefined && v.grades === undefined) {
        rctx.addIssue({ code: "custom", path: ["gpa"], message: "required: a number between 0 and 4 (or give grades)" });
      }
      if (v.credits === undefined && v.grades === undefined) {
        rctx.addIssue({ code: "custom", path: ["credits"], message: "required: a number between 0 and 1000 (or give grades)" });
      }
      const courses = promotableCourses(v.level, policyOf(v.policy)?.promotionThresholds);
      if (!courses.includes(v.course)) {
        rctx.addIssue({
          code: "custom",
          path: ["course"],
          message: `no promotion from course ${v.course} for ${v.level}: expected ${orList(courses.map(String))}`,
        });
      }
    });

  const programChange = z
    .strictObject({
      check: z.literal("programChange"),
      ...common,
      date: isoDate,
      nextPeriodStart: isoDate,
      firstPeriodCompleted: bool,
      relatedProgramme: bool,
      funding: oneOf(FUNDING_GRANT_PAID),
      fromCreativeProgramme: bool.optional(),
      toPedagogicalProgramme: bool.optional(),
      holidayStart: isoDate.optional(),
    })
    .superRefine((v, rctx) => checkCutoff(v.nextPeriodStart, v.policy, rctx));

  const transferOut = z
    .strictObject({
      check: z.literal("transferOut"),
      ...common,
      date: isoDate,
      nextPeriodStart: isoDate,
      firstPeriodCompleted: bool,
      level: oneOf(LEVELS),
      funding: oneOf(FUNDING_ALL),
      holidayStart: isoDate.optional(),
    })
    .superRefine((v, rctx) => checkCutoff(v.nextPeriodStart, v.policy, rctx));

  const transferIn = z.strictObject({
    check: z.literal("transferIn"),
    ...common,
    date: isoDate,
    nextPeriodStart: isoDate,
    firstPeriodCompleted: bool,
    fromForeignUniversity: bool,
    funding: oneOf(FUNDING_ALL),
    fromCreativeProgramme: bool.optional(),
  });

  const reinstatement = z
    .strictObject({
      check: z.literal("reinstatement"),
      ...common,
      level: oneOf(LEVELS),
      expelledOn: isoDate,
      date: isoDate,
      reason: oneOf(["nonPayment", "other"] as const),
      nextPeriodStart: isoDate,
      debtPaid: bool.optional(),
    })
    .superRefine((v, rctx) => {
      if (isIsoDate(v.date) && isIsoDate(v.expelledOn) && v.date < v.expelledOn) {
        rctx.addIssue({ code: "custom", path: ["date"], message: "must not be before expelledOn" });
      }
      checkCutoff(v.nextPeriodStart, v.policy, rctx);
    });

  const honours = z.strictObject({
    check: z.literal("honours"),
    ...common,
    grades: gradesSchema,
    finalAttestation: letter,
    retakes: int(0, 500).optional(),
  });

  const grantRanking = z
    .strictObject({
      check: z.literal("grantRanking"),
      ...common,
      candidates: z
        .array(
          z.strictObject(
            {
              id: z.union([z.string().min(1), z.number()], { error: (iss) => req(iss, "expected a string or number") }),
              grades: gradesSchema,
            },
            { error: "expected an object { id, grades }" },
          ),
          { error: (iss) => req(iss, "expected a list of candidates") },
        )
        .min(1, { error: "expected at least one candidate" }),
    })
    .superRefine((v, rctx) => {
      const seen = new Set<string>();
      v.candidates.forEach((c, i) => {
        const id = String(c.id);
        if (seen.has(id)) rctx.addIssue({ code: "custom", path: ["candidates", i, "id"], message: `duplicate id ${JSON.stringify(id)}` });
        seen.add(id);
      });
    });

  return { promotion, programChange, transferOut, transferIn, reinstatement, honours, grantRanking } as const;
}

export type Schemas = ReturnType<typeof makeSchemas>;
export type CheckInput = { [K in CheckName]: z.output<Schemas[K]> }[CheckName];
