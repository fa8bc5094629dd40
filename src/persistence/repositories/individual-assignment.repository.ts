import { isDuplicateKeyError } from "../errors.js";
import type {
  AssignmentRecord,
  createIndividualAssignmentModel,
  IndividualAssignmentDocument,
} from "../models/individual-assignment.model.js";

export type { AssignmentRecord, IndividualAssignmentDocument };

/** The individual assignments of placements (QP-06 5.13): the version in force and the history. */
export function createIndividualAssignmentRepository(Model: ReturnType<typeof createIndividualAssignmentModel>) {
  return {
    async find(placementId: string): Promise<IndividualAssignmentDocument | null> {
      return Model.findOne({ placementId }).lean<IndividualAssignmentDocument>();
    },
    async findMany(placementIds: readonly string[]): Promise<IndividualAssignmentDocument[]> {
      if (placementIds.length === 0) return [];
      return Model.find({ placementId: { $in: [...placementIds] } }).lean<IndividualAssignmentDocument[]>();
    },
    /** The new version is in force; every version stays in `history`. */
    async set(
      owner: { id: string; studentId: string; departmentId: string },
      record: AssignmentRecord,
    ): Promise<IndividualAssignmentDocument> {
      const apply = () =>
        Model.findOneAndUpdate(
          { placementId: owner.id },
          {
            $set: { current: record },
            $push: { history: record },
            $inc: { version: 1 },
            $setOnInsert: { studentId: owner.studentId, departmentId: owner.departmentId },
          },
          { upsert: true, returnDocument: "after" },
        ).lean<IndividualAssignmentDocument>();
      let doc: IndividualAssignmentDocument | null;
      try {
        doc = await apply();
      } catch (error) {
        // Two first writes raced on the unique placementId: the loser updates the winner's document.
        if (!isDuplicateKeyError(error, "placementId")) throw error;
        doc = await apply();
      }
      if (!doc) throw new Error("individual assignment upsert returned nothing");
      return doc;
    },
  };
}
export type IndividualAssignmentRepository = ReturnType<typeof createIndividualAssignmentRepository>;
