import { Schema, type Connection, type InferSchemaType, type Types } from "mongoose";
import { ROLES } from "./user.model.js";

const invitationSchema = new Schema(
  {
    /** SHA-256 (hex) of the secret code; the code itself is never stored. */
    codeHash: { type: String, required: true, unique: true },
    role: { type: String, enum: ROLES, required: true },
    departmentId: { type: Schema.Types.ObjectId, ref: "Department" },
    studentId: { type: Schema.Types.ObjectId, ref: "Student" },
    createdBy: { type: Number, required: true },
    expiresAt: { type: Date, required: true },
    /** Set once, atomically, when the invitation is accepted. */
    usedAt: { type: Date, default: null },
    usedBy: { type: Number, default: null },
  },
  { timestamps: true, collection: "invitations" },
);

export type InvitationDocument = InferSchemaType<typeof invitationSchema> & { _id: Types.ObjectId };

export function createInvitationModel(connection: Connection) {
  return connection.model("Invitation", invitationSchema);
}
