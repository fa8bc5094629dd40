import { can } from "../../domain/access/policy.js";
import { coordinatedDepartments, type AccessPrincipal } from "../../domain/access/roles.js";
import { checkPhone } from "../../domain/practice/contacts.js";
import { checkFullName } from "../../domain/profile/student-profile.js";
import { displayName } from "../../domain/profile/display-name.js";
import type { PlacementDocument } from "../../persistence/models/placement.model.js";
import type { StudentDocument } from "../../persistence/models/student.model.js";
import type { UserDocument } from "../../persistence/models/user.model.js";
import type { InvitationService } from "../invitation.service.js";
import type { Outbox } from "../outbox/index.js";
import { createPracticeContext, type PracticeServiceDeps, type Refusal } from "../practice-context.js";
import { asId, loadPlacement, placementTarget } from "./access.js";

/** The contact an organisation supervisor shared at the claim (Telegram's `message.contact`). */
export interface SharedContact {
  /** `contact.user_id`: only a contact of the sender's own account counts. */
  userId: number | undefined;
  phoneNumber: string;
}

export type ClaimRefusal =
  /** The link is not (or no longer) an organisation supervisor's link. */
  | { status: "invalid" | "used" | "expired" | "revoked" }
  /** 6B03104 §9.1; QP-06 5.12: a student is never their own supervisor (their account or their phone). */
  | { status: "ownStudent" | "studentPhone" }
  /** The contact is somebody else's, or its number is no phone number. */
  | { status: "notOwnContact" | "badPhone" };

export type ContactCheck =
  { status: "ok"; phone: string; phoneMatched: boolean; agreementName: string | null; hasName: boolean } | ClaimRefusal;

/** The name for documents: typed, kept (the account has one), or adopted from the agreement (phone matched only). */
export type ClaimName = { kind: "typed"; value: string } | { kind: "kept" } | { kind: "agreement" };

export type ClaimResult =
  | {
      status: "confirmed" | "pending";
      /** A linked supervisor is there already: the claim asks to replace them. */
      replacing: boolean;
      placement: PlacementDocument;
      student: StudentDocument;
      organisation: string;
    }
  | { status: "nameNeeded" }
  | ClaimRefusal;

export type ClaimDecisionResult =
  | { status: "confirmed" | "refused"; placement: PlacementDocument; student: StudentDocument; claimant: string }
  /** Decided before (another coordinator, a second press) or replaced by a newer claim: nothing changed. */
  | { status: "stale"; placement: PlacementDocument }
  | Refusal;

interface Situation {
  placement: PlacementDocument;
  student: StudentDocument;
  phone: string;
  phoneMatched: boolean;
  agreementName: string | null;
  claimant: UserDocument | null;
}

/** A waiting claim as the coordinator's message shows it (locale `osv-coordinator-claim`). */
export interface ClaimListing {
  params: Record<string, string>;
  keyboard: { key: string; callbackData: string }[][];
}

type Deps = PracticeServiceDeps & { invitations: InvitationService; outbox: Outbox };

/**
 * Verified organisation supervisors (QP-06 5.12: appointed by the organisation, vouched for by the
 * department; 6B03104 §9.1: the department holds the supervisor's name and phone from the agreement).
 * Whoever claims a supervisor's link is parked as a claim until the department's coordinator confirms it,
 * or at once when the phone Telegram verified equals the agreement's and the policy allows it. A linked
 * supervisor is never replaced without the coordinator, and the people concerned are told.
 */
export function createSupervisorClaims(deps: Deps) {
  const { db, now, invitations, outbox } = deps;
  const context = createPracticeContext(deps);

  async function nameOf(telegramId: number | null | undefined): Promise<string> {
    if (telegramId == null) return "—";
    return displayName(await db.users.findByTelegramId(telegramId)) ?? `#${telegramId}`;
  }

  /** Everything the claim is checked against, read once. */
  async function situation(telegramId: number, code: string, contact: SharedContact): Promise<{ refusal: ClaimRefusal } | Situation> {
    if (contact.userId !== telegramId) return { refusal: { status: "notOwnContact" } };
    const phone = checkPhone(contact.phoneNumber, { allowForeign: true });
    if (!phone.ok) return { refusal: { status: "badPhone" } };
    const preview = await invitations.preview(code);
    if (preview.status !== "valid") return { refusal: { status: preview.status } };
    if (preview.role !== "organisationSupervisor" || !preview.placementId) return { refusal: { status: "invalid" } };
    const loaded = await loadPlacement(db, preview.placementId);
    if (!loaded) return { refusal: { status: "invalid" } };
    const { placement, student } = loaded;
    const [claimant, studentUser] = await Promise.all([
      db.users.findByTelegramId(telegramId),
      student.telegramId != null ? db.users.findByTelegramId(student.telegramId) : null,
    ]);
    // 6B03104 §9.1; QP-06 5.12: the student is never their own supervisor, by account or by phone.
    if (student.telegramId === telegramId) return { refusal: { status: "ownStudent" } };
    if (studentUser?.verifiedPhone && studentUser.verifiedPhone === phone.value) return { refusal: { status: "studentPhone" } };
    const agreed = placement.organisationSupervisor?.phone
      ? checkPhone(placement.organisationSupervisor.phone, { allowForeign: true })
      : null;
    const phoneMatched = agreed?.ok === true && agreed.value === phone.value;
    const agreementName = placement.organisationSupervisor?.fullName ?? null;
    return { placement, student, phone: phone.value, phoneMatched, agreementName, claimant };
  }

  /** What a coordinator is shown about a waiting claim: both names, both phones, and Confirm / Refuse. */
  async function claimMessage(placement: PlacementDocument, student: StudentDocument, organisation: string) {
    const claim = placement.organisationSupervisor?.claim;
    const claimant = claim?.telegramId ?? 0;
    const current = claim?.replaces ?? null;
    const params = {
      student: student.fullName,
      practiceType: placement.practiceType,
      supervisor: claim?.fullName ?? (await nameOf(claimant)),
      group: student.group ?? "—",
      organisation,
      claimedName: claim?.fullName ?? (await nameOf(claimant)),
      agreementName: placement.organisationSupervisor?.fullName ?? "—",
      sharedPhone: claim?.phone ?? "—",
      agreementPhone: placement.organisationSupervisor?.phone ?? "—",
      phoneMatched: claim?.phoneMatched ? "yes" : "no",
      replacing: current !== null ? "yes" : "no",
      current: await nameOf(current),
    };
    const id = String(placement._id);
    const keyboard = [
      [
        { key: "osv-confirm-button", callbackData: `osc.ok:${id}:${claimant}` },
        { key: "osv-refuse-button", callbackData: `osc.no:${id}:${claimant}` },
      ],
    ];
    return { params, keyboard };
  }

  async function notify(
    recipient: number,
    kind: string,
    placement: PlacementDocument,
    key: string,
    params: Record<string, string>,
    tail: string,
  ) {
    await outbox.enqueue({
      recipient,
      kind,
      ref: `placement:${String(placement._id)}`,
      payload: { key, params },
      dedupeKey: `${kind}:${String(placement._id)}:${tail}`,
    });
  }

  return {
    /** The shared contact checked before the name is asked: whether the agreement's name may be adopted by one tap. */
    async checkSupervisorContact(telegramId: number, code: string, contact: SharedContact): Promise<ContactCheck> {
      const found = await situation(telegramId, code, contact);
      if ("refusal" in found) return found.refusal;
      return {
        status: "ok",
        phone: found.phone,
        phoneMatched: found.phoneMatched,
        agreementName: found.phoneMatched ? found.agreementName : null,
        hasName: !!found.claimant?.fullName,
      };
    },

    /**
     * Claims the link (single use) with the shared contact and the name for documents. Confirmed at once
     * only for a first link whose verified phone matches the agreement under policy `phoneMatch`;
     * otherwise parked, and the department's coordinators get one message each with Confirm / Refuse.
     */
    async claimSupervisorLink(telegramId: number, code: string, contact: SharedContact, name: ClaimName): Promise<ClaimResult> {
      const found = await situation(telegramId, code, contact);
      if ("refusal" in found) return found.refusal;
      const { placement, student, phone, phoneMatched, agreementName } = found;
      let fullName: string | null = null;
      if (name.kind === "typed") {
        const checked = checkFullName(name.value);
        if (!checked.ok) return { status: "nameNeeded" };
        fullName = checked.value;
      } else if (name.kind === "agreement") {
        // The agreement's name only when Telegram vouched for the phone written beside it.
        const checked = phoneMatched && agreementName ? checkFullName(agreementName) : null;
        if (!checked?.ok) return { status: "nameNeeded" };
        fullName = checked.value;
      } else if (!found.claimant?.fullName) return { status: "nameNeeded" };

      const { policy } = await context.rulesOf(placement.departmentId);
      const current = placement.organisationSupervisor?.telegramId ?? null;
      const atOnce = policy.orgSupervisorConfirmation === "phoneMatch" && phoneMatched && current === null;
      const accepted = await invitations.accept(code, telegramId, {
        supervisorClaim: { phone, phoneMatched, fullName: fullName ?? found.claimant?.fullName ?? undefined, confirmAtOnce: atOnce },
      });
      if (accepted.status !== "accepted" && accepted.status !== "alreadyYours") {
        // A role conflict is refused with its reason before the consent question (base.feature.ts); here it is only a race.
        return { status: accepted.status === "conflict" || accepted.status === "roleConflict" ? "invalid" : accepted.status };
      }
      await db.users.setVerifiedPhone(telegramId, phone);
      if (fullName) await db.users.setFullName(telegramId, fullName);
      const after = (await db.placements.findById(placement._id)) ?? placement;
      const organisation = placement.organisationId ? await db.organisations.findById(placement.organisationId) : null;
      const organisationName = organisation?.fullName ?? "—";
      const linkedNow = after.organisationSupervisor?.telegramId === telegramId;
      const claimed = after.organisationSupervisor?.claim?.telegramId === telegramId;
      const replacing = claimed && current !== null && current !== telegramId;
      const claimantName = fullName ?? (await nameOf(telegramId));
      const about = { supervisor: claimantName, practiceType: placement.practiceType, student: student.fullName };

      if (linkedNow) {
        if (student.telegramId != null) {
          await notify(student.telegramId, "org-supervisor-joined", after, "base-supervisor-joined", about, String(telegramId));
        }
        return { status: "confirmed", replacing: false, placement: after, student, organisation: organisationName };
      }
      if (!claimed) return { status: "used" };

      const { params, keyboard } = await claimMessage(after, student, organisationName);
      const id = String(placement._id);
      for (const coordinator of await context.coordinatorsOf(placement.departmentId)) {
        await outbox.enqueue({
          recipient: coordinator,
          kind: "org-supervisor-claim",
          ref: `placement:${id}`,
          payload: { key: "osv-coordinator-claim", params, keyboard },
          dedupeKey: `org-supervisor-claim:${id}:${telegramId}:${coordinator}`,
        });
      }
      if (student.telegramId != null) {
        await notify(student.telegramId, "org-supervisor-claimed", after, "osv-student-claimed", params, String(telegramId));
      }
      // A replacement is never silent: the supervisor linked now hears of it before anything changes.
      if (replacing && current !== null) {
        await notify(current, "org-supervisor-replacing", after, "osv-old-supervisor-claimed", params, String(telegramId));
      }
      return { status: "pending", replacing, placement: after, student, organisation: organisationName };
    },

    /** `/supervisor_claims`: the claims waiting in the departments the principal coordinates (all, for the admin). */
    async listSupervisorClaims(principal: AccessPrincipal): Promise<ClaimListing[]> {
      const departments = principal.isAdmin ? undefined : coordinatedDepartments(principal).flatMap((id) => asId(id) ?? []);
      if (departments?.length === 0) return [];
      const out: ClaimListing[] = [];
      for (const placement of await db.placements.listClaimed(departments)) {
        const student = await db.students.findById(placement.studentId);
        if (!student || !can(principal, "confirmOrganisationSupervisor", placementTarget(placement, student)).allowed) continue;
        const organisation = placement.organisationId ? await db.organisations.findById(placement.organisationId) : null;
        out.push(await claimMessage(placement, student, organisation?.fullName ?? "—"));
      }
      return out;
    },

    /** The coordinator's Confirm / Refuse on a claim (stale-safe: only the claim the button named, still waiting). */
    async decideSupervisorClaim(
      principal: AccessPrincipal,
      placementId: string,
      claimant: number,
      decision: "confirm" | "refuse",
    ): Promise<ClaimDecisionResult> {
      const loaded = await loadPlacement(db, placementId);
      if (!loaded) return { status: "notFound" };
      const { placement, student } = loaded;
      const allowed = can(principal, "confirmOrganisationSupervisor", placementTarget(placement, student));
      if (!allowed.allowed) return { status: "forbidden", reason: allowed.reason };
      if (placement.organisationSupervisor?.claim?.telegramId !== claimant) return { status: "stale", placement };
      const at = now();
      const claimantName = await nameOf(claimant);
      const about = { supervisor: claimantName, practiceType: placement.practiceType, student: student.fullName };
      if (decision === "refuse") {
        const updated = await db.placements.refuseOrganisationSupervisorClaim(placement._id, claimant, principal.telegramId, at);
        if (!updated) return { status: "stale", placement: (await db.placements.findById(placement._id)) ?? placement };
        await notify(claimant, "org-supervisor-refused", updated, "osv-claimant-refused", about, String(claimant));
        if (student.telegramId != null) {
          await notify(student.telegramId, "org-supervisor-refused", updated, "osv-student-refused", about, `${claimant}:student`);
        }
        return { status: "refused", placement: updated, student, claimant: claimantName };
      }
      const before = await db.placements.confirmOrganisationSupervisorClaim(placement._id, claimant, principal.telegramId, at);
      if (!before) return { status: "stale", placement: (await db.placements.findById(placement._id)) ?? placement };
      const updated = (await db.placements.findById(placement._id)) ?? placement;
      await notify(claimant, "org-supervisor-confirmed", updated, "osv-claimant-confirmed", about, String(claimant));
      if (student.telegramId != null) {
        await notify(student.telegramId, "org-supervisor-joined", updated, "base-supervisor-joined", about, String(claimant));
      }
      const previous = before.organisationSupervisor?.telegramId ?? null;
      if (previous !== null && previous !== claimant) {
        await notify(previous, "org-supervisor-replaced", updated, "osv-old-supervisor-replaced", about, `${previous}:${claimant}`);
      }
      return { status: "confirmed", placement: updated, student, claimant: claimantName };
    },
  };
}
export type SupervisorClaims = ReturnType<typeof createSupervisorClaims>;
