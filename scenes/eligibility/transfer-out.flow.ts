import { fundingsFor } from "../../src/domain/rules/types.js";
import { runTransferOutCheck } from "../../src/domain/eligibility/checks.js";
import { answerWindowCheck } from "./deadlines.js";
import { prefilledFirstPeriod, prefilledFunding, prefilledLevel, type EligibilityFlow } from "./flow.js";

/** R-23 §4: transfer to another university. */
export const transferOutFlow: EligibilityFlow = {
  prefilled: (kit) => [...prefilledLevel(kit), ...prefilledFirstPeriod(kit), ...prefilledFunding(kit)],

  async run(kit) {
    const firstPeriodCompleted = await kit.firstPeriodCompleted();
    const level = await kit.level();
    // R-23 4.1–4.2: only a bachelor's state grant can be targeted, so only a bachelor is told what that is.
    const funding = await kit.funding(fundingsFor(level), level === "bachelor" ? "elig-ask-funding-transfer" : "elig-ask-funding");
    await answerWindowCheck(kit, "transferOut", (when) =>
      runTransferOutCheck(kit.context, { ...when, firstPeriodCompleted, level, funding }),
    );
  },
};
