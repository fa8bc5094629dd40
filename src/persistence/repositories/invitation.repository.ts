import type { Types } from "mongoose";
import type { createInvitationModel } from "../models/invitation.model.js";
import type { InvitationDocument } from "../models/invitation.model.js";
import type { StoredRole } from "../models/user.model.js";

export interface NewInvitation {
  codeHash: string;
  role: StoredRole;
  departmentId?: Types.ObjectId | undefined;
  studentId?: Types.ObjectId | undefined;
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
    async findByHash(codeHash: string): Promise<InvitationDocument | null> {
      return await Invitation.findOne({ codeHash }).lean();
    },
    /** Atomically marks an unused, unexpired invitation as used; null when that was not possible. */
    async claim(codeHash: string, telegramId: number, now: Date): Promise<InvitationDocument | null> {
      return await Invitation.findOneAndUpdate(
        { codeHash, usedAt: null, expiresAt: { $gt: now } },
        { $set: { usedAt: now, usedBy: telegramId } },
        { returnDocument: "after", lean: true },
      );
    },
    /** Undoes a claim when granting the role failed, so the invitation is not lost. */
    async release(id: Types.ObjectId, telegramId: number): Promise<void> {
      await Invitation.updateOne({ _id: id, usedBy: telegramId }, { $set: { usedAt: null, usedBy: null } });
    },
  };
}
export type InvitationRepository = ReturnType<typeof createInvitationRepository>;
