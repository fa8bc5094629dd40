import type { Locale } from "../config/config.js";
import { toAccessPrincipal, type AccessPrincipal } from "../domain/access/roles.js";
import type { Persistence } from "../persistence/create-persistence.js";
import type { UserDocument } from "../persistence/models/user.model.js";
import type { TelegramProfile } from "../persistence/repositories/user.repository.js";

/** The person behind an update, as the bot's handlers read it. */
export type AppUser = UserDocument;

/** A staff role as `/me` lists it: the department or the student it covers (null when that record is gone). */
export type StaffGrantView =
  | { role: string; kind: "student"; student: { fullName: string; studentNumber: string } | null }
  | { role: string; kind: "department"; department: { code: string; name: string } | null };

/** What `/me` shows: the student's card, and staff roles with their scope. */
export interface ProfileView {
  student: {
    fullName: string;
    studentNumber: string;
    level: string;
    programmeCode: string;
    course: number;
    group: string;
  } | null;
  department: { code: string; name: string } | null;
  isAdmin: boolean;
  staff: StaffGrantView[];
}

export interface UserServiceDeps {
  db: Persistence;
  now: () => Date;
  adminTelegramIds: readonly number[];
}

/**
 * People: the user behind each update (created on first contact), their language, their profile and
 * the notices a chat receives once. Roles are only ever granted by invitations and the roster.
 */
export function createUserService(deps: UserServiceDeps) {
  const { db } = deps;
  return {
    /** Loads the person behind the update, creating them on first contact; with the principal the policy reads. */
    async touch(profile: TelegramProfile, firstContactLanguage: Locale | null): Promise<{ user: AppUser; principal: AccessPrincipal }> {
      const user = await db.users.touch(profile, firstContactLanguage);
      return { user, principal: toAccessPrincipal(user, deps.adminTelegramIds) };
    },

    /**
     * `touch` for an incoming update, which also needs the stored scene state of `sceneKey`: one database
     * command when nothing about the person changed (the state is the stored JSON text, if any).
     */
    async arrive(
      profile: TelegramProfile,
      firstContactLanguage: Locale | null,
      sceneKey: string,
    ): Promise<{ user: AppUser; principal: AccessPrincipal; sceneState: string | undefined }> {
      const { user, sceneState } = await db.users.arrive(profile, firstContactLanguage, sceneKey);
      return { user, principal: toAccessPrincipal(user, deps.adminTelegramIds), sceneState };
    },

    async language(telegramId: number): Promise<Locale | null> {
      return db.users.getLanguage(telegramId);
    },

    async setLanguage(telegramId: number, locale: Locale): Promise<void> {
      await db.users.setLanguage(telegramId, locale);
    },

    /** The student profile of a Telegram account and its department (null, null when it holds none). */
    async studentWithDepartment(telegramId: number) {
      const student = await db.students.findByTelegramId(telegramId);
      const department = student ? await db.departments.findById(student.departmentId) : null;
      return { student, department };
    },

    /** The person as the policy sees them now (after a claim during the update), or null when unknown. */
    async reload(telegramId: number): Promise<{ user: AppUser; principal: AccessPrincipal } | null> {
      const user = await db.users.findByTelegramId(telegramId);
      return user ? { user, principal: toAccessPrincipal(user, deps.adminTelegramIds) } : null;
    },

    /** Records which command menu the person's chat shows (null: the bot's default list). */
    async recordCommandMenu(telegramId: number, key: string | null): Promise<void> {
      await db.users.setCommandMenu(telegramId, key);
    },

    /** `/me`: the student's own record and department, and what each staff role covers. */
    async profile(principal: AccessPrincipal): Promise<ProfileView> {
      const student = await db.students.findByTelegramId(principal.telegramId);
      const department = student ? await db.departments.findById(student.departmentId) : null;
      const staff: StaffGrantView[] = [];
      for (const grant of principal.roles.filter((g) => g.role !== "student")) {
        if (grant.studentId) {
          const linked = await db.students.findById(String(grant.studentId));
          staff.push({
            role: grant.role,
            kind: "student",
            student: linked && { fullName: linked.fullName, studentNumber: linked.studentNumber },
          });
        } else {
          const scope = grant.departmentId ? await db.departments.findById(String(grant.departmentId)) : null;
          staff.push({ role: grant.role, kind: "department", department: scope && { code: scope.code, name: scope.name } });
        }
      }
      return {
        student: student && {
          fullName: student.fullName,
          studentNumber: student.studentNumber,
          level: student.level,
          programmeCode: student.programmeCode,
          course: student.course,
          group: student.group,
        },
        department: department && { code: department.code, name: department.name },
        isAdmin: principal.isAdmin,
        staff,
      };
    },

    /** Whether the person left a scene with answers saved (scenes other than the diary keep them in scene drafts). */
    async hasSceneDraft(telegramId: number, sceneId: string): Promise<boolean> {
      return (await db.sceneDrafts.load(telegramId, sceneId, new Date(0))) !== null;
    },

    /** True the first time `key` is noted (a group told once that the bot works in private chats). */
    async noteOnce(key: string): Promise<boolean> {
      return db.chatNotices.markOnce(key, deps.now());
    },
  };
}
export type UserService = ReturnType<typeof createUserService>;
