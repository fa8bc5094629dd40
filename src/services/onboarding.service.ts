import { Types } from "mongoose";
import type { Locale } from "../config/config.js";
import { isAdmin } from "../domain/access/roles.js";
import { checkFullName, checkGroup, checkProgrammeCode, checkStudentNumber, coursesOf } from "../domain/profile/student-profile.js";
import { isLevel, type Level } from "../domain/rules/types.js";
import type { Persistence } from "../persistence/create-persistence.js";

/** A student's registration answers (`/start`), in the order they are asked. */
export interface RegistrationInput {
  fullName: string;
  studentNumber: string;
  level: Level;
  programmeCode: string;
  course: number;
  group: string;
  departmentId: string;
}

export type RegistrationResult =
  | { status: "created" | "updated" }
  /** Someone registered (or a roster holds) the student ID meanwhile: that answer is forgotten and asked again. */
  | { status: "studentNumberTaken" | "studentNumberOnRoster" }
  | { status: "invalid"; field: keyof RegistrationInput };

/**
 * The student's registration in `/start` (6B03104 §9.1 asks the department to know its students): what
 * the scene needs to know before asking, the student-ID check while typing, and the one write at the end.
 * `draftSceneId` names the scene whose saved answers are kept or cleared along with it.
 */
export function createOnboardingService(deps: { db: Persistence; now: () => Date; adminTelegramIds: readonly number[] }) {
  const { db, now } = deps;
  return {
    /** Language, staff or student, and the departments to choose from; read once, outside the replayed code. */
    async situation(telegramId: number) {
      const [user, student, departments] = await Promise.all([
        db.users.findByTelegramId(telegramId),
        db.students.findByTelegramId(telegramId),
        db.departments.list(),
      ]);
      const staffRoles = (user?.roles ?? []).filter((grant) => grant.role !== "student");
      return {
        language: user?.language ?? null,
        isStaff: staffRoles.length > 0 || (user !== null && isAdmin(user, deps.adminTelegramIds)),
        registered: student !== null,
        departments: departments.map((d) => ({ id: String(d._id), code: d.code, name: d.name })),
      };
    },

    studentNumberStatus(studentNumber: string, telegramId: number) {
      return db.students.studentNumberStatus(studentNumber, telegramId);
    },

    async setLanguage(telegramId: number, locale: Locale): Promise<void> {
      await db.users.setLanguage(telegramId, locale);
    },

    /** Writes the profile once, grants the (unscoped) student role and clears the saved answers. */
    async register(telegramId: number, input: RegistrationInput, draftSceneId: string): Promise<RegistrationResult> {
      if (!checkFullName(input.fullName).ok) return { status: "invalid", field: "fullName" };
      if (!checkStudentNumber(input.studentNumber).ok) return { status: "invalid", field: "studentNumber" };
      if (!isLevel(input.level) || !checkProgrammeCode(input.programmeCode, input.level).ok)
        return { status: "invalid", field: "programmeCode" };
      if (!coursesOf(input.level).includes(input.course)) return { status: "invalid", field: "course" };
      if (!checkGroup(input.group).ok) return { status: "invalid", field: "group" };
      if (!Types.ObjectId.isValid(input.departmentId) || !(await db.departments.findById(input.departmentId))) {
        return { status: "invalid", field: "departmentId" };
      }
      const registered = await db.students.register({ ...input, telegramId, departmentId: new Types.ObjectId(input.departmentId) });
      if (registered.status === "studentNumberTaken" || registered.status === "studentNumberOnRoster") {
        await db.sceneDrafts.forget(telegramId, draftSceneId, ["studentNumber"]);
        return { status: registered.status };
      }
      // The department lives on the student profile; the role itself is unscoped.
      await db.users.grantRole(telegramId, { role: "student", at: now() });
      await db.sceneDrafts.discard(telegramId, draftSceneId);
      return { status: registered.status };
    },
  };
}
export type OnboardingService = ReturnType<typeof createOnboardingService>;
