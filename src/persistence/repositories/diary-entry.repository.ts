import { Types } from "mongoose";
import type { EntryStatus, Evidence } from "../../domain/diary/types.js";
import type { createDiaryEntryModel, DiaryEntryDocument, EntryDecisionRecord, EntryHistoryRecord } from "../models/diary-entry.model.js";

import type { PlacementDocument } from "../models/placement.model.js";
import type { StudentDocument } from "../models/student.model.js";

export type { EntryDecisionRecord, EntryHistoryRecord };

export interface NewDiaryEntry {
  placementId: string;
  studentId: string;
  departmentId: string;
  date: string;
  hours: number;
  text: string;
  evidence: Evidence[];
  submittedAt: Date;
  by: number;
}

function objectId(id: string | Types.ObjectId): Types.ObjectId | null {
  if (id instanceof Types.ObjectId) return id;
  return Types.ObjectId.isValid(id) && /^[0-9a-f]{24}$/i.test(id) ? new Types.ObjectId(id) : null;
}

/** Diary entries: one per placement and day; every change is one atomic update guarded by `version`. */
export function createDiaryEntryRepository(DiaryEntry: ReturnType<typeof createDiaryEntryModel>) {
  return {
    async findById(id: string | Types.ObjectId): Promise<DiaryEntryDocument | null> {
      const _id = objectId(id);
      return _id ? DiaryEntry.findById(_id).lean<DiaryEntryDocument>() : null;
    },
    /**
     * An entry with its placement and student, read in one command (two `$lookup`s by the ids the entry
     * keeps as strings); null when the entry is not there. A decision on an entry needs all three.
     */
    async findWithPlacementAndStudent(
      id: string | Types.ObjectId,
    ): Promise<{ entry: DiaryEntryDocument; placement: PlacementDocument | null; student: StudentDocument | null } | null> {
      const _id = objectId(id);
      if (!_id) return null;
      const byStringId = (from: string, field: string) => ({
        $lookup: {
          from,
          let: { id: { $toObjectId: `$${field}` } },
          pipeline: [{ $match: { $expr: { $eq: ["$_id", "$$id"] } } }],
          as: `_${from}`,
        },
      });
      const [found] = await DiaryEntry.aggregate<DiaryEntryDocument & { _placements: PlacementDocument[]; _students: StudentDocument[] }>([
        { $match: { _id } },
        byStringId("placements", "placementId"),
        byStringId("students", "studentId"),
      ]);
      if (!found) return null;
      const { _placements, _students, ...entry } = found;
      return { entry, placement: _placements[0] ?? null, student: _students[0] ?? null };
    },
    async findByDate(placementId: string, date: string): Promise<DiaryEntryDocument | null> {
      return DiaryEntry.findOne({ placementId, date }).lean<DiaryEntryDocument>();
    },
    /** All entries of a diary, oldest first. */
    async listByPlacement(placementId: string): Promise<DiaryEntryDocument[]> {
      return DiaryEntry.find({ placementId }).sort({ date: 1 }).lean<DiaryEntryDocument[]>();
    },
    /** Placement, date, hours and status of every entry of a department (for department summaries). */
    async listFactsByDepartment(departmentId: string): Promise<Pick<DiaryEntryDocument, "placementId" | "date" | "hours" | "status">[]> {
      return DiaryEntry.find({ departmentId }, { _id: 0, placementId: 1, date: 1, hours: 1, status: 1 }).lean<
        Pick<DiaryEntryDocument, "placementId" | "date" | "hours" | "status">[]
      >();
    },
    async listByStatus(placementIds: readonly string[], status: EntryStatus): Promise<DiaryEntryDocument[]> {
      if (placementIds.length === 0) return [];
      return DiaryEntry.find({ placementId: { $in: [...placementIds] }, status })
        .sort({ date: 1 })
        .lean<DiaryEntryDocument[]>();
    },

    /** Inserts a submitted entry; throws E11000 when the day already has one (the caller edits it instead). */
    async createSubmitted(entry: NewDiaryEntry): Promise<DiaryEntryDocument> {
      const { by, ...fields } = entry;
      const created = await DiaryEntry.create({
        ...fields,
        status: "submitted",
        version: 1,
        history: [{ at: entry.submittedAt, by, action: "submitted", version: 1, text: entry.text, hours: entry.hours }],
      });
      return created.toObject<DiaryEntryDocument>();
    },

    /**
     * Replaces the content of version `expectedVersion` and hands it in again: status `submitted`,
     * decision cleared, `history` keeps the replaced content and the cleared decision. null when the
     * entry changed meanwhile.
     */
    async replaceContent(input: {
      id: Types.ObjectId;
      expectedVersion: number;
      hours: number;
      text: string;
      evidence: Evidence[];
      at: Date;
      by: number;
      replaced: { text: string; hours: number; decision?: EntryDecisionRecord | undefined };
    }): Promise<DiaryEntryDocument | null> {
      const history: EntryHistoryRecord = {
        at: input.at,
        by: input.by,
        action: "edited",
        version: input.expectedVersion + 1,
        text: input.replaced.text,
        hours: input.replaced.hours,
        ...(input.replaced.decision ? { decision: input.replaced.decision } : {}),
      };
      return DiaryEntry.findOneAndUpdate(
        { _id: input.id, version: input.expectedVersion },
        {
          $set: { hours: input.hours, text: input.text, evidence: input.evidence, status: "submitted", submittedAt: input.at },
          $unset: { decision: "" },
          $inc: { version: 1 },
          $push: { history: history },
        },
        { returnDocument: "after" },
      ).lean<DiaryEntryDocument>();
    },

    /**
     * Records a decision on version `expectedVersion` while it is `submitted` (one atomic update:
     * a double press, a press after someone else acted or on a changed entry matches nothing → null).
     */
    async decide(input: {
      id: Types.ObjectId;
      expectedVersion: number;
      decision: EntryDecisionRecord;
      /** The content of version `expectedVersion` when the caller has just read it (saves a read). */
      content?: { text: string; hours: number };
    }): Promise<DiaryEntryDocument | null> {
      const current =
        input.content ?? (await DiaryEntry.findOne({ _id: input.id }, { text: 1, hours: 1 }).lean<{ text: string; hours: number }>());
      if (!current) return null;
      const history: EntryHistoryRecord = {
        at: input.decision.at,
        by: input.decision.by,
        action: input.decision.kind,
        version: input.expectedVersion + 1,
        text: current.text,
        hours: current.hours,
        decision: input.decision,
      };
      // Any change since `current` was read also changed the version, so the history names exactly the content decided on.
      return DiaryEntry.findOneAndUpdate(
        { _id: input.id, version: input.expectedVersion, status: "submitted" },
        { $set: { status: input.decision.kind, decision: input.decision }, $inc: { version: 1 }, $push: { history } },
        { returnDocument: "after" },
      ).lean<DiaryEntryDocument>();
    },
  };
}
export type DiaryEntryRepository = ReturnType<typeof createDiaryEntryRepository>;
