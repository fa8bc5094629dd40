import type { TranslateFunction } from "@grammyjs/i18n";
import type { AppServices } from "../../src/services/app-services.js";
import type { SceneContext } from "../../src/bot/context.js";
import type { Locale } from "../../src/config/config.js";
import { eligibilityRenderer, gradeErrorsText, type EligibilityRenderer } from "../../src/bot/views/eligibility.view.js";
import { isRuleInputError } from "../../src/domain/rules/errors.js";
import { parseGradesText } from "../../src/domain/rules/grades-text.js";
import type { GradeInput } from "../../src/domain/rules/gpa.js";
import type { IsoDate } from "../../src/domain/rules/dates.js";
import { isFunding, isLevel, type Funding, type Level } from "../../src/domain/rules/types.js";
import type { Policy } from "../../src/domain/policies/policy-schema.js";
import type { AcademicPeriodStart } from "../../src/domain/rules/academic-periods.js";
import { checkContextFor, type CheckContext } from "../../src/domain/eligibility/checks.js";
import { COURSE_CREDITS_MAX } from "../../src/validation/fields.js";
import type { Ask, SceneConversation } from "../support/ask.js";
import { fundingChoice, levelChoice } from "./choices.js";

/** Limits of a pasted grade list: lines, and credits of one course. */
export const GRADE_LIMITS = { maxLines: 150, maxCredits: COURSE_CREDITS_MAX } as const;

export interface AcademicRecord {
  gpa: number | null;
  credits: number | null;
  funding: Funding | null;
  academicDebts: number | null;
}

/** What the scene knows before the first question; read once, outside the replayed code. */
export interface Situation {
  /** Today in the configured time zone (Asia/Almaty). */
  today: IsoDate;
  profile: { level: Level; course: number } | null;
  record: AcademicRecord | null;
  /** The policy of the student's department; null for people without a student profile. */
  policyId: string | null;
}

/** The calendar date of `instant` in `timeZone`, as "YYYY-MM-DD". */
export function calendarDate(instant: Date, timeZone: string): IsoDate {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(instant);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

function numberOrNull(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

export async function loadSituation(services: AppServices, telegramId: number): Promise<Situation> {
  const today = calendarDate(services.now(), services.config.timezone);
  const { student, department } = await services.users.studentWithDepartment(telegramId);
  if (!student) return { today, profile: null, record: null, policyId: null };
  if (department && !services.reference.policies.has(department.policyId)) {
    services.logger.warn(
      { departmentId: String(department._id), policyId: department.policyId },
      "unknown department policy; the default policy is used",
    );
  }
  const academic = student.academic;
  return {
    today,
    profile: isLevel(student.level) ? { level: student.level, course: student.course } : null,
    record: academic
      ? {
          gpa: numberOrNull(academic.gpa),
          credits: numberOrNull(academic.credits),
          funding: isFunding(academic.funding) ? academic.funding : null,
          academicDebts: numberOrNull(academic.academicDebts),
        }
      : null,
    policyId: department?.policyId ?? null,
  };
}

/** Everything a check's flow uses: the questions shared by several checks are one call each. */
export interface EligibilityKit {
  ask: Ask;
  ctx: SceneContext;
  t: TranslateFunction;
  r: EligibilityRenderer;
  profile: Situation["profile"];
  record: AcademicRecord | null;
  context: CheckContext;
  policy: Policy;
  /** The policy's name in the user's language. */
  policyName: string;
  /** Today as last read (questions may take hours: {@link EligibilityKit.refreshToday} before evaluating). */
  today(): IsoDate;
  refreshToday(): Promise<IsoDate>;
  yesNo(question: string): Promise<boolean>;
  /** From the profile, else asked. */
  level(): Promise<Level>;
  /** From the coordinator's record, else asked among `options`. */
  funding(options: readonly Funding[], question?: string): Promise<Funding>;
  /** R-23 3.1: a student in year 2 or later has completed the first academic period; otherwise asked. */
  firstPeriodCompleted(): Promise<boolean>;
  grades(question: string): Promise<GradeInput[]>;
  /** Runs a check of the engine; a RuleInputError becomes a localized message (and null). */
  evaluate<V>(run: () => V): Promise<V | null>;
  /** "The next academic period starts on …" with the policy's name and whether the date is assumed. */
  periodNote(period: AcademicPeriodStart): string;
  /** Sends the verdict with the disclaimer and how to run another check. */
  answer(lines: readonly string[]): Promise<void>;
}

export function createEligibilityKit(options: {
  conversation: SceneConversation;
  ctx: SceneContext;
  ask: Ask;
  services: AppServices;
  situation: Situation;
  locale: Locale;
}): EligibilityKit {
  const { conversation, ctx, ask, services, situation, locale } = options;
  const { profile, record } = situation;
  const { context } = checkContextFor(services.reference, situation.policyId);
  const { policy } = context;
  const t = ctx.t.bind(ctx);
  const r = eligibilityRenderer(t, locale);
  let today = situation.today;
  const policyName = policy.names?.[locale] ?? policy.name;

  const yesNo = (question: string): Promise<boolean> => ask.yesNo({ question });

  return {
    ask,
    ctx,
    t,
    r,
    profile,
    record,
    context,
    policy,
    policyName,
    today: () => today,
    async refreshToday() {
      today = await conversation.external(() => calendarDate(services.now(), services.config.timezone));
      return today;
    },
    yesNo,
    level: async () => profile?.level ?? ask.choice(levelChoice, { question: "elig-ask-level" }),
    funding: async (offered, question = "elig-ask-funding") =>
      record?.funding ?? ask.choice(fundingChoice.with({ options: offered }), { question }),
    firstPeriodCompleted: async () => (profile !== null && profile.course >= 2 ? true : yesNo("elig-ask-first-period")),
    grades: (question) =>
      ask.text({
        question,
        params: { maxLines: GRADE_LIMITS.maxLines },
        errorPrefix: "elig-grades",
        check: (text, answerT) => {
          const parsed = parseGradesText(text, GRADE_LIMITS);
          if (parsed.errors.length > 0) {
            return { ok: false, message: gradeErrorsText(eligibilityRenderer(answerT, locale), parsed.errors, GRADE_LIMITS) };
          }
          if (parsed.grades.length === 0) return { ok: false, reason: "empty" };
          return {
            ok: true,
            value: parsed.grades.map((g) => ({ course: g.course, credits: g.credits, letter: g.letter, retake: g.retake })),
          };
        },
      }),
    async evaluate<V>(run: () => V): Promise<V | null> {
      try {
        return run();
      } catch (error) {
        if (!isRuleInputError(error)) throw error;
        const year = error.detail["year"];
        await ctx.reply(
          error.code === "calendarYearNotCovered"
            ? t("elig-error-calendarYearNotCovered", { year: typeof year === "number" || typeof year === "string" ? String(year) : "" })
            : t("elig-error-input"),
        );
        return null;
      }
    },
    periodNote: (period) =>
      t(policy.academicPeriods.assumed ? "elig-period-assumed" : "elig-period-known", { start: r.date(period.start), policy: policyName }),
    async answer(lines) {
      await ctx.reply([...lines, "", t("elig-disclaimer"), t("elig-again")].join("\n"));
    },
  };
}
