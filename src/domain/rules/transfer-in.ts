import { toIsoDate } from "./dates.js";
import type { DateInput, IsoDate } from "./dates.js";
import { consequence, criterion, info } from "./reason.js";
import type { Reason } from "./reason.js";
import { transferWindowEnd } from "./transfer-windows.js";
import { isGrantFunded } from "./types.js";
import type { Funding } from "./types.js";

export interface TransferInInput {
  date: DateInput;
  nextPeriodStart: DateInput;
  firstPeriodCompleted: boolean;
  /** Coming from a university abroad (R-23 3.26). */
  fromForeignUniversity: boolean;
  /** Funding at the current university. */
  funding: Funding;
  /** Leaving a creative-exam programme group (R-23 3.25). */
  fromCreativeProgramme?: boolean;
}

export interface TransferInVerdict {
  eligible: boolean;
  /** R-23 3.2: by 25 August / 25 January. */
  applyBy: IsoDate;
  /** R-23 3.26: from a foreign university only on a paid basis. */
  paidOnly: boolean;
  /** R-23 3.24, MR-595 31: a grant holder pays the difference in grant cost. */
  paysGrantDifference: boolean;
  needsUnt: boolean;
  reasons: Reason[];
}

/** R-23 §3: transfer into this university from another one. */
export function evaluateTransferIn(input: TransferInInput): TransferInVerdict {
  const date = toIsoDate(input.date, "date");
  const start = toIsoDate(input.nextPeriodStart, "nextPeriodStart");
  const { windowEnd, season } = transferWindowEnd(start); // R-23 3.2
  const paidOnly = input.fromForeignUniversity || input.funding === "paid"; // R-23 3.26
  const paysGrantDifference = !input.fromForeignUniversity && isGrantFunded(input.funding); // R-23 3.24
  const needsUnt = input.fromCreativeProgramme === true; // R-23 3.25
  const reasons: Reason[] = [
    criterion("R-23 3.1", input.firstPeriodCompleted, { code: "firstPeriodCompleted", value: input.firstPeriodCompleted }),
    criterion("R-23 3.2", date <= windowEnd, { code: "transferWindow", date, windowEnd, season }),
    consequence("R-23 3.26", input.fromForeignUniversity, { code: "foreignUniversity", value: input.fromForeignUniversity }),
    consequence("R-23 3.24", paysGrantDifference, { code: "grantCostDifference", value: paysGrantDifference }),
    info("R-23 3.7", { code: "creditRecognition", form: "F-31" }),
  ];
  if (needsUnt) reasons.push(consequence("R-23 3.25", true, { code: "untRequired", cause: "creativeProgramme", value: true }));
  return {
    eligible: input.firstPeriodCompleted && date <= windowEnd,
    applyBy: windowEnd,
    paidOnly,
    paysGrantDifference,
    needsUnt,
    reasons,
  };
}
