import { Types } from "mongoose";
import type { AppServices } from "../src/services/app-services.js";
import type { SceneContext } from "../src/bot/context.js";
import { languageCallback, languageKeyboard } from "../src/bot/keyboards/language.keyboard.js";
import {
  courseCallback,
  courseKeyboard,
  departmentCallback,
  departmentKeyboard,
  levelCallback,
  levelKeyboard,
  type DepartmentChoice,
} from "../src/bot/keyboards/onboarding.keyboard.js";
import { formatStudentProfile } from "../src/bot/views/student-profile.view.js";
import { isAdmin } from "../src/domain/access/roles.js";
import type { AcceptResult } from "../src/services/invitation.service.js";
import {
  checkFullName,
  checkGroup,
  checkProgrammeCode,
  checkStudentNumber,
  PROGRAMME_PREFIX,
  type DegreeLevel,
} from "../src/domain/profile/student-profile.js";
import { askChoice, askText, type SceneConversation } from "./support/ask.js";

/** Departments offered as buttons; beyond this the student types the code (Telegram's limit is 100 buttons). */
export const MAX_DEPARTMENT_BUTTONS = 60;

interface StudentSnapshot {
  fullName: string;
  studentNumber: string;
  level: DegreeLevel;
  programmeCode: string;
  course: number;
  group: string;
  departmentId: string;
}

interface Situation {
  language: string | null;
  isStaff: boolean;
  student: StudentSnapshot | null;
  departments: DepartmentChoice[];
}

/**
 * `/start`: language (when unknown) → invitation (when the link carries one) → student registration,
 * each answer validated and re-asked. Saved in one write at the end, so /cancel leaves nothing half-saved.
 */
export function buildOnboardingScene(services: AppServices) {
  const { db } = services;

  return async function onboarding(
    conversation: SceneConversation,
    ctx: SceneContext,
    /** The outcome of the invitation in the /start link, already claimed by the start feature. */
    result: AcceptResult | null = null,
  ): Promise<void> {
    const telegramId = ctx.from!.id;
    const situation = await conversation.external(async (): Promise<Situation> => {
      const [user, student, departments] = await Promise.all([
        db.users.findByTelegramId(telegramId),
        db.students.findByTelegramId(telegramId),
        db.departments.list(),
      ]);
      const staffRoles = (user?.roles ?? []).filter((grant) => grant.role !== "student");
      return {
        language: user?.language ?? null,
        isStaff: staffRoles.length > 0 || (user !== null && isAdmin(user, services.config.adminTelegramIds)),
        student: student
          ? {
              fullName: student.fullName,
              studentNumber: student.studentNumber,
              level: student.level,
              programmeCode: student.programmeCode,
              course: student.course,
              group: student.group,
              departmentId: String(student.departmentId),
            }
          : null,
        departments: departments.map((d) => ({ id: String(d._id), code: d.code, name: d.name })),
      };
    });

    if (!situation.language) {
      const chosen = await askChoice(conversation, ctx, {
        text: ctx.t("onboarding-choose-language"),
        keyboard: languageKeyboard((locale) => services.i18n.t(locale, "language-name")),
        codec: languageCallback,
      });
      await conversation.external(() => db.users.setLanguage(telegramId, chosen));
      ctx.i18n.useLocale(chosen);
    }

    if (result) {
      if (result.status !== "accepted") {
        await ctx.reply(ctx.t(`invite-${result.status}`));
        return;
      }
      const scope = await conversation.external(async () => {
        if (result.studentId) {
          const student = await db.students.findById(result.studentId);
          return student ? `${student.fullName} (${student.studentNumber})` : "—";
        }
        const department = result.departmentId ? await db.departments.findById(result.departmentId) : null;
        return department ? `${department.code} — ${department.name}` : "—";
      });
      await ctx.reply(ctx.t("invite-accepted", { role: ctx.t(`role-${result.role}`), scope }));
      return;
    }

    if (situation.isStaff && !situation.student) {
      await ctx.reply(ctx.t("onboarding-staff-welcome"));
      return;
    }
    if (situation.departments.length === 0) {
      await ctx.reply(ctx.t("onboarding-no-departments"));
      return;
    }
    await ctx.reply(ctx.t(situation.student ? "onboarding-update-intro" : "onboarding-welcome"));

    const fullName = await askText(conversation, ctx, {
      question: "onboarding-ask-full-name",
      check: checkFullName,
      errorPrefix: "onboarding-full-name",
    });
    const studentNumber = await askText(conversation, ctx, {
      question: "onboarding-ask-student-number",
      check: checkStudentNumber,
      errorPrefix: "onboarding-student-number",
    });
    const level = await askChoice(conversation, ctx, {
      text: ctx.t("onboarding-ask-level"),
      keyboard: levelKeyboard(ctx.t.bind(ctx)),
      codec: levelCallback,
    });
    const programmeCode = await askText(conversation, ctx, {
      question: "onboarding-ask-programme-code",
      params: { example: `${PROGRAMME_PREFIX[level]}06102` },
      check: (text) => checkProgrammeCode(text, level),
      errorPrefix: "onboarding-programme-code",
    });
    const course = await askChoice(conversation, ctx, {
      text: ctx.t("onboarding-ask-course"),
      keyboard: courseKeyboard(level),
      codec: courseCallback(level),
    });
    const group = await askText(conversation, ctx, {
      question: "onboarding-ask-group",
      check: checkGroup,
      errorPrefix: "onboarding-group",
    });
    // Telegram shows at most 100 buttons: a large university types the department's code instead.
    const departmentId =
      situation.departments.length <= MAX_DEPARTMENT_BUTTONS
        ? await askChoice(conversation, ctx, {
            text: ctx.t("onboarding-ask-department"),
            keyboard: departmentKeyboard(situation.departments),
            codec: departmentCallback(situation.departments),
          })
        : await askText(conversation, ctx, {
            question: "onboarding-ask-department-code",
            check: (text) => {
              const code = text.trim().toUpperCase();
              const found = situation.departments.find((d) => d.code === code);
              return found ? { ok: true, value: found.id } : { ok: false, reason: "unknown", params: { code: text.trim().slice(0, 20) } };
            },
            errorPrefix: "onboarding-department",
          });

    const profile: StudentSnapshot = { fullName, studentNumber, level, programmeCode, course, group, departmentId };
    const status = await conversation.external(async () => {
      const result = await db.students.register({
        ...profile,
        telegramId,
        departmentId: new Types.ObjectId(departmentId),
      });
      if (result.status === "studentNumberTaken" || result.status === "studentNumberOnRoster") return result.status;
      // The department lives on the student profile; the role itself is unscoped.
      await db.users.grantRole(telegramId, { role: "student", at: services.now() });
      return result.status;
    });
    if (status === "studentNumberTaken" || status === "studentNumberOnRoster") {
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
