import { RuleInputError } from "./errors.js";
import { addDays, addYears, toIsoDate } from "./dates.js";
import type { DateInput, IsoDate } from "./dates.js";
import { consequence, criterion } from "./reason.js";
import type { Reason } from "./reason.js";
import { APPLICATION_CUTOFF_WORKING_DAYS, applicationCutoff, earliest } from "./transfer-windows.js";
import type { Level } from "./types.js";
import type { WorkingCalendar } from "./working-calendar.js";

export interface ReinstatementYears {
  bachelor: number;
  master: number;
  phd: number;
}

/**
 * R-23 7.2: 5 years for bachelor students, 2 years for master's students.
 * R-23 is silent on PhD students; we apply the master's (postgraduate) term of
 * 2 years as the conservative reading and flag it `assumed: true`. A policy
 * file may set another value.
 */
export const R23_REINSTATEMENT_YEARS: Readonly<ReinstatementYears> = Object.freeze({ bachelor: 5, master: 2, phd: 2 });

/** R-23 7.4: 4 weeks after an in-semester expulsion for non-payment. */
export const NON_PAYMENT_REINSTATEMENT_WEEKS = 4;

/** Why the student was expelled: R-23 7.4 has its own route for non-payment during a semester. */
export const EXPULSION_REASONS = ["nonPayment", "other"] as const;
export type ExpulsionReason = (typeof EXPULSION_REASONS)[number];

export interface ReinstatementInput {
  level: Level;
  expelledOn: DateInput;
  /** Day the application would be filed. */
  date: DateInput;
  reason: ExpulsionReason;
  nextPeriodStart: DateInput;
  /** R-23 7.4 applies once the debt is paid. Default true. */
  debtPaid?: boolean;
}

export interface ReinstatementOptions {
  reinstatementYears?: ReinstatementYears;
  nonPaymentReinstatementWeeks?: number;
  applicationCutoffWorkingDays?: number;
}

export interface ReinstatementVerdict {
  eligible: boolean;
  /** The route (clause) the verdict is given on. */
  route: "nonPayment" | "general";
  /** Last day to apply (inclusive) on that route. */
  deadline: IsoDate;
  /** R-23 7.3: reinstatement is on a paid basis only. */
  paidOnly: boolean;
  /** The criteria of `route`, then the consequences: an eligible verdict has every one of its criteria met. */
  reasons: Reason[];
  /**
   * R-23 7.4 when it was considered but did not decide the verdict: its (unmet) criterion, and the last
   * day it can still be used once the tuition debt is paid (null when its four weeks are over).
   */
  otherRoute: { route: "nonPayment"; reasons: Reason[]; openUntil: IsoDate | null } | null;
}

/**
 * R-23 §7. Terms in weeks/years end on the corresponding day (29 Feb + 1 year
 * → 28 Feb); the end day is included.
 * - nonPayment (R-23 7.4): within 4 weeks of expulsion, debt paid; if that
 *   route fails the general route is evaluated and 7.4 is reported as the
 *   other route (what it still needs), never among the general route's criteria.
 * - general: within 5/2 years of expulsion (7.2) and no later than 5 working
 *   days before the next academic period (7.7), in the holidays (7.1).
 */
export function evaluateReinstatement(
  input: ReinstatementInput,
  calendar: WorkingCalendar,
  options: ReinstatementOptions = {},
): ReinstatementVerdict {
  const expelledOn = toIsoDate(input.expelledOn, "expelledOn");
  const date = toIsoDate(input.date, "date");
  const start = toIsoDate(input.nextPeriodStart, "nextPeriodStart");
  if (date < expelledOn) throw new RuleInputError("dateBeforeExpulsion", { expelledOn, date });
  const years = (options.reinstatementYears ?? R23_REINSTATEMENT_YEARS)[input.level];
  const weeks = options.nonPaymentReinstatementWeeks ?? NON_PAYMENT_REINSTATEMENT_WEEKS;
  const cutoffDays = options.applicationCutoffWorkingDays ?? APPLICATION_CUTOFF_WORKING_DAYS;
  let otherRoute: ReinstatementVerdict["otherRoute"] = null;

  if (input.reason === "nonPayment") {
    const until = addDays(expelledOn, weeks * 7); // R-23 7.4
    const debtPaid = input.debtPaid ?? true;
    const met = date <= until && debtPaid;
    const window = criterion("R-23 7.4", met, { code: "nonPaymentWindow", weeks, expelledOn, until, date, debtPaid });
    if (met) {
      const reasons = [window, consequence("R-23 7.3", true, { code: "paidOnly", value: true })];
      return { eligible: true, route: "nonPayment", deadline: until, paidOnly: true, reasons, otherRoute: null };
    }
    otherRoute = { route: "nonPayment", reasons: [window], openUntil: date <= until ? until : null };
  }

  const until = addYears(expelledOn, years); // R-23 7.2
  const cutoff = applicationCutoff(calendar, start, cutoffDays); // R-23 7.7
  const reasons: Reason[] = [
    criterion("R-23 7.2", date <= until, {
      code: "reinstatementWindow",
      level: input.level,
      years,
      expelledOn,
      until,
      date,
      assumed: input.level === "phd",
    }),
    criterion("R-23 7.7", date <= cutoff, {
      code: "applicationCutoff",
      date,
      applyBy: cutoff,
      nextPeriodStart: start,
      workingDays: cutoffDays,
    }),
    consequence("R-23 7.3", true, { code: "paidOnly", value: true }),
  ];
  return {
    eligible: date <= until && date <= cutoff,
    route: "general",
    deadline: earliest(until, cutoff),
    paidOnly: true,
    reasons,
    otherRoute,
  };
}
