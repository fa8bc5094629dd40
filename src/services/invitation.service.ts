import { createHash, randomBytes } from "node:crypto";
import type { Types } from "mongoose";
import type { Persistence } from "../persistence/create-persistence.js";
import type { StoredRole } from "../persistence/models/user.model.js";

/** 16 random bytes = 128 bits, base64url: 22 characters, valid in a Telegram start payload. */
const CODE_PATTERN = /^inv_[A-Za-z0-9_-]{22}$/;
export const INVITATION_TTL_DAYS = 7;

export function hashInvitationCode(code: string): string {
  return createHash("sha256").update(code).digest("hex");
}

/** A /start payload meant as an invitation (anything else, e.g. "ref_x", is no invitation at all). */
export function isInvitationPayload(payload: string): boolean {
  return payload.startsWith("inv_");
}

export type AcceptResult =
  /** `alreadyYours`: the invitation was used by this very person before (a link opened twice). */
  | { status: "accepted" | "alreadyYours"; role: StoredRole; departmentId: string | null; studentId: string | null }
  | { status: "invalid" | "used" | "expired" };

export interface InvitationServiceDeps {
  db: Persistence;
  now: () => Date;
  random?: (size: number) => Buffer;
}

/** One-time invitation deep links bound to a role and a scope. */
export function createInvitationService({ db, now, random = randomBytes }: InvitationServiceDeps) {
  return {
    async create(input: {
      role: StoredRole;
      departmentId?: Types.ObjectId | undefined;
      studentId?: Types.ObjectId | undefined;
      createdBy: number;
    }): Promise<{ code: string; expiresAt: Date }> {
      const code = `inv_${random(16).toString("base64url")}`;
      const expiresAt = new Date(now().getTime() + INVITATION_TTL_DAYS * 24 * 60 * 60 * 1000);
      await db.invitations.create({ ...input, codeHash: hashInvitationCode(code), expiresAt });
      return { code, expiresAt };
    },

    /** Claims the invitation (single use, atomically) and grants its role to `telegramId`. */
    async accept(code: string, telegramId: number): Promise<AcceptResult> {
      if (!CODE_PATTERN.test(code)) return { status: "invalid" };
      const codeHash = hashInvitationCode(code);
      const at = now();
      const claimed = await db.invitations.claim(codeHash, telegramId, at);
      if (!claimed) {
        const existing = await db.invitations.findByHash(codeHash);
        if (!existing) return { status: "invalid" };
        if (existing.usedAt && existing.usedBy === telegramId) {
          return {
            status: "alreadyYours",
            role: existing.role,
            departmentId: existing.departmentId ? String(existing.departmentId) : null,
            studentId: existing.studentId ? String(existing.studentId) : null,
          };
        }
        return existing.usedAt ? { status: "used" } : { status: "expired" };
      }
      try {
        await db.users.grantRole(telegramId, {
          role: claimed.role,
          departmentId: claimed.departmentId ?? undefined,
          studentId: claimed.studentId ?? undefined,
          invitationId: claimed._id,
          at,
        });
      } catch (error) {
        await db.invitations.release(claimed._id, telegramId);
        throw error;
      }
      return {
        status: "accepted",
        role: claimed.role,
        departmentId: claimed.departmentId ? String(claimed.departmentId) : null,
        studentId: claimed.studentId ? String(claimed.studentId) : null,
      };
    },
  };
}
export type InvitationService = ReturnType<typeof createInvitationService>;
