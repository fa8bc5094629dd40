import { z } from "zod";
import { isIsoDate } from "../domain/rules/dates.js";
import { promotableCourses } from "../domain/rules/promotion.js";
import { CREDITS_RANGE, GPA_RANGE } from "../domain/profile/eligibility-answers.js";
import { EXPULSION_REASONS } from "../domain/rules/reinstatement.js";
import {
  academicDebts,
  bool,
  course,
  credits,
  funding,
  gpa,
  grantOrPaid,
  gradesSchema,
  int,
  isoDate,
  letter,
  level,
  oneOf,
  quoteList,
  req,
} from "../validation/fields.js";
import { applicationCutoff } from "../domain/rules/transfer-windows.js";
import { isRuleInputError } from "../domain/rules/errors.js";
import type { WorkingCalendar } from "../domain/rules/working-calendar.js";
import type { Policy } from "../domain/policies/policy-schema.js";

/**
 * zod schemas of the `eligibility` CLI input. Every
 * message is one short, readable line; the path is added by format-issues.
 */

export const CHECKS = ["promotion", "programChange", "transferOut", "transferIn", "reinstatement", "honours", "grantRanking"] as const;
export type CheckName = (typeof CHECKS)[number];

const orList = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items.at(-1) ?? ""}`;

const idSchema = z.union([z.string().min(1), z.number()], { error: "expected a string or number" });

export interface SchemaContext {
  policies: ReadonlyMap<string, Policy>;
  calendar: WorkingCalendar;
  defaultPolicyId: string;
}

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
      level,
      course,
      credits: credits.optional(),
      gpa: gpa.optional(),
      grades: gradesSchema.optional(),
      funding: grantOrPaid,
      academicDebts: academicDebts.optional(),
    })
    .superRefine((v, rctx) => {
      if (v.gpa !== undefined && v.grades !== undefined) {
        rctx.addIssue({ code: "custom", path: ["gpa"], message: "give either gpa or grades, not both" });
      }
      if (v.gpa === undefined && v.grades === undefined) {
        rctx.addIssue({
          code: "custom",
          path: ["gpa"],
          message: `required: a number between ${GPA_RANGE.min} and ${GPA_RANGE.max} (or give grades)`,
        });
      }
      if (v.credits === undefined && v.grades === undefined) {
        rctx.addIssue({
          code: "custom",
          path: ["credits"],
          message: `required: a number between ${CREDITS_RANGE.min} and ${CREDITS_RANGE.max} (or give grades)`,
        });
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
      funding: grantOrPaid,
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
      level,
      funding,
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
    funding,
    fromCreativeProgramme: bool.optional(),
  });

  const reinstatement = z
    .strictObject({
      check: z.literal("reinstatement"),
      ...common,
      level,
      expelledOn: isoDate,
      date: isoDate,
      reason: oneOf(EXPULSION_REASONS),
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
