import type { Types } from "mongoose";
import { can } from "../../domain/access/policy.js";
import { holdsRole, type AccessPrincipal } from "../../domain/access/roles.js";
import { checkEmail } from "../../domain/practice/contacts.js";
import { asId, authorizePlacement, loadPlacement } from "./access.js";
import type { AssignSupervisorInput, AssignSupervisorResult, InviteSupervisorResult, PlacementDeps, PlacementDetails } from "./types.js";

/** Supervisors of placements: the university supervisor assigned, the organisation supervisor's link (QP-06 5.6, 5.12). */
export function createPlacementAssignment(deps: PlacementDeps) {
  const { db, now, invitations } = deps;

  return {
    /** Assigns a university supervisor of the department to placements: chosen ones, a group's, or by roster e-mail. */
    async assignUniversitySupervisor(principal: AccessPrincipal, input: AssignSupervisorInput): Promise<AssignSupervisorResult> {
      const departmentId = asId(input.departmentId);
      if (!departmentId) return { status: "notFound" };
      const decision = can(principal, "assignSupervisor", { departmentId: input.departmentId });
      if (!decision.allowed) return { status: "forbidden", reason: decision.reason };
      const supervisor = await db.users.findByTelegramId(input.supervisorTelegramId);
      if (!supervisor || !holdsRole(supervisor, "universitySupervisor", departmentId)) return { status: "notSupervisor" };

      const open = { departmentId, excludeStatuses: ["finished"] as const };
      let ids: Types.ObjectId[];
      if ("placementIds" in input) {
        const wanted = input.placementIds.flatMap((id) => asId(id) ?? []);
        const inDepartment = await db.placements.listIds({ ...open });
        const allowed = new Set(inDepartment.map(String));
        ids = wanted.filter((id) => allowed.has(String(id)));
      } else if ("group" in input) {
        const studentIds = await db.students.idsByGroup(departmentId, input.group.replace(/\s+/g, " ").trim().toUpperCase());
        ids =
          studentIds.length === 0
            ? []
            : await db.placements.listIds({ ...open, studentIds, practiceType: input.practiceType, academicYear: input.academicYear });
      } else {
        const email = checkEmail(input.supervisorEmail);
        ids = email.ok ? await db.placements.listIds({ ...open, universitySupervisorEmail: email.value }) : [];
      }
      const at = now();
      const assigned = await db.placements.assignUniversitySupervisor(ids, departmentId, input.supervisorTelegramId, {
        at,
        by: principal.telegramId,
        action: "supervisorAssigned",
        changes: [{ field: "universitySupervisorTelegramId", from: null, to: String(input.supervisorTelegramId) }],
      });
      return { status: "assigned", matched: ids.length, assigned };
    },

    /**
     * A one-time link for the organisation supervisor of an approved placement. A new
     * link revokes the previous unused ones; only the newest can link a supervisor.
     */
    async inviteOrganisationSupervisor(principal: AccessPrincipal, placementId: string): Promise<InviteSupervisorResult> {
      const auth = await authorizePlacement(db, principal, "inviteOrganisationSupervisor", placementId);
      if (!auth.ok) return auth.refusal;
      const { placement } = auth;
      if (placement.status !== "approved" && placement.status !== "active") return { status: "notApproved", placement };
      const at = now();
      const invitation = await invitations.create({
        role: "organisationSupervisor",
        departmentId: placement.departmentId,
        studentId: placement.studentId,
        placementId: placement._id,
        createdBy: principal.telegramId,
      });
      await db.placements.setOrganisationSupervisorInvitation(placement._id, invitation.invitationId, {
        at,
        by: principal.telegramId,
        action: "organisationSupervisorInvited",
      });
      const revoked = await invitations.revoke({ placementId: placement._id }, invitation.invitationId);
      const updated = (await db.placements.findById(placement._id)) ?? placement;
      return { status: "invited", code: invitation.code, expiresAt: invitation.expiresAt, revoked, placement: updated };
    },

    /**
     * What an organisation supervisor's link is about, before they consent (the link itself is the
     * authority here: whoever holds it may see the student's name, the base and the dates).
     */
    async describeSupervisorInvitation(
      code: string,
    ): Promise<
      ({ status: "valid"; invitedBy: number; expiresAt: Date } & PlacementDetails) | { status: "invalid" | "used" | "expired" | "revoked" }
    > {
      const preview = await invitations.preview(code);
      if (preview.status !== "valid") return { status: preview.status };
      if (preview.role !== "organisationSupervisor" || !preview.placementId) return { status: "invalid" };
      const loaded = await loadPlacement(db, preview.placementId);
      if (!loaded) return { status: "invalid" };
      const organisation = loaded.placement.organisationId ? await db.organisations.findById(loaded.placement.organisationId) : null;
      return { status: "valid", invitedBy: preview.createdBy, expiresAt: preview.expiresAt, ...loaded, organisation };
    },
  };
}
