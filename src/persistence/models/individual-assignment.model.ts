import { Schema, type Connection, type Types } from "mongoose";
import { ASSIGNMENT_AUTHOR_ROLES, type AssignmentAuthorRole } from "../../domain/diary/assignment.js";
import { storedFileSchema, type StoredFile } from "./practice-outcome.model.js";

/** One version of a student's individual tasks (QP-06 5.13). */
export interface AssignmentRecord {
  /** The tasks as typed, or the caption of the document (may be empty when a document carries them). */
  text: string;
  document?: StoredFile | undefined;
  by: number;
  role: AssignmentAuthorRole;
  at: Date;
}

/** The individual assignment of a placement: the one in force and every earlier version. */
export interface IndividualAssignmentRecord {
  placementId: string;
  studentId: string;
  departmentId: string;
  current: AssignmentRecord;
  /** Every version, oldest first (the current one included). */
  history: AssignmentRecord[];
  version: number;
  createdAt?: Date;
  updatedAt?: Date;
}

const assignmentSchema = new Schema<AssignmentRecord>(
  {
    text: { type: String, default: "" },
    /** The document the supervisor uploaded instead of (or with) the text, kept in GridFS (QP-06 6.12). */
    document: { type: storedFileSchema, default: undefined },
    /** Telegram id of the supervisor who set it. */
    by: { type: Number, required: true },
    role: { type: String, enum: ASSIGNMENT_AUTHOR_ROLES, required: true },
    at: { type: Date, required: true },
  },
  { _id: false },
);

/** QP-06 5.13: each student receives individual tasks from their direct supervisor; one document per placement. */
const individualAssignmentSchema = new Schema<IndividualAssignmentRecord>(
  {
    placementId: { type: String, required: true, unique: true },
    studentId: { type: String, required: true },
    departmentId: { type: String, required: true },
    current: { type: assignmentSchema, required: true },
    history: { type: [assignmentSchema], default: [] },
    /** Incremented by every change. */
    version: { type: Number, required: true, default: 1 },
  },
  { timestamps: true, collection: "individual_assignments", versionKey: false },
);

export type IndividualAssignmentDocument = IndividualAssignmentRecord & { _id: Types.ObjectId };

export function createIndividualAssignmentModel(connection: Connection) {
  return connection.model("IndividualAssignment", individualAssignmentSchema);
}
