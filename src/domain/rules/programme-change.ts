import { toIsoDate } from "./dates.js";
import type { DateInput, IsoDate } from "./dates.js";
import { consequence, criterion } from "./reason.js";
import type { Reason } from "./reason.js";
import { APPLICATION_CUTOFF_WORKING_DAYS, applicationCutoff, earliest, holidayPeriodCheck, transferWindowEnd } from "./transfer-windows.js";
import { isGrantFunded } from "./types.js";
import type { Funding } from "./types.js";
import { addWorkingDaysIfCovered } from "./working-calendar.js";
import type { WorkingCalendar } from "./working-calendar.js";

export interface ProgrammeChangeInput {
  /** Day the application would be filed. */
  date: DateInput;
  nextPeriodStart: DateInput;
  firstPeriodCompleted: boolean;
  /** Target programme is of a related field of training (R-23 6.6). */
  relatedProgramme: boolean;
  funding: Funding;
  /** Leaving a programme group that required a creative exam (R-23 3.25). */
  fromCreativeProgramme?: boolean;
  /** Moving into a pedagogical programme from another group (MR-595 31). */
  toPedagogicalProgramme?: boolean;
  /** First day of the holidays, if known: applications only in the holidays (R-23 6.1). */
  holidayStart?: DateInput;
}

export interface ProgrammeChangeOptions {
  /** R-23 3.10: changing programme is on a paid basis only. Default true. */
  programmeChangePaidOnly?: boolean;
  /** Default 5 (R-23 6.2). */
  applicationCutoffWorkingDays?: number;
}

export interface ProgrammeChangeVerdict {
  eligible: boolean;
  /** Last day to apply (inclusive): min(25 Aug/25 Jan, 5 working days before the period). */
  applyBy: IsoDate;
  losesGrant: boolean;
  needsUnt: boolean;
  paidOnly: boolean;
  fundingAfter: "grant" | "paid";
  /** R-23 6.5: the order is issued within 5 working days of the application (null: calendar year missing). */
  orderBy: IsoDate | null;
  reasons: Reason[];
}

/** R-23 §6, 3.10, 3.25; MR-595 31: changing educational programme inside the university. */
export function evaluateProgrammeChange(
  input: ProgrammeChangeInput,
  calendar: WorkingCalendar,
  options: ProgrammeChangeOptions = {},
): ProgrammeChangeVerdict {
  const date = toIsoDate(input.date, "date");
  const start = toIsoDate(input.nextPeriodStart, "nextPeriodStart");
  const cutoffDays = options.applicationCutoffWorkingDays ?? APPLICATION_CUTOFF_WORKING_DAYS;
  const paidOnly = options.programmeChangePaidOnly ?? true; // R-23 3.10

  const { windowEnd, season } = transferWindowEnd(start); // R-23 6.1, 3.2: by 25 Aug / 25 Jan
  const cutoff = applicationCutoff(calendar, start, cutoffDays); // R-23 6.2
  const applyBy = earliest(windowEnd, cutoff);
  const grant = isGrantFunded(input.funding);
  const losesGrant = grant && !input.relatedProgramme; // R-23 6.6
  const untNonRelated = !input.relatedProgramme; // R-23 6.7
  const untCreative = input.fromCreativeProgramme === true; // R-23 3.25, MR-595 31
  const untPedagogical = input.toPedagogicalProgramme === true; // MR-595 31
  const needsUnt = untNonRelated || untCreative || untPedagogical;

  const reasons: Reason[] = [
    criterion("R-23 6.1", input.firstPeriodCompleted, { code: "firstPeriodCompleted", value: input.firstPeriodCompleted }),
    criterion("R-23 6.1", date <= windowEnd, { code: "transferWindow", date, windowEnd, season }),
    criterion("R-23 6.2", date <= cutoff, {
      code: "applicationCutoff",
      date,
      applyBy: cutoff,
      nextPeriodStart: start,
      workingDays: cutoffDays,
    }),
  ];
  const { inHolidays, reason: holidayReason } = holidayPeriodCheck("R-23 6.1", date, input.holidayStart);
  if (holidayReason) reasons.push(holidayReason);
  reasons.push(
    consequence("R-23 3.10", paidOnly, { code: "paidOnly", value: paidOnly }),
    consequence("R-23 6.6", losesGrant, {
      code: "relatedProgramme",
      related: input.relatedProgramme,
      funding: input.funding,
      grantLost: losesGrant,
    }),
  );
  if (untNonRelated) reasons.push(consequence("R-23 6.7", true, { code: "untRequired", cause: "nonRelatedProgramme", value: true }));
  if (untCreative) reasons.push(consequence("R-23 3.25", true, { code: "untRequired", cause: "creativeProgramme", value: true }));
  if (untPedagogical) reasons.push(consequence("MR-595 31", true, { code: "untRequired", cause: "pedagogicalProgramme", value: true }));

  const eligible = input.firstPeriodCompleted && date <= applyBy && inHolidays;
  return {
    eligible,
    applyBy,
    losesGrant,
    needsUnt,
    paidOnly,
    fundingAfter: grant && !losesGrant ? "grant" : "paid",
    orderBy: addWorkingDaysIfCovered(calendar, date, 5), // R-23 6.5
    reasons,
  };
}
