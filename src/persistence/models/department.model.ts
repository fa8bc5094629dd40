import { Schema, type Connection, type InferSchemaType, type Types } from "mongoose";

const departmentSchema = new Schema(
  {
    /** Short code, upper-cased (e.g. "CS"); unique. */
    code: { type: String, required: true, unique: true },
    name: { type: String, required: true },
    /** Regulation policy of the university the department belongs to (see src/reference-data/policies). */
    policyId: { type: String, required: true, default: "iitu" },
  },
  { timestamps: true, collection: "departments" },
);

export type DepartmentDocument = InferSchemaType<typeof departmentSchema> & { _id: Types.ObjectId };

export function createDepartmentModel(connection: Connection) {
  return connection.model("Department", departmentSchema);
}
