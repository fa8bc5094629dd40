import type { Types } from "mongoose";
import { isDuplicateKeyError } from "../errors.js";
import type { createOrganisationModel, OrganisationDocument } from "../models/organisation.model.js";

export interface NewOrganisation {
  fullName: string;
  normalisedName: string;
  bin?: string | undefined;
  country: string;
  postalAddress?: string | undefined;
  phones: string[];
  email?: string | undefined;
  activityArea?: string | undefined;
  departmentId: Types.ObjectId;
  proposedBy: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Practice bases (host organisations); one per BIN, reused across students and years. */
export function createOrganisationRepository(Organisation: ReturnType<typeof createOrganisationModel>) {
  return {
    async findById(id: Types.ObjectId | string): Promise<OrganisationDocument | null> {
      return Organisation.findById(id).lean();
    },
    async findByIds(ids: readonly (Types.ObjectId | string)[]): Promise<OrganisationDocument[]> {
      return Organisation.find({ _id: { $in: ids } }).lean();
    },
    async findByBin(bin: string): Promise<OrganisationDocument | null> {
      return Organisation.findOne({ bin }).lean();
    },
    /** A foreign organisation (no BIN) with the same normalised name and country. */
    async findForeignByName(normalisedName: string, country: string): Promise<OrganisationDocument | null> {
      return Organisation.findOne({ normalisedName, country, bin: { $exists: false } }).lean();
    },

    /** Approved organisations whose normalised name contains `fragment` (already normalised) or whose BIN is `bin`. */
    async searchApproved(query: { fragment?: string; bin?: string }, limit: number): Promise<OrganisationDocument[]> {
      const or: Record<string, unknown>[] = [];
      if (query.bin) or.push({ bin: query.bin });
      if (query.fragment) or.push({ normalisedName: { $regex: escapeRegExp(query.fragment) } });
      if (or.length === 0) return [];
      return Organisation.find({ status: "approved", $or: or }).sort({ normalisedName: 1 }).limit(limit).lean();
    },

    /**
     * Creates a proposed organisation. With a BIN taken (also by a concurrent proposal) returns the
     * existing one and `created: false`; the proposing department is added to it when it is still proposed.
     */
    async propose(input: NewOrganisation): Promise<{ created: boolean; organisation: OrganisationDocument }> {
      const { departmentId, ...fields } = input;
      try {
        const doc = await Organisation.create({ ...fields, status: "proposed", proposedForDepartmentIds: [departmentId] });
        return { created: true, organisation: doc.toObject() };
      } catch (error) {
        if (!input.bin || !isDuplicateKeyError(error, "bin")) throw error;
        const existing = await Organisation.findOneAndUpdate(
          { bin: input.bin, status: "proposed" },
          { $addToSet: { proposedForDepartmentIds: departmentId } },
          { returnDocument: "after" },
        ).lean();
        const organisation = existing ?? (await Organisation.findOne({ bin: input.bin }).lean());
        if (!organisation) throw error;
        return { created: false, organisation };
      }
    },

    async addProposingDepartment(id: Types.ObjectId, departmentId: Types.ObjectId): Promise<void> {
      await Organisation.updateOne({ _id: id, status: "proposed" }, { $addToSet: { proposedForDepartmentIds: departmentId } });
    },

    async listProposed(departmentIds: readonly Types.ObjectId[] | null, limit: number, skip = 0): Promise<OrganisationDocument[]> {
      const filter = departmentIds
        ? { status: "proposed" as const, proposedForDepartmentIds: { $in: [...departmentIds] } }
        : { status: "proposed" as const };
      return Organisation.find(filter).sort({ createdAt: 1 }).skip(skip).limit(limit).lean();
    },

    /** Decides a proposed organisation once (atomic: filter on status proposed); null when already decided. */
    async decide(
      id: Types.ObjectId,
      decision: { status: "approved" } | { status: "rejected"; reason: string },
      by: number,
      at: Date,
    ): Promise<OrganisationDocument | null> {
      const set =
        decision.status === "approved"
          ? { status: "approved" as const }
          : { status: "rejected" as const, rejectionReason: decision.reason };
      return Organisation.findOneAndUpdate(
        { _id: id, status: "proposed" },
        { $set: { ...set, decidedBy: by, decidedAt: at } },
        { returnDocument: "after" },
      ).lean();
    },
  };
}
export type OrganisationRepository = ReturnType<typeof createOrganisationRepository>;
