import { createHash, randomBytes } from "node:crypto";
import { Types } from "mongoose";
import type { Persistence } from "../persistence/create-persistence.js";
import type { InvitationDocument } from "../persistence/models/invitation.model.js";
import type { StoredRole } from "../persistence/models/user.model.js";
import { roleConflict, SUPERVISING_ROLES, type RoleConflict } from "../domain/access/role-conflicts.js";

/** 16 random bytes = 128 bits, base64url: 22 characters, valid in a Telegram start payload. */
const CODE_PATTERN = /^inv_[A-Za-z0-9_-]{22}$/;
export const INVITATION_TTL_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export function hashInvitationCode(code: string): string {
  return createHash("sha256").update(code).digest("hex");
}

/** A /start payload meant as an invitation (anything else, e.g. "ref_x", is no invitation at all). */
export function isInvitationPayload(payload: string): boolean {
  return payload.startsWith("inv_");
}

export type AcceptResult =
  /** `alreadyYours`: the invitation was used by this very person before (a link opened twice). */
  | {
      status: "accepted" | "alreadyYours";
      role: StoredRole;
      departmentId: string | null;
      studentId: string | null;
      placementId: string | null;
    }
  /**
   * `revoked`: a newer invitation for the same scope replaced it. `conflict`: a personal student
   * link opened from a Telegram account that already holds another student record (nothing changed).
   */
  | { status: "invalid" | "used" | "expired" | "revoked" | "conflict" }
  /** The department rule of role conflicts (src/domain/access/role-conflicts.ts): nothing changed, the link stays usable. */
  | { status: "roleConflict"; role: StoredRole; conflict: RoleConflict; departmentId: string };

export type InvitationPreview =
  | {
      status: "valid";
      role: StoredRole;
      departmentId: string | null;
      studentId: string | null;
      placementId: string | null;
      /** Telegram id of whoever created it (the student, for an organisation supervisor's link). */
      createdBy: number;
      expiresAt: Date;
    }
  | { status: "invalid" | "used" | "expired" | "revoked" };

export interface InvitationScope {
  role: StoredRole;
  departmentId?: Types.ObjectId | undefined;
  studentId?: Types.ObjectId | undefined;
  /** Organisation supervisor's link to one placement; creating one revokes the placement's previous links. */
  placementId?: Types.ObjectId | undefined;
}

/**
 * How an organisation supervisor's claim is recorded (QP-06 5.12): linked at once (a first link whose
 * verified phone matched, policy `phoneMatch`), otherwise parked until the coordinator confirms it.
 */
export interface SupervisorClaimOptions {
  phone?: string | undefined;
  phoneMatched: boolean;
  fullName?: string | undefined;
  confirmAtOnce: boolean;
}

export interface InvitationServiceDeps {
  db: Persistence;
  now: () => Date;
  random?: (size: number) => Buffer;
}

function scopeOf(doc: InvitationDocument) {
  return {
    role: doc.role,
    departmentId: doc.departmentId ? String(doc.departmentId) : null,
    studentId: doc.studentId ? String(doc.studentId) : null,
    placementId: doc.placementId ? String(doc.placementId) : null,
  };
}

function unusable(doc: InvitationDocument, at: Date): "used" | "expired" | "revoked" | null {
  if (doc.usedAt) return "used";
  if (doc.revokedAt) return "revoked";
  if (doc.expiresAt.getTime() <= at.getTime()) return "expired";
  return null;
}

/** One-time invitation deep links bound to a role and a scope. */
export function createInvitationService({ db, now, random = randomBytes }: InvitationServiceDeps) {
  const newCode = (): string => `inv_${random(16).toString("base64url")}`;

  /** QP-06 5.6–5.9, 5.12 (role-conflicts.ts): whether `telegramId` may take the invitation's role at all. */
  async function conflictOf(doc: InvitationDocument, telegramId: number): Promise<RoleConflict | null> {
    if (!doc.departmentId) return null;
    const [student, user] = await Promise.all([db.students.findByTelegramId(telegramId), db.users.findByTelegramId(telegramId)]);
    const staffGrants = (user?.roles ?? [])
      .filter((grant) => SUPERVISING_ROLES.has(grant.role) && grant.departmentId)
      .map((grant) => ({ role: grant.role, departmentId: String(grant.departmentId) }));
    const staffDepartmentIds = staffGrants.map((grant) => grant.departmentId);
    return roleConflict(
      { studentDepartmentId: student ? String(student.departmentId) : null, staffDepartmentIds, staffGrants },
      { role: doc.role, departmentId: String(doc.departmentId) },
    );
  }
  const expiry = (ttlDays: number): Date => new Date(now().getTime() + ttlDays * DAY_MS);

  return {
    async create(
      input: InvitationScope & { createdBy: number; ttlDays?: number | undefined },
    ): Promise<{ code: string; expiresAt: Date; invitationId: Types.ObjectId }> {
      const { ttlDays = INVITATION_TTL_DAYS, ...scope } = input;
      const code = newCode();
      const expiresAt = expiry(ttlDays);
      const doc = await db.invitations.create({ ...scope, codeHash: hashInvitationCode(code), expiresAt });
      return { code, expiresAt, invitationId: doc._id };
    },

    /** Many invitations in one write (a roster's personal links); codes in the order of `scopes`. */
    async createMany(
      scopes: readonly InvitationScope[],
      createdBy: number,
      ttlDays = INVITATION_TTL_DAYS,
    ): Promise<{ codes: string[]; expiresAt: Date }> {
      const expiresAt = expiry(ttlDays);
      const codes = scopes.map(() => newCode());
      await db.invitations.createMany(
        scopes.map((scope, i) => ({ ...scope, createdBy, expiresAt, codeHash: hashInvitationCode(codes[i]!) })),
      );
      return { codes, expiresAt };
    },

    /** Revokes the unused links of a placement or of a student's personal role; returns how many. */
    async revoke(
      scope: { placementId: Types.ObjectId } | { studentIds: readonly Types.ObjectId[]; role: StoredRole },
      exceptId?: Types.ObjectId,
    ): Promise<number> {
      return db.invitations.revokeUnused(scope, now(), exceptId);
    },

    /** "CS — Computer Science" or "Fullname (ID)": what an accepted invitation's role applies to. */
    async describeScope(scope: { departmentId: string | null; studentId: string | null }): Promise<string> {
      if (scope.studentId) {
        const student = Types.ObjectId.isValid(scope.studentId) ? await db.students.findById(scope.studentId) : null;
        return student ? `${student.fullName} (${student.studentNumber})` : "—";
      }
      const department =
        scope.departmentId && Types.ObjectId.isValid(scope.departmentId) ? await db.departments.findById(scope.departmentId) : null;
      return department ? `${department.code} — ${department.name}` : "—";
    },

    /** The role conflict the link would cause for `telegramId` (asked before a consent question); null when none. */
    async conflictFor(code: string, telegramId: number): Promise<{ role: StoredRole; conflict: RoleConflict } | null> {
      if (!CODE_PATTERN.test(code)) return null;
      const doc = await db.invitations.findByHash(hashInvitationCode(code));
      if (!doc || unusable(doc, now())) return null;
      const conflict = await conflictOf(doc, telegramId);
      return conflict ? { role: doc.role, conflict } : null;
    },

    /** What the link is for, without using it up (to ask the invited person's consent first). */
    async preview(code: string): Promise<InvitationPreview> {
      if (!CODE_PATTERN.test(code)) return { status: "invalid" };
      const doc = await db.invitations.findByHash(hashInvitationCode(code));
      if (!doc) return { status: "invalid" };
      const problem = unusable(doc, now());
      if (problem) return { status: problem };
      return { status: "valid", ...scopeOf(doc), createdBy: doc.createdBy, expiresAt: doc.expiresAt };
    },

    /**
     * Claims the invitation (single use, atomically) and grants its role to `telegramId`.
     * A student's personal roster link also links their roster row to this account; an organisation
     * supervisor's link records their claim of the placement (parked until confirmed, unless
     * `supervisorClaim.confirmAtOnce`), unless a newer link replaced it meanwhile.
     */
    async accept(code: string, telegramId: number, options: { supervisorClaim?: SupervisorClaimOptions } = {}): Promise<AcceptResult> {
      if (!CODE_PATTERN.test(code)) return { status: "invalid" };
      const codeHash = hashInvitationCode(code);
      const at = now();
      const existing = await db.invitations.findByHash(codeHash);
      if (!existing) return { status: "invalid" };
      if (existing.usedAt && existing.usedBy === telegramId) return { status: "alreadyYours", ...scopeOf(existing) };
      const problem = unusable(existing, at);
      if (problem) return { status: problem };
      const conflict = await conflictOf(existing, telegramId);
      if (conflict) return { status: "roleConflict", role: existing.role, conflict, departmentId: String(existing.departmentId) };
      if (existing.role === "student" && existing.studentId) {
        const [row, own] = await Promise.all([db.students.findById(existing.studentId), db.students.findByTelegramId(telegramId)]);
        if (!row) return { status: "invalid" };
        if ((row.telegramId != null && row.telegramId !== telegramId) || (own && !own._id.equals(row._id))) return { status: "conflict" };
      }

      const claimed = await db.invitations.claim(codeHash, telegramId, at);
      if (!claimed) {
        const after = await db.invitations.findByHash(codeHash);
        if (after?.usedAt && after.usedBy === telegramId) return { status: "alreadyYours", ...scopeOf(after) };
        return { status: (after && unusable(after, at)) ?? "used" };
      }
      try {
        if (claimed.role === "student" && claimed.studentId) {
          const linked = await db.students.linkRosterRow(claimed.studentId, telegramId, at);
          if (linked !== "linked") {
            await db.invitations.release(claimed._id, telegramId);
            return { status: "conflict" };
          }
        }
        if (claimed.placementId) {
          const claim = options.supervisorClaim ?? { phoneMatched: false, confirmAtOnce: false };
          const before = await db.placements.findById(claimed.placementId);
          const current = before?.organisationSupervisor?.telegramId ?? null;
          // QP-06 5.12: an account is linked only once vouched for; a linked supervisor stays until then.
          const placement =
            current === telegramId
              ? before
              : claim.confirmAtOnce && current === null
                ? await db.placements.linkOrganisationSupervisor(claimed.placementId, claimed._id, telegramId, at, {
                    via: "phoneMatch",
                    by: 0,
                  })
                : await db.placements.recordOrganisationSupervisorClaim(claimed.placementId, claimed._id, {
                    telegramId,
                    fullName: claim.fullName,
                    phone: claim.phone,
                    phoneMatched: claim.phoneMatched,
                    replaces: current,
                    at,
                  });
          if (!placement) {
            await db.invitations.markRevoked(claimed._id, at);
            return { status: "revoked" };
          }
        }
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
      return { status: "accepted", ...scopeOf(claimed) };
    },
  };
}
export type InvitationService = ReturnType<typeof createInvitationService>;
