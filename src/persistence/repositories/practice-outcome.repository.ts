import type { SignOffRole } from "../../domain/diary/types.js";
import { isDuplicateKeyError } from "../errors.js";
import type {
  CharacteristicRecord,
  EarlySignOffRecord,
  ReopeningRecord,
  createPracticeOutcomeModel,
  GradeRecord,
  PracticeOutcomeDocument,
  SignOffRecord,
  StoredFile,
} from "../models/practice-outcome.model.js";

export type { CharacteristicRecord, EarlySignOffRecord, GradeRecord, ReopeningRecord, SignOffRecord, StoredFile };

/** Whose outcome: the placement, its student and department. */
export interface OutcomeOwner {
  id: string;
  studentId: string;
  departmentId: string;
}

/** Report, characteristic, grade and sign-offs of a placement (one document each, created on first write). */
export function createPracticeOutcomeRepository(PracticeOutcome: ReturnType<typeof createPracticeOutcomeModel>) {
  const upsert = async (owner: OutcomeOwner, update: Record<string, unknown>): Promise<PracticeOutcomeDocument> => {
    const apply = () =>
      PracticeOutcome.findOneAndUpdate(
        { placementId: owner.id },
        { ...update, $inc: { version: 1 }, $setOnInsert: { studentId: owner.studentId, departmentId: owner.departmentId } },
        { upsert: true, returnDocument: "after" },
      ).lean<PracticeOutcomeDocument>();
    let doc: PracticeOutcomeDocument | null;
    try {
      doc = await apply();
    } catch (error) {
      // Two first writes raced on the unique placementId: the loser updates the winner's document.
      if (!isDuplicateKeyError(error, "placementId")) throw error;
      doc = await apply();
    }
    if (!doc) throw new Error("practice outcome upsert returned nothing");
    return doc;
  };

  return {
    async find(placementId: string): Promise<PracticeOutcomeDocument | null> {
      return PracticeOutcome.findOne({ placementId }).lean<PracticeOutcomeDocument>();
    },
    async listByDepartment(departmentId: string): Promise<PracticeOutcomeDocument[]> {
      return PracticeOutcome.find({ departmentId }).lean<PracticeOutcomeDocument[]>();
    },
    /** The new report is in force; every upload stays in `reportHistory`. */
    async setReport(owner: OutcomeOwner, file: StoredFile): Promise<PracticeOutcomeDocument> {
      return upsert(owner, { $set: { report: file }, $push: { reportHistory: file } });
    },
    async setCharacteristic(owner: OutcomeOwner, characteristic: CharacteristicRecord): Promise<PracticeOutcomeDocument> {
      return upsert(owner, { $set: { characteristic }, $push: { characteristicHistory: characteristic } });
    },
    async setGrade(owner: OutcomeOwner, grade: GradeRecord): Promise<PracticeOutcomeDocument> {
      return upsert(owner, { $set: { grade }, $push: { gradeHistory: grade } });
    },
    /** Adds the role's sign-off unless that role has signed already (then null). */
    async addSignOff(owner: OutcomeOwner, signOff: SignOffRecord): Promise<PracticeOutcomeDocument | null> {
      try {
        return await PracticeOutcome.findOneAndUpdate(
          { placementId: owner.id, "signOffs.role": { $ne: signOff.role } },
          {
            $push: { signOffs: signOff },
            $inc: { version: 1 },
            $setOnInsert: { studentId: owner.studentId, departmentId: owner.departmentId },
          },
          { upsert: true, returnDocument: "after" },
        ).lean<PracticeOutcomeDocument>();
      } catch (error) {
        // The filter missed an existing document (that role signed): the upsert collided with it.
        if (isDuplicateKeyError(error, "placementId")) return null;
        throw error;
      }
    },
    /**
     * Moves every current sign-off to `signOffHistory` (the diary changed after them).
     * Returns the sign-offs cleared.
     */
    async clearSignOffs(placementId: string, reason: string, at: Date): Promise<SignOffRecord[]> {
      for (let attempt = 0; attempt < 5; attempt++) {
        const doc = await PracticeOutcome.findOne({ placementId }, { signOffs: 1, version: 1 }).lean<{
          signOffs: SignOffRecord[];
          version: number;
        }>();
        if (!doc || doc.signOffs.length === 0) return [];
        const cleared = doc.signOffs.map((s) => ({ role: s.role, by: s.by, at: s.at, clearedAt: at, reason }));
        const r = await PracticeOutcome.updateOne(
          { placementId, version: doc.version },
          { $set: { signOffs: [] }, $push: { signOffHistory: { $each: cleared } }, $inc: { version: 1 } },
        );
        if (r.modifiedCount === 1) return doc.signOffs;
      }
      throw new Error(`could not clear the sign-offs of placement ${placementId}: it keeps changing`);
    },
    /** Records the coordinator's permission to sign off early (QP-06 6.2); a later one replaces it. */
    async setEarlySignOff(owner: OutcomeOwner, record: EarlySignOffRecord): Promise<PracticeOutcomeDocument> {
      return upsert(owner, { $set: { earlySignOff: record } });
    },
    /**
     * Reopens a signed diary: the sign-offs move to `signOffHistory`, the grade is removed (it stays in
     * `gradeHistory`), and the reopening keeps both. Null when the outcome changed meanwhile (`version`).
     */
    async reopen(input: { placementId: string; version: number; reopening: ReopeningRecord }): Promise<PracticeOutcomeDocument | null> {
      const { reopening } = input;
      const cleared = reopening.signOffs.map((s) => ({ ...s, clearedAt: reopening.at, reason: "reopened" }));
      return PracticeOutcome.findOneAndUpdate(
        { placementId: input.placementId, version: input.version },
        {
          $set: { signOffs: [] },
          $unset: { grade: 1 },
          $push: { signOffHistory: { $each: cleared }, reopenings: reopening },
          $inc: { version: 1 },
        },
        { returnDocument: "after" },
      ).lean<PracticeOutcomeDocument>();
    },
    /** Withdraws one role's sign-off (used when a check made right after signing fails). */
    async removeSignOff(placementId: string, role: SignOffRole, at: Date): Promise<void> {
      await PracticeOutcome.updateOne({ placementId }, { $pull: { signOffs: { role, at } }, $inc: { version: 1 } });
    },
  };
}
export type PracticeOutcomeRepository = ReturnType<typeof createPracticeOutcomeRepository>;
