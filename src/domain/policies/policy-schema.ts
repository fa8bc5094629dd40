import { z } from "zod";
import { isIsoDate } from "../rules/dates.js";
import { LEVELS } from "../rules/types.js";
import { REQUIRED_HOURS_MODES } from "../diary/calendar-norm.js";

/**
 * A university's policy (domain.md §9) as a versioned data file in
 * src/reference-data/policies/. Where universities differ, the difference is a
 * value here, never an `if (university === …)` in code.
 */

const dayCount = z.number().int().min(0).max(366);
/** null = the university's rules do not set this deadline (domain.md §9 "—"). */
const optionalDays = dayCount.nullable();
const isoDate = z.string().refine(isIsoDate, { error: "expected a date YYYY-MM-DD" });

/** Policy keys that produce a dated deadline and therefore need a citation. */
export const DEADLINE_POLICY_KEYS = [
  "contractDeadlineDaysBeforeStart",
  "distributionDaysBeforeStart",
  "noBaseWarningDaysBeforeStart",
  "reportScheduleDaysBeforeEnd",
  "characteristicDaysBeforeEnd",
  "reportDueDaysAfterEnd",
  "workPlanDaysBeforeStart",
  "programmeToCompanyDaysBeforeStart",
  "referralDaysBeforeStart",
] as const;

export const CITATION_KEYS = [
  ...DEADLINE_POLICY_KEYS,
  "orientation",
  "practiceDuration",
  "hoursPerDay",
  "daysPerWeek",
  "diaryRetentionYears",
  "diaryBackfillDays",
  "promotionRule",
  "academicPeriods",
] as const;

export const promotionThresholdSchema = z.strictObject({
  level: z.enum(LEVELS),
  toCourse: z.number().int().min(2).max(10),
  minCredits: z.number().min(0),
  maxCredits: z.number().min(0).nullable(),
  minGpa: z.number().min(0).max(4),
});

/** "MM-DD": a day of the year (29 February is refused: it does not exist every year). */
const monthDay = z.string().refine(
  (s) => {
    const m = /^(\d{2})-(\d{2})$/.exec(s);
    if (!m) return false;
    const month = Number(m[1]);
    const day = Number(m[2]);
    return month >= 1 && month <= 12 && day >= 1 && day <= [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  },
  { error: "expected a day of the year MM-DD" },
);

/**
 * First days of the two academic periods (semesters), used where the rules count back from "the
 * next academic period" (R-23 4.4, 6.2, 7.7) and the student cannot be asked for a date.
 */
export const academicPeriodsSchema = z.strictObject({
  /** MR-595 23: the academic year starts in September. */
  autumnStart: monthDay,
  /** Start of the spring period. */
  springStart: monthDay,
  /** First day of the winter vacation (R-23 3.2, 4.3, 6.1, 7.1: applications are taken in the vacation). */
  winterVacationStart: monthDay.optional(),
  /** First day of the summer vacation. */
  summerVacationStart: monthDay.optional(),
  /** true when the dates are the policy's assumption, not the university's published academic calendar. */
  assumed: z.boolean(),
});

export const policySchema = z
  .strictObject({
    /** File-independent identifier used by departments and `--policy`. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: "expected a lower-case id (a-z, 0-9, -)" }),
    /** Increment on every change; the highest version of an id is in force. */
    version: z.number().int().min(1),
    name: z.string().min(1),
    /** Names for the bot, by locale. */
    names: z.partialRecord(z.enum(["kk", "ru", "en"]), z.string().min(1)).optional(),
    effectiveFrom: isoDate.optional(),
    /** Documents the values come from. */
    sources: z.array(z.string().min(1)).min(1),
    /** Id of the holiday calendar in src/reference-data/holidays/ ("kz"). */
    holidayCalendar: z.string().min(1),
    timeZone: z.string().min(1).default("Asia/Almaty"),

    // domain.md §9
    contractDeadlineDaysBeforeStart: optionalDays,
    distributionDaysBeforeStart: optionalDays,
    noBaseWarningDaysBeforeStart: optionalDays,
    reportScheduleDaysBeforeEnd: optionalDays,
    characteristicDaysBeforeEnd: optionalDays,
    reportDueDaysAfterEnd: optionalDays,
    hoursPerDay: z.number().positive().max(12),
    daysPerWeek: z.number().int().min(1).max(7),
    /** QP-06 3.6: required hours from the working days of the holiday calendar, or weeks × the nominal week. */
    requiredHours: z.enum(REQUIRED_HOURS_MODES).default("calendar"),
    diaryRetentionYears: z.number().int().min(0).max(100),
    /** How many days back a student may still write a diary entry (the diary is kept daily: 6B03104 §10a). */
    diaryBackfillDays: z.number().int().min(0).max(366).default(7),
    promotionRule: z.enum(["both", "either"]),
    /**
     * Who vouches for an organisation supervisor who claims their link (QP-06 5.12): always the department's
     * coordinator, or at once when the phone Telegram verified equals the agreement's supervisor phone.
     */
    orgSupervisorConfirmation: z.enum(["phoneMatch", "coordinator"]).default("coordinator"),

    // further practice deadlines (QP-06 Annex 1 §2.3; KazUTB-RPA 7.8)
    workPlanDaysBeforeStart: optionalDays.default(null),
    programmeToCompanyDaysBeforeStart: optionalDays.default(null),
    referralDaysBeforeStart: optionalDays.default(null),
    deadlineOnNonWorkingDay: z.enum(["shift", "keep"]).default("shift"),

    // transfer / reinstatement values (R-23; defaults are R-23's)
    gpaRounding: z.enum(["halfUp", "truncate"]).default("halfUp"),
    promotionThresholds: z.array(promotionThresholdSchema).min(1).optional(),
    applicationCutoffWorkingDays: z.number().int().min(0).max(60).default(5),
    transferReviewWorkingDays: z.number().int().min(0).max(60).default(3),
    programmeChangePaidOnly: z.boolean().default(true),
    reinstatementYears: z
      .strictObject({
        bachelor: z.number().int().min(0),
        master: z.number().int().min(0),
        phd: z.number().int().min(0),
      })
      .default({ bachelor: 5, master: 2, phd: 2 }),
    nonPaymentReinstatementWeeks: z.number().int().min(0).max(52).default(4),
    academicPeriods: academicPeriodsSchema.default({ autumnStart: "09-01", springStart: "01-26", assumed: true }),

    /** Clause per key, shown next to every deadline ("QP-06 Annex 1 §2.1"). */
    citations: z.partialRecord(z.enum(CITATION_KEYS), z.string().min(1)),
  })
  .superRefine((p, ctx) => {
    for (const key of DEADLINE_POLICY_KEYS) {
      if (p[key] !== null && p.citations[key] === undefined) {
        ctx.addIssue({ code: "custom", path: ["citations", key], message: `citation required because ${key} is set` });
      }
    }
    const seen = new Set<string>();
    for (const [i, t] of (p.promotionThresholds ?? []).entries()) {
      const k = `${t.level}:${t.toCourse}`;
      if (seen.has(k)) ctx.addIssue({ code: "custom", path: ["promotionThresholds", i], message: `duplicate row ${k}` });
      seen.add(k);
    }
  });

export type Policy = z.output<typeof policySchema>;
export type PolicyFile = z.input<typeof policySchema>;
