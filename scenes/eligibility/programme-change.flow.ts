import { GRANT_OR_PAID } from "../../src/domain/rules/types.js";
import { runProgrammeChangeCheck } from "../../src/domain/eligibility/checks.js";
import { answerWindowCheck, type WindowVerdict } from "./deadlines.js";
import { prefilledFirstPeriod, prefilledFunding, type EligibilityFlow } from "./flow.js";

/**
 * R-23 3.10 and 6.6 read together: the change is on a fee-paying basis, yet a grant
 * holder moving to a related programme keeps the grant; say how both hold.
 */
function paidOnlyWithGrantKept(verdict: WindowVerdict): boolean {
  const paidOnly = verdict.reasons.some((r) => r.detail.code === "paidOnly" && r.detail.value);
  const grantKept = verdict.reasons.some((r) => r.detail.code === "relatedProgramme" && r.detail.funding !== "paid" && !r.detail.grantLost);
  return paidOnly && grantKept;
}

/** R-23 §6, 3.10, 3.25; MR-595 31: changing programme inside the university. */
export const programmeChangeFlow: EligibilityFlow = {
  prefilled: (kit) => [...prefilledFirstPeriod(kit), ...prefilledFunding(kit)],

  async run(kit) {
    const firstPeriodCompleted = await kit.firstPeriodCompleted();
    const relatedProgramme = await kit.yesNo("elig-ask-related");
    const funding = await kit.funding(GRANT_OR_PAID);
    // R-23 3.25: only matters when no UNT is required anyway (a non-related programme needs it, R-23 6.7).
    const fromCreativeProgramme = relatedProgramme ? await kit.yesNo("elig-ask-creative") : false;
    await answerWindowCheck(
      kit,
      "programmeChange",
      (when) => runProgrammeChangeCheck(kit.context, { ...when, firstPeriodCompleted, relatedProgramme, funding, fromCreativeProgramme }),
      (verdict) => (paidOnlyWithGrantKept(verdict) ? [kit.t("elig-note-paidOnly-grantKept")] : []),
    );
  },
};
