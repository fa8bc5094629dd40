import { toIsoDate } from "./dates.js";
import type { DateInput, IsoDate } from "./dates.js";
import { consequence, criterion, info } from "./reason.js";
import type { Reason } from "./reason.js";
import { APPLICATION_CUTOFF_WORKING_DAYS, applicationCutoff, holidayPeriodCheck } from "./transfer-windows.js";
import type { Funding, Level } from "./types.js";
import { addWorkingDaysIfCovered } from "./working-calendar.js";
import type { WorkingCalendar } from "./working-calendar.js";

export interface TransferOutInput {
  date: DateInput;
  nextPeriodStart: DateInput;
  firstPeriodCompleted: boolean;
  level: Level;
  funding: Funding;
  /** First day of the holidays, if known: transfers only in the holidays (R-23 4.3). */
  holidayStart?: DateInput;
}

export interface TransferOutVerdict {
  eligible: boolean;
  /** Last day to apply (inclusive), R-23 4.4. */
  applyBy: IsoDate;
  /** R-23 4.1: a targeted bachelor grant stays here; the student moves on a paid basis. */
  paidOnly: boolean;
  /** R-23 4.6: the application is reviewed within 3 working days (null: calendar year missing). */
  reviewedBy: IsoDate | null;
  reasons: Reason[];
}

/** R-23 §4: transfer to another university. */
export function evaluateTransferOut(
  input: TransferOutInput,
  calendar: WorkingCalendar,
  options: { applicationCutoffWorkingDays?: number; transferReviewWorkingDays?: number } = {},
): TransferOutVerdict {
  const date = toIsoDate(input.date, "date");
  const start = toIsoDate(input.nextPeriodStart, "nextPeriodStart");
  const cutoffDays = options.applicationCutoffWorkingDays ?? APPLICATION_CUTOFF_WORKING_DAYS;
  const reviewDays = options.transferReviewWorkingDays ?? 3;
  const applyBy = applicationCutoff(calendar, start, cutoffDays); // R-23 4.4
  // R-23 4.2: master's and PhD grants are not targeted, whatever the input says.
  const targeted = input.funding === "targetedGrant" && input.level === "bachelor";
  const paidOnly = targeted || input.funding === "paid"; // R-23 4.1
  const reviewedBy = addWorkingDaysIfCovered(calendar, date, reviewDays); // R-23 4.6

  const reasons: Reason[] = [
    criterion("R-23 4.3", input.firstPeriodCompleted, { code: "firstPeriodCompleted", value: input.firstPeriodCompleted }),
    criterion("R-23 4.4", date <= applyBy, {
      code: "applicationCutoff",
      date,
      applyBy,
      nextPeriodStart: start,
      workingDays: cutoffDays,
    }),
  ];
  const { inHolidays, reason: holidayReason } = holidayPeriodCheck("R-23 4.3", date, input.holidayStart);
  if (holidayReason) reasons.push(holidayReason);
  if (input.funding !== "paid") {
    reasons.push(
      consequence(input.level === "bachelor" ? "R-23 4.1" : "R-23 4.2", targeted, {
        code: "targetedGrant",
        funding: input.funding,
        level: input.level,
        grantStays: targeted,
      }),
    );
  }
  reasons.push(info("R-23 4.6", { code: "reviewPeriod", workingDays: reviewDays, reviewedBy }));
  return {
    eligible: input.firstPeriodCompleted && date <= applyBy && inHolidays,
    applyBy,
    paidOnly,
    reviewedBy,
    reasons,
  };
}
