import type { AppServices } from "../src/services/app-services.js";
import type { SceneContext } from "../src/bot/context.js";
import { isLocale } from "../src/bot/i18n.js";
import {
  eligibilityCheckCallback,
  eligibilityCheckKeyboard,
  eligibilityCourseCallback,
  eligibilityCourseKeyboard,
  eligibilityLevelCallback,
  eligibilityLevelKeyboard,
  expulsionReasonCallback,
  expulsionReasonKeyboard,
  finalAttestationCallback,
  finalAttestationKeyboard,
  fundingCallback,
  fundingKeyboard,
  gpaSourceCallback,
  gpaSourceKeyboard,
  type EligibilityCheck,
} from "../src/bot/keyboards/eligibility.keyboard.js";
import { eligibilityRenderer, gradeErrorsText, reasonSections } from "../src/bot/views/eligibility.view.js";
import { checkCredits, checkDebtCount, checkGpa, checkPastDate } from "../src/domain/profile/eligibility-answers.js";
import { isRuleInputError } from "../src/domain/rules/errors.js";
import { parseGradesText } from "../src/domain/rules/grades-text.js";
import type { GradeInput } from "../src/domain/rules/gpa.js";
import { promotableCourses } from "../src/domain/rules/promotion.js";
import { FUNDINGS, LEVELS, isGrantFunded, type Funding, type Level } from "../src/domain/rules/types.js";
import type { IsoDate } from "../src/domain/rules/dates.js";
import type { Reason } from "../src/domain/rules/reason.js";
import type { AcademicPeriodStart } from "../src/domain/rules/academic-periods.js";
import {
  checkContextFor,
  nextPeriodFor,
  runHonoursCheck,
  runProgrammeChangeCheck,
  runPromotionCheck,
  runReinstatementCheck,
  runTransferOutCheck,
  type PromotionCheckInput,
} from "../src/services/eligibility-checks.js";
import { askChoice, askText, askYesNo, type SceneConversation } from "./support/ask.js";

/** Said when the attempts at one question run out. */
const GIVE_UP = "elig-too-many-attempts";
/** Limits of a pasted grade list: lines, and credits of one course. */
const GRADE_LIMITS = { maxLines: 150, maxCredits: 60 } as const;

interface AcademicRecord {
  gpa: number | null;
  credits: number | null;
  funding: Funding | null;
  academicDebts: number | null;
}

/** What the scene knows before the first question; read once, outside the replayed code. */
interface Situation {
  /** Today in the configured time zone (Asia/Almaty). */
  today: IsoDate;
  profile: { level: Level; course: number } | null;
  record: AcademicRecord | null;
  /** The policy of the student's department; null for people without a student profile. */
  policyId: string | null;
}

/** The calendar date of `instant` in `timeZone`, as "YYYY-MM-DD". */
function calendarDate(instant: Date, timeZone: string): IsoDate {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(instant);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

function numberOrNull(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/**
 * `/eligibility`: the student picks a check (promotion, programme change, transfer to another
 * university, reinstatement, honours diploma), answers only the questions that check needs — values
 * from their profile and the coordinator's academic record are used instead of asking — and gets the
 * verdict with every criterion and its clause, the consequences and the next deadline.
 * Today's date comes from `services.now()`; the next academic period from the policy.
 */
export function buildEligibilityScene(services: AppServices) {
  const { db } = services;

  return async function eligibility(conversation: SceneConversation, ctx: SceneContext): Promise<void> {
    const telegramId = ctx.from!.id;
    const situation = await conversation.external(async (): Promise<Situation> => {
      const today = calendarDate(services.now(), services.config.timezone);
      const student = await db.students.findByTelegramId(telegramId);
      if (!student) return { today, profile: null, record: null, policyId: null };
      const department = await db.departments.findById(student.departmentId);
      if (department && !services.reference.policies.has(department.policyId)) {
        services.logger.warn(
          { departmentId: String(department._id), policyId: department.policyId },
          "unknown department policy; the default policy is used",
        );
      }
      const academic = student.academic;
      const funding = (FUNDINGS as readonly string[]).includes(academic?.funding ?? "") ? (academic!.funding as Funding) : null;
      return {
        today,
        profile: (LEVELS as readonly string[]).includes(student.level) ? { level: student.level, course: student.course } : null,
        record: academic
          ? {
              gpa: numberOrNull(academic.gpa),
              credits: numberOrNull(academic.credits),
              funding,
              academicDebts: numberOrNull(academic.academicDebts),
            }
          : null,
        policyId: department?.policyId ?? null,
      };
    });
    const { profile, record } = situation;
    let { today } = situation;
    /** Questions may take hours: the checks use the date they are evaluated on, not the scene's start. */
    const refreshToday = async (): Promise<void> => {
      today = await conversation.external(() => calendarDate(services.now(), services.config.timezone));
    };
    const { context } = checkContextFor(services.reference, situation.policyId);
    const { policy } = context;
    const negotiated = await ctx.i18n.getLocale();
    const locale = isLocale(negotiated) ? negotiated : services.config.defaultLocale;
    const t = ctx.t;
    const r = eligibilityRenderer(t, locale);

    // ---- questions, all bounded (askText/askChoice) ----
    const yesNo = (key: string): Promise<boolean> =>
      askYesNo(conversation, ctx, { text: t(key), yes: t("elig-yes"), no: t("elig-no"), giveUpKey: GIVE_UP });

    const levelOf = async (): Promise<Level> =>
      profile?.level ??
      askChoice(conversation, ctx, {
        text: t("elig-ask-level"),
        keyboard: eligibilityLevelKeyboard(t),
        codec: eligibilityLevelCallback,
        giveUpKey: GIVE_UP,
      });

    const fundingOf = async (options: readonly Funding[], question = "elig-ask-funding"): Promise<Funding> =>
      record?.funding ??
      askChoice(conversation, ctx, {
        text: t(question),
        keyboard: fundingKeyboard(t, options),
        codec: fundingCallback(options),
        giveUpKey: GIVE_UP,
      });

    /** R-23 3.1: a student in year 2 or later has completed the first academic period. */
    const firstPeriodCompleted = async (): Promise<boolean> =>
      profile !== null && profile.course >= 2 ? true : yesNo("elig-ask-first-period");

    const askGrades = (question: string): Promise<GradeInput[]> =>
      askText(conversation, ctx, {
        question,
        params: { maxLines: GRADE_LIMITS.maxLines },
        errorPrefix: "elig-grades",
        giveUpKey: GIVE_UP,
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
      });

    /** Runs a check of the engine; a RuleInputError becomes a localized message (and null). */
    const evaluate = async <V>(run: () => V): Promise<V | null> => {
      try {
        return run();
      } catch (error) {
        if (!isRuleInputError(error)) throw error;
        await ctx.reply(
          error.code === "calendarYearNotCovered"
            ? t("elig-error-calendarYearNotCovered", {
                year:
                  typeof error.detail["year"] === "number" || typeof error.detail["year"] === "string" ? String(error.detail["year"]) : "",
              })
            : t("elig-error-input"),
        );
        return null;
      }
    };

    const policyName = policy.names?.[locale] ?? policy.name;
    const periodNote = (period: AcademicPeriodStart): string =>
      t(policy.academicPeriods.assumed ? "elig-period-assumed" : "elig-period-known", { start: r.date(period.start), policy: policyName });

    /**
     * The last day to apply; when it has passed, the first day of the following period's window
     * (if the student would be eligible then).
     */
    const deadlineLines = (applyBy: IsoDate, period: AcademicPeriodStart, retry: (start: IsoDate) => IsoDate | null): string[] => {
      if (today <= applyBy) return [t("elig-deadline-apply-by", { date: r.date(applyBy) }), periodNote(period)];
      const lines = [t("elig-deadline-passed", { date: r.date(applyBy), start: r.date(period.start) })];
      try {
        const following = nextPeriodFor(policy, period.start);
        const next = retry(following.start);
        if (next !== null && today <= next) lines.push(t("elig-deadline-next", { date: r.date(next), start: r.date(following.start) }));
      } catch (error) {
        if (!isRuleInputError(error)) throw error; // e.g. the following year's calendar is not loaded yet
      }
      lines.push(periodNote(period));
      return lines;
    };

    const answer = async (lines: readonly string[]): Promise<void> => {
      await ctx.reply([...lines, "", t("elig-disclaimer"), t("elig-again")].join("\n"));
    };

    /**
     * Checks bound to the holiday windows (R-23 §4, §6): verdict for the next academic period, its
     * criteria, and the last day to apply (or the next chance when it has passed).
     */
    const answerWindowCheck = async (
      check: "programmeChange" | "transferOut",
      run: (nextPeriodStart: IsoDate) => { eligible: boolean; applyBy: IsoDate; reasons: Reason[] },
    ): Promise<void> => {
      const result = await evaluate(() => {
        const period = nextPeriodFor(policy, today);
        return { period, verdict: run(period.start) };
      });
      if (!result) return;
      const { period, verdict } = result;
      await answer([
        t(`elig-verdict-${check}-${verdict.eligible ? "yes" : "no"}`, { start: r.date(period.start) }),
        ...reasonSections(r, verdict.reasons),
        "",
        ...deadlineLines(verdict.applyBy, period, (start) => {
          const next = run(start);
          return next.eligible ? next.applyBy : null;
        }),
      ]);
    };

    // ---- the check ----
    const check: EligibilityCheck = await askChoice(conversation, ctx, {
      text: t("elig-choose-check"),
      keyboard: eligibilityCheckKeyboard(t),
      codec: eligibilityCheckCallback,
      giveUpKey: GIVE_UP,
    });

    const prefilled: string[] = [];
    if (profile && (check === "promotion" || check === "transferOut" || check === "reinstatement")) {
      prefilled.push(t("elig-prefilled-level", { level: profile.level }));
    }
    if (profile && check === "promotion") prefilled.push(t("elig-prefilled-course", { course: profile.course }));
    if (profile && profile.course >= 2 && (check === "programmeChange" || check === "transferOut")) {
      prefilled.push(t("elig-prefilled-first-period", { course: profile.course }));
    }
    if (record?.funding && (check === "promotion" || check === "programmeChange" || check === "transferOut")) {
      prefilled.push(t("elig-prefilled-funding", { funding: record.funding }));
    }
    if (prefilled.length > 0) await ctx.reply([t("elig-prefilled"), ...prefilled.map((line) => `• ${line}`)].join("\n"));

    switch (check) {
      case "promotion": {
        const level = await levelOf();
        const courses = promotableCourses(level, policy.promotionThresholds);
        let course: number;
        if (profile) {
          course = profile.course;
          if (!courses.includes(course)) {
            await ctx.reply(t("elig-promotion-final-year", { course, level }));
            return;
          }
        } else {
          course = await askChoice(conversation, ctx, {
            text: t("elig-ask-course"),
            keyboard: eligibilityCourseKeyboard(courses),
            codec: eligibilityCourseCallback(courses),
            giveUpKey: GIVE_UP,
          });
        }
        const funding = await fundingOf(["grant", "paid"]);
        const recorded = record?.gpa != null && record.credits != null ? { gpa: record.gpa, credits: record.credits } : null;
        const source = await askChoice(conversation, ctx, {
          text: t("elig-ask-gpa-source"),
          keyboard: gpaSourceKeyboard(t, recorded),
          codec: gpaSourceCallback(recorded !== null),
          giveUpKey: GIVE_UP,
        });
        const input: PromotionCheckInput = { level, course, funding };
        let debtsKnown = record?.academicDebts != null;
        if (record?.academicDebts != null) input.academicDebts = record.academicDebts;
        if (source === "grades") {
          input.grades = await askGrades("elig-ask-grades");
          delete input.academicDebts; // the pasted grades say which courses are still owed
          debtsKnown = true;
        } else if (source === "record" && recorded) {
          input.gpa = recorded.gpa;
          input.credits = recorded.credits;
        } else {
          input.gpa = await askText(conversation, ctx, {
            question: "elig-ask-gpa",
            check: checkGpa,
            errorPrefix: "elig-gpa",
            giveUpKey: GIVE_UP,
          });
          input.credits = await askText(conversation, ctx, {
            question: "elig-ask-credits",
            check: checkCredits,
            errorPrefix: "elig-credits",
            giveUpKey: GIVE_UP,
          });
        }
        let result = await evaluate(() => runPromotionCheck(context, input));
        if (!result) return;
        // R-23 5.11 matters only for a grant holder who is promoted: ask for debts only then.
        if (!debtsKnown && result.verdict.eligible && isGrantFunded(funding)) {
          input.academicDebts = await askText(conversation, ctx, {
            question: "elig-ask-debts",
            check: checkDebtCount,
            errorPrefix: "elig-debts",
            giveUpKey: GIVE_UP,
          });
          result = await evaluate(() => runPromotionCheck(context, input));
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
        await answer(lines);
        return;
      }

      case "programmeChange": {
        const firstPeriod = await firstPeriodCompleted();
        const related = await yesNo("elig-ask-related");
        const funding = await fundingOf(["grant", "paid"]);
        // R-23 3.25: only matters when no UNT is required anyway (a non-related programme needs it, R-23 6.7).
        const creative = related ? await yesNo("elig-ask-creative") : false;
        await refreshToday();
        const base = {
          date: today,
          firstPeriodCompleted: firstPeriod,
          relatedProgramme: related,
          funding,
          fromCreativeProgramme: creative,
        };
        await answerWindowCheck("programmeChange", (nextPeriodStart) => runProgrammeChangeCheck(context, { ...base, nextPeriodStart }));
        return;
      }

      case "transferOut": {
        const firstPeriod = await firstPeriodCompleted();
        const level = await levelOf();
        // R-23 4.1–4.2: only a bachelor's state grant can be targeted.
        const funding = await fundingOf(
          level === "bachelor" ? ["targetedGrant", "grant", "paid"] : ["grant", "paid"],
          "elig-ask-funding-transfer",
        );
        await refreshToday();
        const base = { date: today, firstPeriodCompleted: firstPeriod, level, funding };
        await answerWindowCheck("transferOut", (nextPeriodStart) => runTransferOutCheck(context, { ...base, nextPeriodStart }));
        return;
      }

      case "reinstatement": {
        const level = await levelOf();
        const expelledOn = await askText(conversation, ctx, {
          question: "elig-ask-expelled-on",
          check: (text) => checkPastDate(text, today),
          errorPrefix: "elig-date",
          giveUpKey: GIVE_UP,
        });
        const reason = await askChoice(conversation, ctx, {
          text: t("elig-ask-expulsion-reason"),
          keyboard: expulsionReasonKeyboard(t),
          codec: expulsionReasonCallback,
          giveUpKey: GIVE_UP,
        });
        const debtPaid = reason === "nonPayment" ? await yesNo("elig-ask-debt-paid") : undefined;
        await refreshToday();
        const base = { level, expelledOn, date: today, reason, ...(debtPaid !== undefined && { debtPaid }) };
        const result = await evaluate(() => {
          const period = nextPeriodFor(policy, today);
          return { period, verdict: runReinstatementCheck(context, { ...base, nextPeriodStart: period.start }) };
        });
        if (!result) return;
        const { period, verdict } = result;
        const lines = [
          t(verdict.eligible ? "elig-verdict-reinstatement-yes" : "elig-verdict-reinstatement-no"),
          ...reasonSections(r, verdict.reasons),
        ];
        if (verdict.route === "nonPayment") {
          lines.push("", t("elig-deadline-apply-by", { date: r.date(verdict.deadline) }));
        } else {
          const withinYears = verdict.reasons.some((reason) => reason.detail.code === "reinstatementWindow" && reason.met);
          // R-23 7.2: once the term since expulsion is over there is no later window to point to.
          if (withinYears) {
            lines.push(
              "",
              ...deadlineLines(verdict.deadline, period, (start) => {
                const next = runReinstatementCheck(context, { ...base, nextPeriodStart: start });
                return next.eligible ? next.deadline : null;
              }),
            );
          }
        }
        await answer(lines);
        return;
      }

      case "honours": {
        const grades = await askGrades("elig-ask-honours-grades");
        const finalAttestation = await askChoice(conversation, ctx, {
          text: t("elig-ask-final-attestation"),
          keyboard: finalAttestationKeyboard(),
          codec: finalAttestationCallback,
          giveUpKey: GIVE_UP,
        });
        let result = await evaluate(() => runHonoursCheck(context, { grades, finalAttestation }));
        if (!result) return;
        // Retakes marked in the list are counted; otherwise ask (MR-595 50: none in the whole study).
        if (result.retakes === 0 && (await yesNo("elig-ask-retakes"))) {
          result = await evaluate(() => runHonoursCheck(context, { grades, finalAttestation, retakes: 1 }));
          if (!result) return;
        }
        await answer([
          t(result.eligible ? "elig-verdict-honours-yes" : "elig-verdict-honours-no"),
          t("elig-grades-computed-honours", { gpa: result.publishedGpa }),
          ...reasonSections(r, result.reasons),
        ]);
        return;
      }
    }
  };
}
