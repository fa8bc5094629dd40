import type { Types } from "mongoose";
import type { createInvitationModel, InvitationDocument } from "../models/invitation.model.js";
import type { StoredRole } from "../models/user.model.js";

export interface NewInvitation {
  codeHash: string;
  role: StoredRole;
  departmentId?: Types.ObjectId | undefined;
  studentId?: Types.ObjectId | undefined;
  placementId?: Types.ObjectId | undefined;
  createdBy: number;
  expiresAt: Date;
}

/** One-time invitations; only the hash of a code is stored. */
export function createInvitationRepository(Invitation: ReturnType<typeof createInvitationModel>) {
  return {
    async create(input: NewInvitation): Promise<InvitationDocument> {
      const doc = await Invitation.create(input);
      return doc.toObject();
    },
    /** Inserts many invitations in one request (a roster's personal links). */
    async createMany(inputs: readonly NewInvitation[]): Promise<void> {
      if (inputs.length > 0) await Invitation.insertMany(inputs, { ordered: false, lean: true });
    },
    /** Revokes the unused invitations of a scope (a placement, or a student's own links); returns how many. */
    async revokeUnused(
      scope: { placementId: Types.ObjectId } | { studentIds: readonly Types.ObjectId[]; role: StoredRole },
      at: Date,
      exceptId?: Types.ObjectId,
    ): Promise<number> {
      const match =
        "placementId" in scope ? { placementId: scope.placementId } : { studentId: { $in: [...scope.studentIds] }, role: scope.role };
      const result = await Invitation.updateMany(
        { ...match, usedAt: null, revokedAt: null, ...(exceptId ? { _id: { $ne: exceptId } } : {}) },
        { $set: { revokedAt: at } },
      );
      return result.modifiedCount;
    },
    /** Students of the department that still hold a usable invitation of `role`. */
    async studentsWithLiveInvitationIn(departmentId: Types.ObjectId, role: StoredRole, now: Date): Promise<Set<string>> {
      const ids = await Invitation.distinct("studentId", { departmentId, role, usedAt: null, revokedAt: null, expiresAt: { $gt: now } });
      return new Set(ids.map(String));
    },
    async findByHash(codeHash: string): Promise<InvitationDocument | null> {
      return await Invitation.findOne({ codeHash }).lean();
    },
    /** Atomically marks an unused, unexpired invitation as used; null when that was not possible. */
    async claim(codeHash: string, telegramId: number, now: Date): Promise<InvitationDocument | null> {
      return await Invitation.findOneAndUpdate(
        { codeHash, usedAt: null, revokedAt: null, expiresAt: { $gt: now } },
        { $set: { usedAt: now, usedBy: telegramId } },
        { returnDocument: "after", lean: true },
      );
    },
    /** Revokes one invitation (also a claimed one whose placement moved on to a newer link). */
    async markRevoked(id: Types.ObjectId, at: Date): Promise<void> {
      await Invitation.updateOne({ _id: id }, { $set: { revokedAt: at, usedAt: null, usedBy: null } });
    },
    /** Undoes a claim when granting the role failed, so the invitation is not lost. */
    async release(id: Types.ObjectId, telegramId: number): Promise<void> {
      await Invitation.updateOne({ _id: id, usedBy: telegramId }, { $set: { usedAt: null, usedBy: null } });
    },
  };
}
export type InvitationRepository = ReturnType<typeof createInvitationRepository>;
