import { Schema, type Connection, type InferSchemaType, type Types } from "mongoose";

export const DEGREE_LEVELS = ["bachelor", "master", "phd"] as const;
export type DegreeLevel = (typeof DEGREE_LEVELS)[number];

const studentSchema = new Schema(
  {
    /** Telegram user id of the student; absent for roster rows nobody has claimed yet. */
    telegramId: { type: Number },
    /** University student ID number, normalised (trimmed, upper-case); unique. */
    studentNumber: { type: String, required: true, unique: true },
    fullName: { type: String, required: true },
    level: { type: String, enum: DEGREE_LEVELS, required: true },
    /** Educational programme code, e.g. 6B06102 (bachelor), 7M06102 (master), 8D06102 (PhD). */
    programmeCode: { type: String, required: true },
    course: { type: Number, required: true, min: 1, max: 5 },
    group: { type: String, required: true },
    departmentId: { type: Schema.Types.ObjectId, ref: "Department", required: true },
    /** Academic record as imported by the coordinator (roster); pre-fills eligibility checks. */
    academic: {
      type: new Schema(
        {
          gpa: { type: Number, min: 0, max: 4 },
          credits: { type: Number, min: 0 },
          funding: { type: String, enum: ["grant", "paid", "targetedGrant"] },
          academicDebts: { type: Number, min: 0 },
          updatedAt: { type: Date },
        },
        { _id: false },
      ),
      default: undefined,
    },
  },
  { timestamps: true, collection: "students" },
);
// Sparse: roster rows without a Telegram account do not collide (partial indexes are not portable).
studentSchema.index({ telegramId: 1 }, { unique: true, sparse: true });
studentSchema.index({ departmentId: 1, course: 1 });

export type StudentDocument = InferSchemaType<typeof studentSchema> & { _id: Types.ObjectId };

export function createStudentModel(connection: Connection) {
  return connection.model("Student", studentSchema);
}
