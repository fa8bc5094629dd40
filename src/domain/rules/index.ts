/**
 * Pure rules engine (domain.md §7–§10): no I/O, no clock, no environment.
 * Dates are "YYYY-MM-DD" strings (or Dayjs values) passed in by the caller.
 * Every verdict carries reasons `{ rule, met, kind, detail }` with machine
 * detail for localisation.
 */
export { RuleInputError, isRuleInputError } from "./errors.js";
export type { RuleErrorCode } from "./errors.js";

export { LEVELS, FUNDINGS, GRANT_OR_PAID, fundingsFor, isFunding, isGrantFunded, isLevel } from "./types.js";
export type { Level, Funding, PromotionRule, GpaRounding } from "./types.js";

export { criterion, consequence, info, failingCriteria } from "./reason.js";
export type { Reason, ReasonDetail, ReasonKind, GradeCategory } from "./reason.js";

export { isIsoDate, toIsoDate, isLeapYear, addDays, addMonths, addYears, dayOfWeek, isWeekend, daysBetween } from "./dates.js";
export type { IsoDate, DateInput } from "./dates.js";

export {
  LETTERS,
  GRADE_SCALE,
  normalizeLetter,
  parseLetter,
  gradeBand,
  letterToPoints,
  letterToTraditional,
  letterPercentBand,
  scoreToLetter,
  isPassingLetter,
  failureConsequence,
} from "./grade-scale.js";
export type { Letter, GradeBand, TraditionalGrade } from "./grade-scale.js";

export {
  computeGpa,
  latestGrades,
  normalizeGrade,
  courseKey,
  gpaHundredths,
  publishedGpa,
  formatGpa,
  compareGpa,
  meetsMinGpa,
  meetsMinCredits,
} from "./gpa.js";
export type { GradeInput, Grade, GpaResult } from "./gpa.js";

export { parseGradesText } from "./grades-text.js";
export type { GradeLineError, GradeLineErrorCode, ParsedGradeLine, ParsedGradesText, ParseGradesOptions } from "./grades-text.js";

export { R23_PROMOTION_THRESHOLDS, promotionThreshold, promotableCourses, evaluatePromotion } from "./promotion.js";
export type { PromotionThreshold, PromotionInput, PromotionOptions, PromotionVerdict } from "./promotion.js";

export {
  createWorkingCalendar,
  isWorkingDay,
  describeDay,
  workingDaysBefore,
  addWorkingDays,
  addWorkingDaysIfCovered,
  workingDayOnOrBefore,
  workingDayOnOrAfter,
  countWorkingDays,
  assertCalendarCovers,
  calendarCoversYear,
} from "./working-calendar.js";
export type { WorkingCalendar, HolidayYear, CalendarDay, CalendarDayKind } from "./working-calendar.js";

export { APPLICATION_CUTOFF_WORKING_DAYS, transferWindowEnd, applicationCutoff } from "./transfer-windows.js";

export { evaluateProgrammeChange } from "./programme-change.js";
export type { ProgrammeChangeInput, ProgrammeChangeOptions, ProgrammeChangeVerdict } from "./programme-change.js";

export { evaluateTransferOut } from "./transfer-out.js";
export type { TransferOutInput, TransferOutVerdict } from "./transfer-out.js";

export { evaluateTransferIn } from "./transfer-in.js";
export type { TransferInInput, TransferInVerdict } from "./transfer-in.js";

export { EXPULSION_REASONS, R23_REINSTATEMENT_YEARS, NON_PAYMENT_REINSTATEMENT_WEEKS, evaluateReinstatement } from "./reinstatement.js";
export type {
  ExpulsionReason,
  ReinstatementInput,
  ReinstatementOptions,
  ReinstatementVerdict,
  ReinstatementYears,
} from "./reinstatement.js";

export { gradeCategory, rankGrantCandidates } from "./vacant-grant-ranking.js";
export type { GrantCandidate, GrantRanking, RankedCandidate } from "./vacant-grant-ranking.js";

export { HONOURS_ALLOWED_LETTERS, HONOURS_FINAL_ATTESTATION_LETTERS, HONOURS_MIN_GPA, evaluateHonours } from "./honours.js";
export type { HonoursInput, HonoursVerdict } from "./honours.js";

export { PRACTICE_TYPES, practiceDeadlines, practiceEndDate, requiredPracticeHours } from "./practice-deadlines.js";
export type {
  PracticeType,
  PracticeDeadline,
  PracticeDeadlineKey,
  PracticeDeadlinePolicy,
  PracticePeriod,
  DeadlineAudience,
} from "./practice-deadlines.js";
