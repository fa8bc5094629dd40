import { Schema, type Connection, type InferSchemaType, type Types } from "mongoose";
import { FUNDINGS, LEVELS } from "../../domain/rules/types.js";
import { ANY_COURSE_RANGE } from "../../domain/profile/student-profile.js";
import { CREDITS_RANGE, DEBTS_RANGE, GPA_RANGE } from "../../domain/profile/eligibility-answers.js";

const studentSchema = new Schema(
  {
    /** Telegram user id of the student; absent for roster rows nobody has claimed yet. */
    telegramId: { type: Number },
    /** University student ID number, normalised (trimmed, upper-case); unique. */
    studentNumber: { type: String, required: true, unique: true },
    fullName: { type: String, required: true },
    level: { type: String, enum: LEVELS, required: true },
    /** Educational programme code, e.g. 6B06102 (bachelor), 7M06102 (master), 8D06102 (PhD). */
    programmeCode: { type: String, required: true },
    course: { type: Number, required: true, min: ANY_COURSE_RANGE.min, max: ANY_COURSE_RANGE.max },
    group: { type: String, required: true },
    departmentId: { type: Schema.Types.ObjectId, ref: "Department", required: true },
    /** Academic record as imported by the coordinator (roster); pre-fills eligibility checks. */
    academic: {
      type: new Schema(
        {
          gpa: { type: Number, min: GPA_RANGE.min, max: GPA_RANGE.max },
          credits: { type: Number, min: CREDITS_RANGE.min, max: CREDITS_RANGE.max },
          funding: { type: String, enum: FUNDINGS },
          academicDebts: { type: Number, min: DEBTS_RANGE.min, max: DEBTS_RANGE.max },
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
