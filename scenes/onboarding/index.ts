import type { MiddlewareFn } from "grammy";
import type { AppServices } from "../../src/services/app-services.js";
import type { PrivateContext, SceneContext } from "../../src/bot/context.js";
import type { AcceptResult } from "../../src/services/invitation.service.js";
import { languageChoice } from "../../src/bot/keyboards/language.keyboard.js";
import { formatStudentProfile } from "../../src/bot/views/student-profile.view.js";
import { checkFullName, checkGroup, checkStudentNumber, coursesOf } from "../../src/domain/profile/student-profile.js";
import { SCENES } from "../ids.js";
import { createAsk, type SceneConversation } from "../support/ask.js";
import { createDraft } from "../support/draft.js";
import { courseChoice, levelChoice } from "./choices.js";
import { answerInvitation } from "./invitation.js";
import { askDepartment, askProgrammeCode } from "./questions.js";
import { loadSituation, savedSummary, verifyStudentNumber, type OnboardingAnswers } from "./situation.js";

/**
 * `/start`: language (when unknown) → invitation (when the link carries one) → student registration,
 * each answer validated and re-asked, and saved to a draft as soon as it is given: after a timeout,
 * /cancel, another command or a new version of the scene the next /start offers to continue where
 * the student left off. The profile itself is written once, at the end.
 */
export function buildOnboardingScene(services: AppServices, outside: MiddlewareFn<PrivateContext>) {
  const scene = SCENES.ONBOARDING;

  return async function onboarding(
    conversation: SceneConversation,
    ctx: SceneContext,
    /** The outcome of the invitation in the /start link, already claimed by the start feature. */
    result: AcceptResult | null = null,
  ): Promise<void> {
    const telegramId = ctx.from!.id;
    const env = { conversation, ctx, scene, services, outside, giveUpKey: "onboarding-scene-gave-up" };
    const ask = createAsk(env);
    const draft = createDraft(env, telegramId);
    const situation = await conversation.external(() => loadSituation(services, telegramId));

    if (!situation.language) {
      const named = languageChoice.with({ label: (locale) => services.i18n.t(locale, "language-name") });
      const chosen = await ask.choice(named, { question: "onboarding-choose-language" });
      await conversation.external(() => services.onboarding.setLanguage(telegramId, chosen));
      ctx.i18n.useLocale(chosen);
    }
    if (result) return answerInvitation(conversation, ctx, services, result, ask);
    if (situation.isStaff && !situation.registered) {
      await ctx.reply(ctx.t("onboarding-staff-welcome"));
      return;
    }
    if (situation.departments.length === 0) {
      await ctx.reply(ctx.t("onboarding-no-departments"));
      return;
    }
    await ctx.reply(ctx.t(situation.registered ? "onboarding-update-intro" : "onboarding-welcome"));

    let known: Partial<OnboardingAnswers> = {};
    if (Object.keys(situation.saved).length > 0) {
      const resume = await ask.yesNo({
        question: "onboarding-resume-ask",
        params: { answers: savedSummary(situation.saved, situation.departments, ctx.t.bind(ctx)) },
        yes: "onboarding-resume-yes",
        no: "onboarding-resume-no",
      });
      if (resume) known = situation.saved;
      else await draft.discard();
    }
    /** A saved answer, or the question asked and its answer saved: one call per question. */
    const answer = async <K extends keyof OnboardingAnswers>(
      name: K,
      question: () => Promise<OnboardingAnswers[K]>,
    ): Promise<OnboardingAnswers[K]> => {
      const saved = known[name];
      if (saved !== undefined) return saved;
      const value = await question();
      await draft.save(name, value);
      return value;
    };

    const fullName = await answer("fullName", () =>
      ask.text({ question: "onboarding-ask-full-name", check: checkFullName, errorPrefix: "onboarding-full-name" }),
    );
    const studentNumber = await answer("studentNumber", () =>
      ask.text({
        question: "onboarding-ask-student-number",
        check: checkStudentNumber,
        errorPrefix: "onboarding-student-number",
        verify: (number) => verifyStudentNumber(services, number, telegramId),
      }),
    );
    let level = await answer("level", () => ask.choice(levelChoice, { question: "onboarding-ask-level" }));
    let programmeCode = known.programmeCode;
    if (programmeCode === undefined) {
      const given = await askProgrammeCode(ask, level);
      if (given.level !== level) {
        level = given.level;
        await draft.save("level", level);
        delete known.course;
      }
      programmeCode = given.programmeCode;
      await draft.save("programmeCode", programmeCode);
    }
    const course = await answer("course", () =>
      ask.choice(courseChoice.with({ options: coursesOf(level) }), { question: "onboarding-ask-course" }),
    );
    const group = await answer("group", () =>
      ask.text({ question: "onboarding-ask-group", check: checkGroup, errorPrefix: "onboarding-group" }),
    );
    const departmentId = await answer("departmentId", () => askDepartment(ask, situation.departments));

    const profile: OnboardingAnswers = { fullName, studentNumber, level, programmeCode, course, group, departmentId };
    const registered = await conversation.external(() => services.onboarding.register(telegramId, profile, scene.id));
    const status = registered.status;
    if (status === "invalid") {
      await ctx.reply(ctx.t("onboarding-scene-stopped"));
      return;
    }
    if (status === "studentNumberTaken" || status === "studentNumberOnRoster") {
      // Someone registered the ID while the other questions were answered (the ID question already refuses a taken one).
      const key = status === "studentNumberTaken" ? "onboarding-student-number-taken" : "onboarding-student-number-on-roster";
      await ctx.reply(ctx.t(key, { studentNumber }));
      return;
    }
    const department = situation.departments.find((d) => d.id === departmentId) ?? null;
    await ctx.reply(
      [
        ctx.t(status === "created" ? "onboarding-done" : "onboarding-updated"),
        "",
        formatStudentProfile(ctx.t.bind(ctx), profile, department),
      ].join("\n"),
    );
  };
}
