import { Types } from "mongoose";
import { isDuplicateKeyError } from "../errors.js";
import type {
  CommissionProtocolDocument,
  CommissionProtocolRecord,
  createCommissionProtocolModel,
} from "../models/commission-protocol.model.js";

export type { CommissionProtocolDocument, CommissionProtocolRecord };
export type { ProtocolStudentRecord } from "../models/commission-protocol.model.js";

/** Protocols of the departments' commissions (QP-06 6.5–6.6). */
export function createCommissionProtocolRepository(Model: ReturnType<typeof createCommissionProtocolModel>) {
  return {
    /** Null when the department already has a protocol with this number. */
    async create(record: CommissionProtocolRecord): Promise<CommissionProtocolDocument | null> {
      try {
        const doc = await Model.create(record);
        return doc.toObject<CommissionProtocolDocument>();
      } catch (error) {
        if (isDuplicateKeyError(error)) return null;
        throw error;
      }
    },
    async findById(id: string): Promise<CommissionProtocolDocument | null> {
      if (!Types.ObjectId.isValid(id)) return null;
      return Model.findById(id).lean<CommissionProtocolDocument>();
    },
    async findByNumber(departmentId: string, number: string): Promise<CommissionProtocolDocument | null> {
      return Model.findOne({ departmentId, number }).lean<CommissionProtocolDocument>();
    },
  };
}
export type CommissionProtocolRepository = ReturnType<typeof createCommissionProtocolRepository>;
