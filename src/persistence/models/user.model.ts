import { Schema, type Connection, type InferSchemaType } from "mongoose";
import { LOCALES } from "../../config/config.js";
import { MUTABLE_REMINDER_KINDS } from "../../domain/reminders/reminder-kinds.js";

export const ROLES = ["student", "universitySupervisor", "organisationSupervisor", "coordinator"] as const;
export type StoredRole = (typeof ROLES)[number];

const roleGrantSchema = new Schema(
  {
    role: { type: String, enum: ROLES, required: true },
    /** Scope: the department the role applies to (coordinator, university supervisor). */
    departmentId: { type: Schema.Types.ObjectId, ref: "Department" },
    /** Scope: the student placement the role applies to (organisation supervisor). */
    studentId: { type: Schema.Types.ObjectId, ref: "Student" },
    grantedAt: { type: Date, required: true },
    /** Invitation that granted the role, if any. */
    invitationId: { type: Schema.Types.ObjectId },
  },
  { _id: false },
);

const userSchema = new Schema(
  {
    /** Telegram user id; the identity of a person in the bot. */
    telegramId: { type: Number, required: true, unique: true },
    firstName: { type: String, required: true },
    lastName: { type: String },
    username: { type: String },
    /**
     * Staff: the full name as it is printed in practice documents (the F-76 diary-report's approvals and
     * signatures, QP-06 6.2), asked when a staff role is claimed; Telegram names are only a fallback.
     */
    fullName: { type: String },
    /**
     * The phone Telegram verified for this account: a contact the user shared of themselves (`user_id` equal
     * to the sender), normalised (+7XXXXXXXXXX). Compared with the agreement's supervisor phone (QP-06 5.12).
     */
    verifiedPhone: { type: String },
    /** Interface language; null until known (Telegram gave none we support and the user has not chosen). */
    language: { type: String, enum: [...LOCALES, null], default: null },
    roles: { type: [roleGrantSchema], default: [] },
    /** When Telegram last refused a message because the user blocked the bot (403); cleared when they write again. */
    unreachableAt: { type: Date, default: null },
    /** Supervisors: one daily digest of pending diary entries instead of a message per entry (/settings). */
    diaryDigest: { type: Boolean, default: false },
    /** Optional reminder kinds the user muted (/settings); mandatory ones cannot be muted (src/domain/reminders). */
    mutedReminders: { type: [{ type: String, enum: MUTABLE_REMINDER_KINDS }], default: [] },
    /** Students: reminders of the transfer windows (R-23 3.2, 6.1–6.2), asked for in /settings. */
    transferWindowReminders: { type: Boolean, default: false },
    /**
     * The command menu last published for this person's private chat (their roles and language, as
     * `commandMenuKey` writes them); null while the bot's default list applies.
     */
    commandMenu: { type: String, default: null },
    /** Roles taken away from this person (who took them, when); oldest first, never rewritten. */
    revokedRoles: {
      type: [
        new Schema(
          {
            role: { type: String, enum: ROLES, required: true },
            departmentId: { type: Schema.Types.ObjectId, ref: "Department" },
            revokedBy: { type: Number, required: true },
            revokedAt: { type: Date, required: true },
          },
          { _id: false },
        ),
      ],
      default: undefined,
    },
  },
  { timestamps: true, collection: "users" },
);

// Reminder jobs read only the users who changed a default (cost grows with them, not with all users).
userSchema.index({ diaryDigest: 1 });
userSchema.index({ mutedReminders: 1 });
userSchema.index({ transferWindowReminders: 1 });
userSchema.index({ "roles.role": 1, "roles.departmentId": 1 });

export type UserDocument = InferSchemaType<typeof userSchema> & { _id: import("mongoose").Types.ObjectId };
export type RoleGrant = InferSchemaType<typeof roleGrantSchema>;

export function createUserModel(connection: Connection) {
  return connection.model("User", userSchema);
}
