import type { TranslateFunction } from "@grammyjs/i18n";
import type { EligibilityRenderer } from "../../src/bot/views/eligibility.view.js";
import { reasonSections } from "../../src/bot/views/eligibility.view.js";
import { checkPastDate } from "../../src/domain/profile/eligibility-answers.js";
import type { ReinstatementVerdict } from "../../src/domain/rules/reinstatement.js";
import { nextPeriodFor, runReinstatementCheck } from "../../src/domain/eligibility/checks.js";
import { expulsionReasonChoice } from "./choices.js";
import { deadlineLines } from "./deadlines.js";
import { prefilledLevel, type EligibilityFlow } from "./flow.js";

/**
 * The verdict and its reasons. The verdict is given on one route (R-23 7.4 or 7.2) and only that
 * route's criteria are listed under it; when 7.4 was not the route, what it still needs follows in
 * its own section, so a ✅ never stands above a ❌.
 */
export function reinstatementLines(t: TranslateFunction, r: EligibilityRenderer, verdict: ReinstatementVerdict): string[] {
  const other = verdict.otherRoute;
  const verdictKey = verdict.eligible
    ? other
      ? "elig-verdict-reinstatement-yes-general"
      : "elig-verdict-reinstatement-yes"
    : other?.openUntil
      ? "elig-verdict-reinstatement-no-pay-debt"
      : "elig-verdict-reinstatement-no";
  const lines = [t(verdictKey), ...reasonSections(r, verdict.reasons)];
  const window = other?.reasons.find((reason) => reason.detail.code === "nonPaymentWindow")?.detail;
  if (other && window?.code === "nonPaymentWindow") {
    const until = r.date(window.until);
    lines.push(
      "",
      t("elig-other-route-nonPayment"),
      other.openUntil ? t("elig-other-route-pay-debt", { until }) : t("elig-other-route-closed", { weeks: window.weeks, until }),
    );
  }
  return lines;
}

/** R-23 §7: reinstatement after expulsion. */
export const reinstatementFlow: EligibilityFlow = {
  prefilled: prefilledLevel,

  async run(kit) {
    const { ask, t, r } = kit;
    const level = await kit.level();
    const expelledOn = await ask.text({
      question: "elig-ask-expelled-on",
      check: (text) => checkPastDate(text, kit.today()),
      errorPrefix: "elig-date",
    });
    const reason = await ask.choice(expulsionReasonChoice, { question: "elig-ask-expulsion-reason" });
    const debtPaid = reason === "nonPayment" ? await kit.yesNo("elig-ask-debt-paid") : undefined;
    const today = await kit.refreshToday();
    const base = { level, expelledOn, date: today, reason, ...(debtPaid !== undefined && { debtPaid }) };
    const result = await kit.evaluate(() => {
      const period = nextPeriodFor(kit.policy, today);
      return { period, verdict: runReinstatementCheck(kit.context, { ...base, nextPeriodStart: period.start }) };
    });
    if (!result) return;
    const { period, verdict } = result;
    const lines = reinstatementLines(t, r, verdict);
    if (verdict.route === "nonPayment") {
      lines.push("", t("elig-deadline-apply-by", { date: r.date(verdict.deadline) }));
    } else if (verdict.reasons.some((reason) => reason.detail.code === "reinstatementWindow" && reason.met)) {
      // R-23 7.2: once the term since expulsion is over there is no later window to point to.
      lines.push(
        "",
        ...deadlineLines(kit, verdict.deadline, period, (following) => {
          const next = runReinstatementCheck(kit.context, { ...base, nextPeriodStart: following.start });
          return next.eligible ? next.deadline : null;
        }),
      );
    }
    await kit.answer(lines);
  },
};
