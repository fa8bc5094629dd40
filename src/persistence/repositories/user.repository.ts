import { isMutableKind, MUTABLE_REMINDER_KINDS, type MutableReminderKind } from "../../domain/reminders/reminder-kinds.js";
import type { Types } from "mongoose";
import type { createUserModel } from "../models/user.model.js";
import type { Locale } from "../../config/config.js";
import type { RoleGrant, StoredRole, UserDocument } from "../models/user.model.js";

/** Roles held by the department's staff (a student's own account holds "student"). */
const STAFF_ROLES: readonly StoredRole[] = ["coordinator", "universitySupervisor", "organisationSupervisor"];

export interface TelegramProfile {
  id: number;
  first_name: string;
  last_name?: string | undefined;
  username?: string | undefined;
}

export interface GrantRoleInput {
  role: StoredRole;
  departmentId?: Types.ObjectId | undefined;
  studentId?: Types.ObjectId | undefined;
  invitationId?: Types.ObjectId | undefined;
  at: Date;
}

/** Users: identity, language and role grants. */
export function createUserRepository(User: ReturnType<typeof createUserModel>) {
  return {
    /** Creates the user on first contact (language only then) and refreshes names; returns the stored user. */
    async touch(profile: TelegramProfile, firstContactLanguage: Locale | null): Promise<UserDocument> {
      const doc = await User.findOneAndUpdate(
        { telegramId: profile.id },
        {
          $set: { firstName: profile.first_name, lastName: profile.last_name, username: profile.username, unreachableAt: null },
          $setOnInsert: { telegramId: profile.id, language: firstContactLanguage, roles: [] },
        },
        { upsert: true, returnDocument: "after", lean: true },
      );
      return doc as UserDocument;
    },

    async findByTelegramId(telegramId: number): Promise<UserDocument | null> {
      return await User.findOne({ telegramId }).lean();
    },

    async getLanguage(telegramId: number): Promise<Locale | null> {
      const doc = await User.findOne({ telegramId }, { language: 1 }).lean();
      return doc?.language ?? null;
    },

    async setLanguage(telegramId: number, language: Locale): Promise<void> {
      await User.updateOne({ telegramId }, { $set: { language } });
    },

    /** Records which command menu the person's chat now shows (null: the default list). */
    async setCommandMenu(telegramId: number, key: string | null): Promise<void> {
      await User.updateOne({ telegramId }, { $set: { commandMenu: key } });
    },

    /** The full name printed in practice documents (staff; checked by the caller). */
    async setFullName(telegramId: number, fullName: string): Promise<void> {
      await User.updateOne({ telegramId }, { $set: { fullName } });
    },

    /** The phone Telegram verified for this account (a contact the user shared of themselves), normalised. */
    async setVerifiedPhone(telegramId: number, phone: string): Promise<void> {
      await User.updateOne({ telegramId }, { $set: { verifiedPhone: phone } });
    },

    /** Marks the user unreachable: Telegram refused a message to them (they blocked the bot). */
    async markUnreachable(telegramId: number, at: Date): Promise<void> {
      await User.updateOne({ telegramId }, { $set: { unreachableAt: at } });
    },

    /** Which of `telegramIds` Telegram refused messages to (they blocked the bot and have not written since). */
    async unreachableAmong(telegramIds: readonly number[]): Promise<Set<number>> {
      const rows = await User.find({ telegramId: { $in: [...telegramIds] }, unreachableAt: { $ne: null } }, { telegramId: 1 }).lean();
      return new Set(rows.map((row) => row.telegramId));
    },

    /** Adds a role grant unless the same role with the same scope is already there. Returns true if added. */
    async grantRole(telegramId: number, grant: GrantRoleInput): Promise<boolean> {
      const scope = { role: grant.role, departmentId: grant.departmentId ?? null, studentId: grant.studentId ?? null };
      const entry: RoleGrant = {
        role: grant.role,
        departmentId: grant.departmentId ?? null,
        studentId: grant.studentId ?? null,
        invitationId: grant.invitationId ?? null,
        grantedAt: grant.at,
      };
      const result = await User.updateOne(
        {
          telegramId,
          roles: { $not: { $elemMatch: { role: scope.role, departmentId: scope.departmentId, studentId: scope.studentId } } },
        },
        { $push: { roles: entry } },
      );
      return result.modifiedCount === 1;
    },

    /**
     * Takes `role` in `departmentId` away — every grant of it scoped to the department, and for an organisation
     * supervisor also the grants scoped to one of `studentIds` (links made before grants carried the department) —
     * and records who did it; false when the person held no such grant.
     */
    async revokeRole(
      telegramId: number,
      role: StoredRole,
      departmentId: Types.ObjectId,
      revoked: { by: number; at: Date; studentIds?: readonly Types.ObjectId[] | undefined },
    ): Promise<boolean> {
      const user = await User.findOne({ telegramId }, { roles: 1 }).lean();
      const students = new Set((revoked.studentIds ?? []).map(String));
      const matches = (grant: RoleGrant): boolean =>
        grant.role === role &&
        ((grant.departmentId != null && String(grant.departmentId) === String(departmentId)) ||
          (grant.studentId != null && students.has(String(grant.studentId))));
      const taken = (user?.roles ?? []).filter(matches);
      if (taken.length === 0) return false;
      // One $pull per grant taken (exact element match), with the record, in one atomic update.
      const result = await User.updateOne(
        { telegramId },
        {
          $pull: { roles: { $in: taken } },
          $push: { revokedRoles: { role, departmentId, revokedBy: revoked.by, revokedAt: revoked.at } },
        },
      );
      return result.modifiedCount === 1;
    },

    /** The account no longer holds a student record (unlinked by the department): its student grants go. */
    async dropStudentRole(telegramId: number, by: number, at: Date): Promise<void> {
      await User.updateOne(
        { telegramId, "roles.role": "student" },
        { $pull: { roles: { role: "student" } }, $push: { revokedRoles: { role: "student", revokedBy: by, revokedAt: at } } },
      );
    },

    /** People holding a role scoped to the department (coordinators, university supervisors…). */
    async countStaffOf(departmentId: Types.ObjectId): Promise<number> {
      // Staff only: a student's own account also holds a role in the department, and is counted as a student.
      return User.countDocuments({ roles: { $elemMatch: { departmentId, role: { $in: [...STAFF_ROLES] } } } });
    },

    async listByRole(role: StoredRole, departmentId?: Types.ObjectId): Promise<UserDocument[]> {
      const match = departmentId ? { role, departmentId } : { role };
      return await User.find({ roles: { $elemMatch: match } }).lean();
    },

    /** The reminder choices of /settings (defaults when the user is unknown). */
    async reminderSettings(telegramId: number): Promise<ReminderSettings> {
      const doc = await User.findOne({ telegramId }, { diaryDigest: 1, mutedReminders: 1, transferWindowReminders: 1 }).lean();
      return {
        diaryDigest: doc?.diaryDigest ?? false,
        mutedReminders: (doc?.mutedReminders ?? []).filter(isMutableKind),
        transferWindowReminders: doc?.transferWindowReminders ?? false,
      };
    },

    async setDiaryDigest(telegramId: number, on: boolean): Promise<void> {
      await User.updateOne({ telegramId }, { $set: { diaryDigest: on } });
    },

    async setTransferWindowReminders(telegramId: number, on: boolean): Promise<void> {
      await User.updateOne({ telegramId }, { $set: { transferWindowReminders: on } });
    },

    /** Mutes or unmutes an optional reminder kind (idempotent). */
    async setReminderMuted(telegramId: number, kind: MutableReminderKind, muted: boolean): Promise<void> {
      await User.updateOne({ telegramId }, muted ? { $addToSet: { mutedReminders: kind } } : { $pull: { mutedReminders: kind } });
    },

    /** Who muted something, with what (index-backed: only those users are read). */
    async listMutedReminders(): Promise<Map<number, string[]>> {
      const docs = await User.find({ mutedReminders: { $in: [...MUTABLE_REMINDER_KINDS] } }, { telegramId: 1, mutedReminders: 1 }).lean();
      return new Map(docs.map((d) => [d.telegramId, [...d.mutedReminders]]));
    },

    /** Telegram ids of the supervisors who chose a daily digest. */
    async listDigestSubscribers(): Promise<number[]> {
      return (await User.find({ diaryDigest: true }, { telegramId: 1 }).lean()).map((d) => d.telegramId);
    },

    /** Telegram ids of the students who asked for transfer-window reminders. */
    async listTransferSubscribers(): Promise<number[]> {
      return (await User.find({ transferWindowReminders: true, "roles.role": "student" }, { telegramId: 1 }).lean()).map(
        (d) => d.telegramId,
      );
    },

    /** Coordinators of the given departments, by department id (hex). */
    async coordinatorsOf(departmentIds: readonly Types.ObjectId[]): Promise<Map<string, number[]>> {
      const docs = await User.find(
        { roles: { $elemMatch: { role: "coordinator", departmentId: { $in: [...departmentIds] } } } },
        { telegramId: 1, roles: 1 },
      ).lean();
      const out = new Map<string, number[]>();
      for (const doc of docs)
        for (const grant of doc.roles)
          if (grant.role === "coordinator" && grant.departmentId) {
            const key = String(grant.departmentId);
            out.set(key, [...(out.get(key) ?? []), doc.telegramId]);
          }
      return out;
    },
  };
}
export type UserRepository = ReturnType<typeof createUserRepository>;

/** A user's reminder choices (/settings). */
export interface ReminderSettings {
  diaryDigest: boolean;
  mutedReminders: MutableReminderKind[];
  transferWindowReminders: boolean;
}
