import { Schema, type Connection, type InferSchemaType, type Types } from "mongoose";
import { FUNDINGS, LEVELS } from "../../domain/rules/types.js";
import { ANY_COURSE_RANGE } from "../../domain/profile/student-profile.js";
import { CREDITS_RANGE, DEBTS_RANGE, GPA_RANGE } from "../../domain/profile/eligibility-answers.js";
import { PRACTICE_TYPES } from "../../domain/rules/practice-deadlines.js";

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
    /**
     * A roster row for a student who had already registered with the same student ID: kept aside until
     * the coordinator confirms it is the same person (never linked silently).
     */
    rosterPending: {
      type: new Schema(
        {
          departmentId: { type: Schema.Types.ObjectId, ref: "Department", required: true },
          fullName: { type: String, required: true },
          level: { type: String, enum: LEVELS, required: true },
          programmeCode: { type: String, required: true },
          course: { type: Number, required: true },
          group: { type: String, required: true },
          practices: {
            type: [
              new Schema(
                {
                  practiceType: { type: String, enum: PRACTICE_TYPES, required: true },
                  academicYear: { type: String, required: true },
                  startDate: { type: String, required: true },
                  endDate: { type: String, required: true },
                  weeks: { type: Number, required: true },
                  universitySupervisorEmail: { type: String },
                },
                { _id: false },
              ),
            ],
            default: [],
          },
          importedBy: { type: Number, required: true },
          importedAt: { type: Date, required: true },
        },
        { _id: false },
      ),
      default: undefined,
    },
    /** When the roster became authoritative for this registered student (confirmed, or linked by a roster invitation). */
    rosterConfirmedAt: { type: Date },
    rosterConfirmedBy: { type: Number },
    /**
     * Telegram accounts the department unlinked from this student ID (a squatter, or "another person" at roster
     * confirmation): who was unlinked, by whom, when and why; oldest first, never rewritten.
     */
    accountHistory: {
      type: [
        new Schema(
          {
            action: { type: String, enum: ["unlinked"], required: true },
            telegramId: { type: Number, required: true },
            by: { type: Number, required: true },
            at: { type: Date, required: true },
            reason: { type: String, required: true },
          },
          { _id: false },
        ),
      ],
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
