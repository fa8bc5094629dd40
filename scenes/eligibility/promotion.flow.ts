import { promotableCourses } from "../../src/domain/rules/promotion.js";
import { GRANT_OR_PAID, isGrantFunded } from "../../src/domain/rules/types.js";
import { checkCredits, checkDebtCount, checkGpa } from "../../src/domain/profile/eligibility-answers.js";
import { runPromotionCheck, type PromotionCheckInput } from "../../src/domain/eligibility/checks.js";
import { reasonSections } from "../../src/bot/views/eligibility.view.js";
import { courseChoice, gpaSourceChoice } from "./choices.js";
import { prefilledFunding, prefilledLevel, type EligibilityFlow } from "./flow.js";

/** R-23 5.1–5.11: promotion to the next year with the policy's thresholds and promotion rule. */
export const promotionFlow: EligibilityFlow = {
  prefilled: (kit) => [
    ...prefilledLevel(kit),
    ...(kit.profile ? [kit.t("elig-prefilled-course", { course: kit.profile.course })] : []),
    ...prefilledFunding(kit),
  ],

  async run(kit) {
    const { ask, t, r, profile, record } = kit;
    const level = await kit.level();
    const courses = promotableCourses(level, kit.policy.promotionThresholds);
    let course: number;
    if (profile) {
      course = profile.course;
      if (!courses.includes(course)) {
        await kit.ctx.reply(t("elig-promotion-final-year", { course, level }));
        return;
      }
    } else {
      course = await ask.choice(courseChoice.with({ options: courses }), { question: "elig-ask-course" });
    }
    const funding = await kit.funding(GRANT_OR_PAID);
    const recorded = record?.gpa != null && record.credits != null ? { gpa: record.gpa, credits: record.credits } : null;
    const source = await ask.choice(
      gpaSourceChoice.with({
        options: gpaSourceChoice.options.filter((option) => recorded !== null || option !== "record"),
        label: (option, tr) => (option === "record" && recorded ? tr("elig-gpa-source-record", recorded) : tr(`elig-gpa-source-${option}`)),
      }),
      { question: "elig-ask-gpa-source" },
    );
    const input: PromotionCheckInput = { level, course, funding };
    let debtsKnown = record?.academicDebts != null;
    if (record?.academicDebts != null) input.academicDebts = record.academicDebts;
    if (source === "grades") {
      input.grades = await kit.grades("elig-ask-grades");
      delete input.academicDebts; // the pasted grades say which courses are still owed
      debtsKnown = true;
    } else if (source === "record" && recorded) {
      input.gpa = recorded.gpa;
      input.credits = recorded.credits;
    } else {
      input.gpa = await ask.text({ question: "elig-ask-gpa", check: checkGpa, errorPrefix: "elig-gpa" });
      input.credits = await ask.text({ question: "elig-ask-credits", check: checkCredits, errorPrefix: "elig-credits" });
    }
    let result = await kit.evaluate(() => runPromotionCheck(kit.context, input));
    if (!result) return;
    // R-23 5.11 matters only for a grant holder who is promoted: ask for debts only then.
    if (!debtsKnown && result.verdict.eligible && isGrantFunded(funding)) {
      input.academicDebts = await ask.text({ question: "elig-ask-debts", check: checkDebtCount, errorPrefix: "elig-debts" });
      result = await kit.evaluate(() => runPromotionCheck(kit.context, input));
      if (!result) return;
    }
    const { verdict, computed } = result;
    const lines = [
      verdict.eligible
        ? t("elig-verdict-promotion-yes", { toCourse: verdict.threshold.toCourse })
        : t("elig-verdict-promotion-no", { toCourse: verdict.threshold.toCourse, course }),
    ];
    if (computed) {
      lines.push(
        t("elig-grades-computed", {
          courses: computed.grades.length,
          gpa: result.publishedGpa,
          credits: computed.passedCredits,
          debts: result.academicDebts,
        }),
      );
    }
    lines.push(...reasonSections(r, verdict.reasons));
    await kit.answer(lines);
  },
};
