import type { Types } from "mongoose";
import type { createUserModel } from "../models/user.model.js";
import type { Locale } from "../../config/config.js";
import type { RoleGrant, StoredRole, UserDocument } from "../models/user.model.js";

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

    /** A supervisor's choice: diary entries as a daily digest (true) or one message each (false). */
    async setDiaryDigest(telegramId: number, digest: boolean): Promise<void> {
      await User.updateOne({ telegramId }, { $set: { diaryDigest: digest } });
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

    /** People holding a role scoped to the department (coordinators, university supervisors…). */
    async countStaffOf(departmentId: Types.ObjectId): Promise<number> {
      return User.countDocuments({ roles: { $elemMatch: { departmentId } } });
    },

    async listByRole(role: StoredRole, departmentId?: Types.ObjectId): Promise<UserDocument[]> {
      const match = departmentId ? { role, departmentId } : { role };
      return await User.find({ roles: { $elemMatch: match } }).lean();
    },
  };
}
export type UserRepository = ReturnType<typeof createUserRepository>;
