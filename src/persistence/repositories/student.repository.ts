import type { Types } from "mongoose";
import type { createStudentModel, StudentDocument } from "../models/student.model.js";
import type { createPlacementModel } from "../models/placement.model.js";
import type { Level } from "../../domain/rules/types.js";
import type { PracticeType } from "../../domain/rules/practice-deadlines.js";
import { duplicateIndexesOf, isDuplicateKeyError } from "../errors.js";

export interface StudentProfileInput {
  telegramId: number;
  studentNumber: string;
  fullName: string;
  level: Level;
  programmeCode: string;
  course: number;
  group: string;
  departmentId: Types.ObjectId;
}

export type StudentNumberStatus = "free" | "own" | "taken" | "onRoster";

/** Profile fields a roster row sets (the roster is the department's authoritative list). */
export interface RosterStudentFields {
  fullName: string;
  level: Level;
  programmeCode: string;
  course: number;
  group: string;
  departmentId: Types.ObjectId;
}

/** A roster row kept aside for a registered student until the coordinator confirms the match. */
export interface RosterPending extends RosterStudentFields {
  practices: {
    practiceType: PracticeType;
    academicYear: string;
    startDate: string;
    endDate: string;
    weeks: number;
    universitySupervisorEmail?: string | undefined;
  }[];
  importedBy: number;
  importedAt: Date;
}

/** A roster import's change to one student row. */
export type RosterStudentWrite =
  | { kind: "insert"; id: Types.ObjectId; studentNumber: string; fields: RosterStudentFields }
  | { kind: "update"; id: Types.ObjectId; fields: RosterStudentFields }
  | { kind: "pending"; id: Types.ObjectId; pending: RosterPending };

export type RegisterStudentResult =
  { status: "created" | "updated"; student: StudentDocument } | { status: "studentNumberTaken" | "studentNumberOnRoster" };

/** Ids per `updateMany … $in` when the copies of many students are dropped (see LOOKUP_CHUNK in reminder-facts). */
const FORGET_CHUNK = 250;

/**
 * Students: profiles registered in the chat or imported from rosters. Every write that can change a student's
 * full name or Telegram id then drops the copies kept on their placements (placement.studentFullName /
 * studentTelegramId), after the student write: the next reminder run reads the student again.
 */
export function createStudentRepository(
  Student: ReturnType<typeof createStudentModel>,
  Placement: ReturnType<typeof createPlacementModel>,
) {
  async function forgetCopies(ids: readonly Types.ObjectId[]): Promise<void> {
    for (let i = 0; i < ids.length; i += FORGET_CHUNK)
      await Placement.updateMany(
        { studentId: { $in: ids.slice(i, i + FORGET_CHUNK) }, studentFullName: { $exists: true } },
        { $unset: { studentFullName: "", studentTelegramId: "" } },
      );
  }

  return {
    async findByTelegramId(telegramId: number): Promise<StudentDocument | null> {
      return await Student.findOne({ telegramId }).lean();
    },
    async findByStudentNumber(studentNumber: string): Promise<StudentDocument | null> {
      return await Student.findOne({ studentNumber }).lean();
    },
    async findById(id: Types.ObjectId | string): Promise<StudentDocument | null> {
      return await Student.findById(id).lean();
    },

    /**
     * Who holds `studentNumber` as seen by `telegramId`: nobody, this account itself, another account,
     * or a roster row nobody has linked yet. Registration asks this when the ID is typed.
     */
    async studentNumberStatus(studentNumber: string, telegramId: number): Promise<StudentNumberStatus> {
      const holder = await Student.findOne({ studentNumber }, { telegramId: 1 }).lean();
      if (!holder) return "free";
      if (holder.telegramId == null) return "onRoster";
      return holder.telegramId === telegramId ? "own" : "taken";
    },

    /**
     * Registers or updates the profile of the student behind `telegramId` in one atomic write.
     * A student number that belongs to another account, or to a roster row nobody has linked yet,
     * is refused: typing someone's number must never take over their record.
     */
    async register(input: StudentProfileInput, attempt = 0): Promise<RegisterStudentResult> {
      const { telegramId, ...fields } = input;
      const existing = await Student.findOne({ telegramId }, { _id: 1, studentNumber: 1 }).lean();
      try {
        if (existing) {
          // An imported academic record belongs to the student number it was imported for.
          const update = existing.studentNumber === fields.studentNumber ? { $set: fields } : { $set: fields, $unset: { academic: "" } };
          const updated = await Student.findOneAndUpdate({ _id: existing._id }, update, { returnDocument: "after", lean: true });
          await forgetCopies([existing._id]);
          if (updated) return { status: "updated", student: updated };
          // The account's profile was removed in between: register it afresh.
          if (attempt === 0) return this.register(input, 1);
          throw new Error("student profile vanished during registration");
        }
        const created = await Student.create({ ...fields, telegramId });
        return { status: "created", student: created.toObject() };
      } catch (error) {
        if (isDuplicateKeyError(error, "studentNumber")) {
          const holder = await Student.findOne({ studentNumber: fields.studentNumber }, { telegramId: 1 }).lean();
          return { status: holder && holder.telegramId == null ? "studentNumberOnRoster" : "studentNumberTaken" };
        }
        // A concurrent registration of the same Telegram account won the insert: update it instead.
        if (isDuplicateKeyError(error, "telegramId") && attempt === 0) return this.register(input, 1);
        throw error;
      }
    },

    async findByIds(ids: readonly Types.ObjectId[]): Promise<StudentDocument[]> {
      return Student.find({ _id: { $in: [...ids] } }).lean();
    },
    /**
     * Students with a linked Telegram account matching an announcement's filters;
     * `departmentId` null = every department. Only the fields a broadcast needs.
     */
    async listAudience(
      departmentId: Types.ObjectId | null,
      filter: {
        programmeCode?: string | undefined;
        course?: number | undefined;
        group?: string | undefined;
        ids?: readonly Types.ObjectId[];
      },
    ): Promise<Pick<StudentDocument, "_id" | "telegramId" | "fullName" | "programmeCode" | "course" | "group">[]> {
      return Student.find(
        {
          ...(departmentId ? { departmentId } : {}),
          telegramId: { $exists: true, $ne: null },
          ...(filter.programmeCode ? { programmeCode: filter.programmeCode } : {}),
          ...(filter.course !== undefined ? { course: filter.course } : {}),
          ...(filter.group ? { group: filter.group } : {}),
          ...(filter.ids ? { _id: { $in: [...filter.ids] } } : {}),
        },
        { telegramId: 1, fullName: 1, programmeCode: 1, course: 1, group: 1 },
      )
        .sort({ group: 1, fullName: 1, _id: 1 })
        .lean();
    },
    async findByTelegramIds(telegramIds: readonly number[]): Promise<Pick<StudentDocument, "_id" | "telegramId" | "fullName" | "group">[]> {
      return Student.find({ telegramId: { $in: [...telegramIds] } }, { telegramId: 1, fullName: 1, group: 1 }).lean();
    },
    /** The department's students (one indexed query; cheaper than a long $in on every server). */
    async listByDepartmentAll(departmentId: Types.ObjectId): Promise<StudentDocument[]> {
      return Student.find({ departmentId }).lean();
    },
    async findByStudentNumbers(studentNumbers: readonly string[]): Promise<StudentDocument[]> {
      return Student.find({ studentNumber: { $in: [...studentNumbers] } }).lean();
    },
    async listByDepartment(
      departmentId: Types.ObjectId,
      filter: { group?: string | undefined; ids?: readonly Types.ObjectId[] | undefined },
      page: { skip: number; limit: number },
    ): Promise<StudentDocument[]> {
      return Student.find({
        departmentId,
        ...(filter.group ? { group: filter.group } : {}),
        ...(filter.ids ? { _id: { $in: [...filter.ids] } } : {}),
      })
        .sort({ group: 1, fullName: 1, _id: 1 })
        .skip(page.skip)
        .limit(page.limit)
        .lean();
    },
    /** Students of the department, optionally of one group or among `ids`. */
    async countByDepartment(
      departmentId: Types.ObjectId,
      filter: { group?: string | undefined; ids?: readonly Types.ObjectId[] | undefined } = {},
    ): Promise<number> {
      return Student.countDocuments({
        departmentId,
        ...(filter.group ? { group: filter.group } : {}),
        ...(filter.ids ? { _id: { $in: [...filter.ids] } } : {}),
      });
    },
    async idsByGroup(departmentId: Types.ObjectId, group: string): Promise<Types.ObjectId[]> {
      const rows = await Student.find({ departmentId, group }, { _id: 1 }).lean();
      return rows.map((row) => row._id);
    },
    /** Roster rows of the department nobody has linked to a Telegram account yet. */
    async listUnlinked(departmentId: Types.ObjectId, ids?: readonly Types.ObjectId[]): Promise<StudentDocument[]> {
      return Student.find({ departmentId, telegramId: { $exists: false }, ...(ids ? { _id: { $in: [...ids] } } : {}) })
        .sort({ group: 1, fullName: 1 })
        .lean();
    },
    async countUnlinked(departmentId: Types.ObjectId): Promise<number> {
      return Student.countDocuments({ departmentId, telegramId: { $exists: false } });
    },
    async listPendingRoster(departmentId: Types.ObjectId): Promise<StudentDocument[]> {
      return Student.find({ "rosterPending.departmentId": departmentId }).sort({ fullName: 1 }).lean();
    },

    /**
     * Applies a roster import's student changes in bulk. New rows are one unordered insert: a
     * student number registered meanwhile is skipped by its unique index (never overwritten);
     * returns the ids actually inserted.
     */
    async applyRosterWrites(writes: readonly RosterStudentWrite[], at: Date): Promise<{ insertedIds: Types.ObjectId[]; modified: number }> {
      const inserts = writes.filter((w) => w.kind === "insert");
      const docs = inserts.map((w) => ({ _id: w.id, studentNumber: w.studentNumber, ...w.fields, createdAt: at, updatedAt: at }));
      let skipped = new Set<number>();
      if (docs.length > 0) {
        try {
          await Student.collection.insertMany(docs, { ordered: false });
        } catch (error) {
          skipped = duplicateIndexesOf(error);
        }
      }
      const ops = writes.flatMap((write) => {
        const $set: Partial<RosterStudentFields> & { rosterPending?: RosterPending } =
          write.kind === "update" ? write.fields : write.kind === "pending" ? { rosterPending: write.pending } : {};
        return write.kind === "insert" ? [] : [{ updateOne: { filter: { _id: write.id }, update: { $set } } }];
      });
      const modified = ops.length > 0 ? (await Student.bulkWrite(ops, { ordered: false })).modifiedCount : 0;
      await forgetCopies(writes.flatMap((write) => (write.kind === "update" ? [write.id] : [])));
      return { insertedIds: inserts.filter((_, i) => !skipped.has(i)).map((w) => w.id), modified };
    },

    /** Links a roster row nobody has claimed to `telegramId` (a roster invitation was accepted). */
    /**
     * Unlinks the account `telegramId` from the student row (only while it is still the linked one) and records
     * who did it, when and why. The roster's waiting row, if any, becomes the profile: it is the department's
     * word on who holds the ID. Returns the row as it was, or null when another account is linked by now.
     */
    async unlinkAccount(
      id: Types.ObjectId,
      telegramId: number,
      entry: { by: number; at: Date; reason: string },
    ): Promise<StudentDocument | null> {
      const current = await Student.findOne({ _id: id, telegramId }).lean();
      if (!current) return null;
      const pending = current.rosterPending;
      const profile = pending
        ? {
            fullName: pending.fullName,
            level: pending.level,
            programmeCode: pending.programmeCode,
            course: pending.course,
            group: pending.group,
            departmentId: pending.departmentId,
          }
        : {};
      const before = await Student.findOneAndUpdate(
        { _id: id, telegramId },
        {
          $set: profile,
          $unset: { telegramId: "", rosterConfirmedAt: "", rosterConfirmedBy: "", rosterPending: "" },
          $push: { accountHistory: { action: "unlinked", telegramId, ...entry } },
        },
        { returnDocument: "before", lean: true },
      );
      if (before) await forgetCopies([id]);
      return before;
    },

    async linkRosterRow(id: Types.ObjectId, telegramId: number, at: Date): Promise<"linked" | "alreadyLinked" | "accountHasStudent"> {
      try {
        const result = await Student.updateOne(
          { _id: id, telegramId: { $exists: false } },
          { $set: { telegramId, rosterConfirmedAt: at }, $unset: { rosterPending: "" } },
        );
        // Also when already linked to this account: a retry after a crash between the two writes drops the copies.
        if (result.modifiedCount === 1 || (await Student.findById(id, { telegramId: 1 }).lean())?.telegramId === telegramId) {
          await forgetCopies([id]);
          return "linked";
        }
        return "alreadyLinked";
      } catch (error) {
        if (isDuplicateKeyError(error, "telegramId")) return "accountHasStudent";
        throw error;
      }
    },

    /**
     * Applies the pending roster row the coordinator confirmed, once (filter on the same import time).
     * Returns the student as it was before, or null when it was already decided.
     */
    async confirmRosterPending(id: Types.ObjectId, importedAt: Date, by: number, at: Date): Promise<StudentDocument | null> {
      const before = await Student.findOne({ _id: id, "rosterPending.importedAt": importedAt }).lean();
      const pending = before?.rosterPending;
      if (!before || !pending) return null;
      const result = await Student.updateOne(
        { _id: id, "rosterPending.importedAt": importedAt },
        {
          $set: {
            fullName: pending.fullName,
            level: pending.level,
            programmeCode: pending.programmeCode,
            course: pending.course,
            group: pending.group,
            departmentId: pending.departmentId,
            rosterConfirmedAt: at,
            rosterConfirmedBy: by,
          },
          $unset: { rosterPending: "" },
        },
      );
      if (result.modifiedCount !== 1) return null;
      await forgetCopies([id]);
      return before;
    },

    /** Drops a pending roster row the coordinator says is someone else; false when already decided. */
    async dismissRosterPending(id: Types.ObjectId, importedAt: Date): Promise<boolean> {
      const result = await Student.updateOne({ _id: id, "rosterPending.importedAt": importedAt }, { $unset: { rosterPending: "" } });
      return result.modifiedCount === 1;
    },
  };
}
export type StudentRepository = ReturnType<typeof createStudentRepository>;
