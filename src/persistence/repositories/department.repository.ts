import type { Types } from "mongoose";
import type { createDepartmentModel } from "../models/department.model.js";
import type { DepartmentDocument } from "../models/department.model.js";
import { isDuplicateKeyError } from "../errors.js";

/** Departments (chairs). */
export function createDepartmentRepository(Department: ReturnType<typeof createDepartmentModel>) {
  return {
    async list(): Promise<DepartmentDocument[]> {
      return await Department.find().sort({ code: 1 }).lean();
    },
    async findById(id: Types.ObjectId | string): Promise<DepartmentDocument | null> {
      return await Department.findById(id).lean();
    },
    async findByCode(code: string): Promise<DepartmentDocument | null> {
      return await Department.findOne({ code: code.trim().toUpperCase() }).lean();
    },
    /** Renames the department with `code`; null when there is none. */
    async rename(code: string, name: string): Promise<DepartmentDocument | null> {
      return Department.findOneAndUpdate({ code: code.trim().toUpperCase() }, { $set: { name } }, { returnDocument: "after", lean: true });
    },
    async remove(id: Types.ObjectId): Promise<void> {
      await Department.deleteOne({ _id: id });
    },
    /** Creates a department; returns null when the code is taken. */
    async create(input: { code: string; name: string; policyId: string }): Promise<DepartmentDocument | null> {
      try {
        const doc = await Department.create({ ...input, code: input.code.trim().toUpperCase() });
        return doc.toObject();
      } catch (error) {
        if (isDuplicateKeyError(error)) return null;
        throw error;
      }
    },
  };
}
export type DepartmentRepository = ReturnType<typeof createDepartmentRepository>;
