import type { Types } from "mongoose";
import type { createStudentModel } from "../models/student.model.js";
import type { StudentDocument } from "../models/student.model.js";
import type { Level } from "../../domain/rules/types.js";
import { isDuplicateKeyError } from "../errors.js";

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

export type RegisterStudentResult =
  { status: "created" | "updated"; student: StudentDocument } | { status: "studentNumberTaken" | "studentNumberOnRoster" };

/** Students: profiles registered in the chat or imported from rosters. */
export function createStudentRepository(Student: ReturnType<typeof createStudentModel>) {
  return {
    async findByTelegramId(telegramId: number): Promise<StudentDocument | null> {
      return await Student.findOne({ telegramId }).lean();
    },
    async findByStudentNumber(studentNumber: string): Promise<StudentDocument | null> {
      return await Student.findOne({ studentNumber }).lean();
    },
    async countByDepartment(departmentId: Types.ObjectId): Promise<number> {
      return Student.countDocuments({ departmentId });
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
  };
}
export type StudentRepository = ReturnType<typeof createStudentRepository>;
