import type { Types } from "mongoose";
import type { createPlacementModel, PlacementDocument } from "../models/placement.model.js";
import type { HistoryInput } from "./placement.repository.js";

/** A claim of an organisation supervisor's link, as stored until the department decides on it. */
export interface SupervisorClaimInput {
  telegramId: number;
  fullName?: string | undefined;
  phone?: string | undefined;
  phoneMatched: boolean;
  replaces: number | null;
  at: Date;
}

/** How a link was confirmed (QP-06 5.12): by a coordinator (their Telegram id) or by the matching phone (by 0). */
export interface SupervisorConfirmation {
  via: "coordinator" | "phoneMatch";
  by: number;
}

/**
 * The organisation supervisor's link of a placement (QP-06 5.12; 6B03104 §9.1): the invitation that
 * may link, the linked (confirmed) account, and a claim waiting for the department. Every write is one
 * atomic update filtered on the state it expects, so a second press or a stale button changes nothing.
 */
export function createSupervisorLinkRepository(Placement: ReturnType<typeof createPlacementModel>) {
  return {
    async setOrganisationSupervisorInvitation(id: Types.ObjectId, invitationId: Types.ObjectId, history: HistoryInput): Promise<boolean> {
      const result = await Placement.updateOne(
        { _id: id },
        { $set: { "organisationSupervisor.invitationId": invitationId }, $inc: { version: 1 }, $push: { history } },
      );
      return result.matchedCount === 1;
    },

    /**
     * Links a confirmed organisation supervisor through `invitationId`; refused (null) when a newer
     * invitation replaced it meanwhile. One supervisor may supervise many placements.
     */
    async linkOrganisationSupervisor(
      id: Types.ObjectId,
      invitationId: Types.ObjectId,
      telegramId: number,
      at: Date,
      confirmation: SupervisorConfirmation = { via: "coordinator", by: 0 },
    ): Promise<PlacementDocument | null> {
      const history: HistoryInput = {
        at,
        by: telegramId,
        action: "organisationSupervisorLinked",
        changes: [{ field: "organisationSupervisor.telegramId", from: null, to: String(telegramId) }],
      };
      return Placement.findOneAndUpdate(
        { _id: id, "organisationSupervisor.invitationId": invitationId },
        {
          $set: {
            "organisationSupervisor.telegramId": telegramId,
            "organisationSupervisor.linkedAt": at,
            "organisationSupervisor.status": "confirmed",
            "organisationSupervisor.confirmedVia": confirmation.via,
            "organisationSupervisor.confirmedBy": confirmation.by,
            "organisationSupervisor.confirmedAt": at,
          },
          $unset: { "organisationSupervisor.claim": 1 },
          $inc: { version: 1 },
          $push: { history },
        },
        { returnDocument: "after" },
      ).lean();
    },

    /** Parks a claim of the link made through `invitationId` (null when a newer invitation replaced it). */
    async recordOrganisationSupervisorClaim(
      id: Types.ObjectId,
      invitationId: Types.ObjectId,
      claim: SupervisorClaimInput,
    ): Promise<PlacementDocument | null> {
      const history: HistoryInput = {
        at: claim.at,
        by: claim.telegramId,
        action: "organisationSupervisorClaimed",
        changes: [
          { field: "organisationSupervisor.claim.telegramId", from: null, to: String(claim.telegramId) },
          { field: "organisationSupervisor.claim.phoneMatched", from: null, to: String(claim.phoneMatched) },
        ],
      };
      return Placement.findOneAndUpdate(
        { _id: id, "organisationSupervisor.invitationId": invitationId },
        { $set: { "organisationSupervisor.claim": claim }, $inc: { version: 1 }, $push: { history } },
        { returnDocument: "after" },
      ).lean();
    },

    /**
     * The coordinator confirms the waiting claim of `claimant`: it becomes the linked supervisor,
     * replacing any previous one. Returns the placement as it was before (null: no such claim any more).
     */
    async confirmOrganisationSupervisorClaim(
      id: Types.ObjectId,
      claimant: number,
      by: number,
      at: Date,
    ): Promise<PlacementDocument | null> {
      const before = await Placement.findOne({ _id: id, "organisationSupervisor.claim.telegramId": claimant }).lean();
      if (!before) return null;
      const history: HistoryInput = {
        at,
        by,
        action: "organisationSupervisorConfirmed",
        changes: [
          {
            field: "organisationSupervisor.telegramId",
            from: before.organisationSupervisor?.telegramId != null ? String(before.organisationSupervisor.telegramId) : null,
            to: String(claimant),
          },
        ],
      };
      const updated = await Placement.updateOne(
        { _id: id, "organisationSupervisor.claim.telegramId": claimant, version: before.version },
        {
          $set: {
            "organisationSupervisor.telegramId": claimant,
            "organisationSupervisor.linkedAt": at,
            "organisationSupervisor.status": "confirmed",
            "organisationSupervisor.confirmedVia": "coordinator",
            "organisationSupervisor.confirmedBy": by,
            "organisationSupervisor.confirmedAt": at,
          },
          $unset: { "organisationSupervisor.claim": 1 },
          $inc: { version: 1 },
          $push: { history },
        },
      );
      return updated.modifiedCount === 1 ? before : null;
    },

    /** Placements whose supervisor's link waits for a decision, oldest claim first (all departments when none given). */
    async listClaimed(departmentIds?: readonly Types.ObjectId[]): Promise<PlacementDocument[]> {
      return Placement.find({
        "organisationSupervisor.claim.telegramId": { $exists: true },
        ...(departmentIds ? { departmentId: { $in: [...departmentIds] } } : {}),
      })
        .sort({ "organisationSupervisor.claim.at": 1 })
        .limit(50)
        .lean();
    },

    /** The coordinator refuses the waiting claim of `claimant`; the linked supervisor (if any) stays. */
    async refuseOrganisationSupervisorClaim(id: Types.ObjectId, claimant: number, by: number, at: Date): Promise<PlacementDocument | null> {
      const history: HistoryInput = {
        at,
        by,
        action: "organisationSupervisorRefused",
        changes: [{ field: "organisationSupervisor.claim.telegramId", from: String(claimant), to: null }],
      };
      return Placement.findOneAndUpdate(
        { _id: id, "organisationSupervisor.claim.telegramId": claimant },
        { $unset: { "organisationSupervisor.claim": 1 }, $inc: { version: 1 }, $push: { history } },
        { returnDocument: "after" },
      ).lean();
    },

    /** Telegram ids of the organisation supervisors linked to (or claiming) the department's placements. */
    async organisationSupervisorsOf(departmentId: Types.ObjectId): Promise<number[]> {
      const [linked, claiming] = await Promise.all([
        Placement.distinct("organisationSupervisor.telegramId", { departmentId, "organisationSupervisor.telegramId": { $exists: true } }),
        Placement.distinct("organisationSupervisor.claim.telegramId", {
          departmentId,
          "organisationSupervisor.claim.telegramId": { $exists: true },
        }),
      ]);
      return [...new Set([...linked, ...claiming].map(Number))];
    },

    /** Students of the department's placements that `telegramId` supervises from the organisation (or claims to). */
    async studentsOfOrganisationSupervisor(departmentId: Types.ObjectId, telegramId: number): Promise<Types.ObjectId[]> {
      const rows = await Placement.find(
        {
          departmentId,
          $or: [{ "organisationSupervisor.telegramId": telegramId }, { "organisationSupervisor.claim.telegramId": telegramId }],
        },
        { studentId: 1 },
      ).lean();
      return rows.map((row) => row.studentId);
    },

    /**
     * A supervisor whose role in the department was revoked: their links to the department's placements are
     * cleared (university supervisor's assignment, organisation supervisor's link and waiting claims), so the
     * students show no supervisor until the coordinator assigns or invites another. Returns how many changed.
     */
    async releaseSupervisor(
      departmentId: Types.ObjectId,
      telegramId: number,
      role: "universitySupervisor" | "organisationSupervisor",
      by: number,
      at: Date,
    ): Promise<number> {
      const history = (field: string): HistoryInput => ({
        at,
        by,
        action: "supervisorRevoked",
        changes: [{ field, from: String(telegramId), to: null }],
      });
      if (role === "universitySupervisor") {
        const result = await Placement.updateMany(
          { departmentId, universitySupervisorTelegramId: telegramId },
          {
            $unset: { universitySupervisorTelegramId: 1 },
            $inc: { version: 1 },
            $push: { history: history("universitySupervisorTelegramId") },
          },
        );
        return result.modifiedCount;
      }
      const linked = await Placement.updateMany(
        { departmentId, "organisationSupervisor.telegramId": telegramId },
        {
          $unset: {
            "organisationSupervisor.telegramId": 1,
            "organisationSupervisor.linkedAt": 1,
            "organisationSupervisor.status": 1,
            "organisationSupervisor.confirmedBy": 1,
            "organisationSupervisor.confirmedVia": 1,
            "organisationSupervisor.confirmedAt": 1,
          },
          $inc: { version: 1 },
          $push: { history: history("organisationSupervisor.telegramId") },
        },
      );
      const claimed = await Placement.updateMany(
        { departmentId, "organisationSupervisor.claim.telegramId": telegramId },
        {
          $unset: { "organisationSupervisor.claim": 1 },
          $inc: { version: 1 },
          $push: { history: history("organisationSupervisor.claim.telegramId") },
        },
      );
      return linked.modifiedCount + claimed.modifiedCount;
    },
  };
}
