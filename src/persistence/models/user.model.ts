import { Schema, type Connection, type InferSchemaType } from "mongoose";
import { LOCALES } from "../../config/config.js";

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
    /** Interface language; null until known (Telegram gave none we support and the user has not chosen). */
    language: { type: String, enum: [...LOCALES, null], default: null },
    roles: { type: [roleGrantSchema], default: [] },
    /** When Telegram last refused a message because the user blocked the bot (403); cleared when they write again. */
    unreachableAt: { type: Date, default: null },
    /** Supervisors: diary entries to approve come once a day as a digest instead of one message each (issue 9). */
    diaryDigest: { type: Boolean, default: false },
  },
  { timestamps: true, collection: "users" },
);

export type UserDocument = InferSchemaType<typeof userSchema> & { _id: import("mongoose").Types.ObjectId };
export type RoleGrant = InferSchemaType<typeof roleGrantSchema>;

export function createUserModel(connection: Connection) {
  return connection.model("User", userSchema);
}
