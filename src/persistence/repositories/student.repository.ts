import type { Types } from "mongoose";
import type { AnyModel } from "../errors.js";
import type { DegreeLevel, StudentDocument } from "../models/student.model.js";
import { isDuplicateKeyError } from "../errors.js";

export interface StudentProfileInput {
  telegramId: number;
  studentNumber: string;
  fullName: string;
  level: DegreeLevel;
  programmeCode: string;
  course: number;
  group: string;
  departmentId: Types.ObjectId;
}

export type RegisterStudentResult =
  | { status: "created" | "updated"; student: StudentDocument }
  | { status: "studentNumberTaken" };

/** Students: profiles registered in the chat or imported from rosters. */
export function createStudentRepository(Student: AnyModel) {
  return {
    async findByTelegramId(telegramId: number): Promise<StudentDocument | null> {
      return (await Student.findOne({ telegramId }).lean()) as StudentDocument | null;
    },
    async findByStudentNumber(studentNumber: string): Promise<StudentDocument | null> {
      return (await Student.findOne({ studentNumber }).lean()) as StudentDocument | null;
    },
    async findById(id: Types.ObjectId | string): Promise<StudentDocument | null> {
      return (await Student.findById(id).lean()) as StudentDocument | null;
    },

    /**
     * Registers or updates the profile of the student behind `telegramId` in one atomic write.
     * A roster row with the same student number and no Telegram account is claimed; a student
     * number that belongs to another Telegram account is refused.
     */
    async register(input: StudentProfileInput, attempt = 0): Promise<RegisterStudentResult> {
      const { telegramId, ...fields } = input;
      const existing = (await Student.findOne({ telegramId }, { _id: 1 }).lean()) as { _id: Types.ObjectId } | null;
      try {
        if (existing) {
          const updated = await Student.findOneAndUpdate({ _id: existing._id }, { $set: fields }, { returnDocument: "after", lean: true });
          return { status: "updated", student: updated as StudentDocument };
        }
        const claimed = await Student.findOneAndUpdate(
          { studentNumber: fields.studentNumber, telegramId: { $exists: false } },
          { $set: { ...fields, telegramId } },
          { returnDocument: "after", lean: true },
        );
        // First registration of a student the coordinator already imported: the roster row becomes theirs.
        if (claimed) return { status: "created", student: claimed as StudentDocument };
        const created = await Student.create({ ...fields, telegramId });
        return { status: "created", student: created.toObject() as StudentDocument };
      } catch (error) {
        if (isDuplicateKeyError(error, "studentNumber")) return { status: "studentNumberTaken" };
        // A concurrent registration of the same Telegram account won the insert: update it instead.
        if (isDuplicateKeyError(error, "telegramId") && attempt === 0) return this.register(input, 1);
        throw error;
      }
    },
  };
}
export type StudentRepository = ReturnType<typeof createStudentRepository>;
