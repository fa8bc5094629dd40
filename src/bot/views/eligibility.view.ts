import type { TranslateFunction } from "@grammyjs/i18n";
import type { Locale } from "../../config/config.js";
import { formatDate } from "../format.js";
import { citation } from "../../domain/rules/citation.js";
import type { IsoDate } from "../../domain/rules/dates.js";
import type { Reason, ReasonDetail } from "../../domain/rules/reason.js";
import type { GradeLineError } from "../../domain/rules/grades-text.js";

/** Translations and dates in the user's language. */
export interface EligibilityRenderer {
  t: TranslateFunction;
  /** A calendar date ("YYYY-MM-DD") in the user's language, e.g. "19 января 2027 года", "19.01.2027". */
  date(iso: IsoDate): string;
  /** A clause reference in the user's language, e.g. "R-23, п. 5.7", "R-23, 5.7-т.". */
  cite(rule: string): string;
}

export function eligibilityRenderer(t: TranslateFunction, locale: Locale): EligibilityRenderer {
  // A calendar date names a day, not an instant: format it at UTC midnight in UTC.
  return { t, date: (iso) => formatDate(new Date(`${iso}T00:00:00Z`), locale, "UTC"), cite: (rule) => citation(rule, locale) };
}

/** At most this many items of a list are shown in one line (Telegram messages are limited to 4096 characters). */
const MAX_LISTED = 10;

function listed(items: readonly string[]): string {
  const shown = items.slice(0, MAX_LISTED).join("; ");
  return items.length > MAX_LISTED ? `${shown}; …` : shown;
}

function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** One line of the answer for each kind of reason the rules engine gives (without icon and clause). */
export function reasonText(r: EligibilityRenderer, d: ReasonDetail): string {
  const { t } = r;
  switch (d.code) {
    case "minCredits":
      return t("elig-rule-minCredits", { actual: d.actual, required: d.required, toCourse: d.toCourse });
    case "minGpa":
      return d.toCourse === undefined
        ? t("elig-rule-minGpa-honours", { gpa: d.published, required: d.required })
        : t("elig-rule-minGpa", { gpa: d.published, required: d.required, toCourse: d.toCourse });
    case "promotionRule":
      return t(d.promotionRule === "both" ? "elig-rule-promotionRule-both" : "elig-rule-promotionRule-either");
    case "promoted":
      return t("elig-rule-promoted", { toCourse: d.toCourse });
    case "repeatCourse":
      return t("elig-rule-repeatCourse", { course: d.course });
    case "grantLost":
      return t("elig-rule-grantLost");
    case "grantKeptPaidRetakes":
      return t("elig-rule-grantKeptPaidRetakes", { debts: d.academicDebts });
    case "firstPeriodCompleted":
      return t("elig-rule-firstPeriodCompleted");
    case "transferWindow":
      return t(d.season === "summer" ? "elig-rule-transferWindow-summer" : "elig-rule-transferWindow-winter", {
        windowEnd: r.date(d.windowEnd),
      });
    case "holidayPeriod":
      return t("elig-rule-holidayPeriod", { holidayStart: r.date(d.holidayStart) });
    case "applicationCutoff":
      return t("elig-rule-applicationCutoff", { days: d.workingDays, start: r.date(d.nextPeriodStart), applyBy: r.date(d.applyBy) });
    case "paidOnly":
      return t(d.value ? "elig-rule-paidOnly" : "elig-rule-paidOnly-no");
    case "relatedProgramme":
      if (d.grantLost) return t("elig-rule-relatedProgramme-grantLost");
      if (d.related) return t(d.funding === "paid" ? "elig-rule-relatedProgramme-related" : "elig-rule-relatedProgramme-grantKept");
      return t("elig-rule-relatedProgramme-unrelated");
    case "untRequired":
      return t(`elig-rule-untRequired-${d.cause}`);
    case "targetedGrant":
      return t(d.grantStays ? "elig-rule-targetedGrant-stays" : "elig-rule-targetedGrant-moves");
    case "reviewPeriod":
      return d.reviewedBy === null
        ? t("elig-rule-reviewPeriod-undated", { days: d.workingDays })
        : t("elig-rule-reviewPeriod", { days: d.workingDays, reviewedBy: r.date(d.reviewedBy) });
    case "foreignUniversity":
      return t(d.value ? "elig-rule-foreignUniversity" : "elig-rule-foreignUniversity-no");
    case "grantCostDifference":
      return t(d.value ? "elig-rule-grantCostDifference" : "elig-rule-grantCostDifference-no");
    case "creditRecognition":
      return t("elig-rule-creditRecognition", { form: d.form });
    case "reinstatementWindow":
      return t(d.assumed ? "elig-rule-reinstatementWindow-assumed" : "elig-rule-reinstatementWindow", {
        years: d.years,
        expelledOn: r.date(d.expelledOn),
        until: r.date(d.until),
      });
    case "nonPaymentWindow":
      return t(d.debtPaid ? "elig-rule-nonPaymentWindow" : "elig-rule-nonPaymentWindow-unpaid", {
        weeks: d.weeks,
        expelledOn: r.date(d.expelledOn),
        until: r.date(d.until),
      });
    case "allowedLetters":
      return d.offending.length === 0
        ? t("elig-rule-allowedLetters", { allowed: d.allowed.join(", ") })
        : t("elig-rule-allowedLetters-offending", {
            allowed: d.allowed.join(", "),
            offending: listed(d.offending.map((o) => `${clip(o.course, 40)} — ${o.letter}`)),
          });
    case "finalAttestation":
      return t("elig-rule-finalAttestation", { letter: d.letter, allowed: d.allowed.join(", ") });
    case "noRetakes":
      return d.retakes === 0 ? t("elig-rule-noRetakes") : t("elig-rule-noRetakes-found", { retakes: d.retakes });
    case "grantRank":
      return t("elig-rule-grantRank", { rank: d.rank, gpa: d.gpa });
  }
}

/** ✅/❌ for criteria, ✅/⚠️ for consequences (⚠️ = works against the student), ℹ️ for facts. */
function icon(reason: Reason): string {
  if (reason.kind === "info") return "ℹ️";
  if (reason.kind === "consequence") return reason.met ? "✅" : "⚠️";
  return reason.met ? "✅" : "❌";
}

/** "✅ Credits: … (R-23, п. 5.7)". */
export function reasonLine(r: EligibilityRenderer, reason: Reason): string {
  return `${icon(reason)} ${reasonText(r, reason.detail)} (${r.cite(reason.rule)})`;
}

/** The reasons grouped under "Requirements" / "What follows" / "Good to know". */
export function reasonSections(r: EligibilityRenderer, reasons: readonly Reason[]): string[] {
  const out: string[] = [];
  const groups = [
    ["criterion", "elig-criteria"],
    ["consequence", "elig-consequences"],
    ["info", "elig-notes"],
  ] as const;
  for (const [kind, title] of groups) {
    const lines = reasons.filter((reason) => reason.kind === kind).map((reason) => reasonLine(r, reason));
    if (lines.length > 0) out.push("", r.t(title), ...lines);
  }
  return out;
}

/** The message listing every unreadable pasted line with its number and the reason. */
export function gradeErrorsText(
  r: EligibilityRenderer,
  errors: readonly GradeLineError[],
  limits: { maxCredits: number; maxLines: number },
): string {
  const lines = errors.slice(0, MAX_LISTED).map((e) =>
    r.t("elig-grade-line", {
      line: e.line,
      text: clip(e.text),
      reason: r.t(`elig-grade-error-${e.code}`, { token: e.token ?? "", maxCredits: limits.maxCredits, maxLines: limits.maxLines }),
    }),
  );
  if (errors.length > MAX_LISTED) lines.push(r.t("elig-grade-more", { count: errors.length - MAX_LISTED }));
  return [r.t("elig-grades-errors", { count: errors.length }), ...lines, "", r.t("elig-grades-resend")].join("\n");
}
