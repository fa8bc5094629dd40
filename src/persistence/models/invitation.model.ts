import { Schema, type Connection, type InferSchemaType, type Types } from "mongoose";
import { ROLES } from "./user.model.js";

const invitationSchema = new Schema(
  {
    /** SHA-256 (hex) of the secret code; the code itself is never stored. */
    codeHash: { type: String, required: true, unique: true },
    role: { type: String, enum: ROLES, required: true },
    departmentId: { type: Schema.Types.ObjectId, ref: "Department" },
    studentId: { type: Schema.Types.ObjectId, ref: "Student" },
    /** Scope: the placement an organisation supervisor is invited to (one live invitation per placement). */
    placementId: { type: Schema.Types.ObjectId, ref: "Placement" },
    createdBy: { type: Number, required: true },
    expiresAt: { type: Date, required: true },
    /** Set once, atomically, when the invitation is accepted. */
    usedAt: { type: Date, default: null },
    usedBy: { type: Number, default: null },
    /** Set when a newer invitation for the same scope replaced this one; a revoked code is never accepted. */
    revokedAt: { type: Date, default: null },
  },
  { timestamps: true, collection: "invitations" },
);

invitationSchema.index({ placementId: 1 }, { sparse: true });
invitationSchema.index({ studentId: 1 }, { sparse: true });
invitationSchema.index({ departmentId: 1, role: 1 });

export type InvitationDocument = InferSchemaType<typeof invitationSchema> & { _id: Types.ObjectId };

export function createInvitationModel(connection: Connection) {
  return connection.model("Invitation", invitationSchema);
}
