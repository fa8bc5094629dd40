import { defineChoice } from "../../src/bot/choice.js";
import { FUNDINGS, LEVELS } from "../../src/domain/rules/types.js";
import { LETTERS } from "../../src/domain/rules/grade-scale.js";
import { EXPULSION_REASONS } from "../../src/domain/rules/reinstatement.js";
import { ANY_COURSE_RANGE } from "../../src/domain/profile/student-profile.js";

/** The checks a student can run in `/eligibility`, in menu order. */
export const ELIGIBILITY_CHECKS = ["promotion", "programmeChange", "transferOut", "reinstatement", "honours"] as const;
export type EligibilityCheck = (typeof ELIGIBILITY_CHECKS)[number];

export const checkChoice = defineChoice({ prefix: "elig.check", options: ELIGIBILITY_CHECKS, label: "elig-check" });

export const levelChoice = defineChoice({ prefix: "elig.level", options: LEVELS, label: "level" });

const ALL_COURSES = Array.from({ length: ANY_COURSE_RANGE.max - ANY_COURSE_RANGE.min + 1 }, (_, i) => ANY_COURSE_RANGE.min + i);

/** The year being finished; a question offers only the years with a promotion row of the policy. */
export const courseChoice = defineChoice({
  prefix: "elig.course",
  options: ALL_COURSES,
  label: (course) => String(course),
  columns: ALL_COURSES.length,
});

/** Funding; a question offers the options that matter for it (`with({ options })`). */
export const fundingChoice = defineChoice({ prefix: "elig.fund", options: FUNDINGS, label: "elig-funding" });

/** Where the promotion GPA comes from: the coordinator's record (offered only when there is one), typed, or pasted grades. */
export const GPA_SOURCES = ["record", "type", "grades"] as const;
export type GpaSource = (typeof GPA_SOURCES)[number];
export const gpaSourceChoice = defineChoice({ prefix: "elig.gpa", options: GPA_SOURCES, label: "elig-gpa-source" });

export const expulsionReasonChoice = defineChoice({ prefix: "elig.why", options: EXPULSION_REASONS, label: "elig-expulsion" });

/** The twelve letters of MR-595 App. 1, four to a row. */
export const finalAttestationChoice = defineChoice({ prefix: "elig.fa", options: LETTERS, label: (letter) => letter, columns: 4 });
