import { isRuleInputError } from "../../src/domain/rules/errors.js";
import { vacationBefore, type AcademicPeriodStart } from "../../src/domain/rules/academic-periods.js";
import type { IsoDate } from "../../src/domain/rules/dates.js";
import type { Reason } from "../../src/domain/rules/reason.js";
import { nextPeriodFor } from "../../src/domain/eligibility/checks.js";
import { reasonSections } from "../../src/bot/views/eligibility.view.js";
import type { EligibilityKit } from "./kit.js";

/**
 * The day an application for `period` can first be filed: today, or the first day of the vacation
 * before the period when it has not begun yet (R-23 4.3, 6.1: applications only in the vacation).
 */
export function filingDay(
  kit: EligibilityKit,
  period: AcademicPeriodStart,
): { date: IsoDate; vacation: ReturnType<typeof vacationBefore> } {
  const vacation = vacationBefore(period, kit.policy.academicPeriods);
  const today = kit.today();
  return { date: vacation && today < vacation.start ? vacation.start : today, vacation };
}

/**
 * The last day to apply; when it has passed, the first day of the following period's window
 * (if the student would be eligible then).
 */
export function deadlineLines(
  kit: EligibilityKit,
  applyBy: IsoDate,
  period: AcademicPeriodStart,
  retry: (following: AcademicPeriodStart) => IsoDate | null,
): string[] {
  const { t, r } = kit;
  if (kit.today() <= applyBy) return [t("elig-deadline-apply-by", { date: r.date(applyBy) }), kit.periodNote(period)];
  const lines = [t("elig-deadline-passed", { date: r.date(applyBy), start: r.date(period.start) })];
  try {
    const following = nextPeriodFor(kit.policy, period.start);
    const next = retry(following);
    if (next !== null && kit.today() <= next) lines.push(t("elig-deadline-next", { date: r.date(next), start: r.date(following.start) }));
  } catch (error) {
    if (!isRuleInputError(error)) throw error; // e.g. the following year's calendar is not loaded yet
  }
  lines.push(kit.periodNote(period));
  return lines;
}

/** A verdict of a check bound to the vacation windows. */
export interface WindowVerdict {
  eligible: boolean;
  applyBy: IsoDate;
  reasons: Reason[];
}

/**
 * Checks bound to the vacation windows (R-23 §4, §6): verdict for the next academic period, its
 * criteria, and when to apply — from the first day of the vacation when it has not begun yet,
 * else the last day to apply, or the next chance when it has passed.
 * `run` evaluates the check as if filed on `date`.
 */
export async function answerWindowCheck(
  kit: EligibilityKit,
  check: "programmeChange" | "transferOut",
  run: (input: { date: IsoDate; nextPeriodStart: IsoDate; holidayStart?: IsoDate }) => WindowVerdict,
  notes: (verdict: WindowVerdict) => string[] = () => [],
): Promise<void> {
  const { t, r } = kit;
  await kit.refreshToday();
  const runFor = (period: AcademicPeriodStart): { verdict: WindowVerdict; filed: ReturnType<typeof filingDay> } => {
    const filed = filingDay(kit, period);
    const holidayStart = filed.vacation?.start;
    return { verdict: run({ date: filed.date, nextPeriodStart: period.start, ...(holidayStart && { holidayStart }) }), filed };
  };
  const result = await kit.evaluate(() => {
    const period = nextPeriodFor(kit.policy, kit.today());
    return { period, ...runFor(period) };
  });
  if (!result) return;
  const { period, verdict, filed } = result;
  const notOpenYet = filed.vacation !== null && filed.date !== kit.today();
  // "If filed today, reviewed by …" means nothing before the vacation: the review period is given without a date.
  const reasons = notOpenYet
    ? verdict.reasons.map((reason) =>
        reason.detail.code === "reviewPeriod" ? { ...reason, detail: { ...reason.detail, reviewedBy: null } } : reason,
      )
    : verdict.reasons;
  const lines = [
    t(`elig-verdict-${check}-${verdict.eligible ? "yes" : "no"}`, { start: r.date(period.start) }),
    ...reasonSections(r, reasons),
  ];
  const extra = notes(verdict);
  if (extra.length > 0) lines.push("", ...extra);
  lines.push("");
  if (notOpenYet && filed.vacation && filed.date <= verdict.applyBy) {
    lines.push(
      t("elig-window-opens", { season: filed.vacation.season, opens: r.date(filed.vacation.start), applyBy: r.date(verdict.applyBy) }),
      kit.periodNote(period),
    );
    if (kit.policy.academicPeriods.assumed) lines.push(t("elig-vacation-assumed", { policy: kit.policyName }));
  } else {
    lines.push(
      ...deadlineLines(kit, verdict.applyBy, period, (following) => {
        const next = runFor(following).verdict;
        return next.eligible ? next.applyBy : null;
      }),
    );
  }
  await kit.answer(lines);
}
