import { Schema, type Connection, type Types } from "mongoose";
import { LETTERS, type Letter } from "../../domain/rules/grade-scale.js";
import type { PracticeType } from "../../domain/rules/practice-deadlines.js";

/** One student heard at the defence and the grade the commission decided (QP-06 6.5–6.6). */
export interface ProtocolStudentRecord {
  placementId: string;
  studentId: string;
  /** As printed on the protocol when it was recorded. */
  studentName: string;
  studentNumber: string | null;
  group: string;
  practiceType: PracticeType;
  organisation: string | null;
  score: number;
  letter: Letter;
  points: number;
}

/** The protocol of a defence session of the department's commission (QP-06 6.5–6.6). */
export interface CommissionProtocolRecord {
  departmentId: string;
  /** The number as written on paper, unique within the department. */
  number: string;
  /** The meeting's date, YYYY-MM-DD. */
  date: string;
  /** The commission's members present; the first is the chair. */
  members: string[];
  students: ProtocolStudentRecord[];
  /** Telegram id of the coordinator who recorded it. */
  by: number;
  at: Date;
  createdAt?: Date;
  updatedAt?: Date;
}

const protocolStudentSchema = new Schema<ProtocolStudentRecord>(
  {
    placementId: { type: String, required: true },
    studentId: { type: String, required: true },
    studentName: { type: String, required: true },
    studentNumber: { type: String, default: null },
    group: { type: String, required: true },
    practiceType: { type: String, required: true },
    organisation: { type: String, default: null },
    score: { type: Number, required: true, min: 0, max: 100 },
    letter: { type: String, enum: LETTERS, required: true },
    /** MR-595 App. 1 numerical equivalent. */
    points: { type: Number, required: true },
  },
  { _id: false },
);

const commissionProtocolSchema = new Schema<CommissionProtocolRecord>(
  {
    departmentId: { type: String, required: true },
    number: { type: String, required: true },
    date: { type: String, required: true },
    members: { type: [String], required: true },
    students: { type: [protocolStudentSchema], default: [] },
    by: { type: Number, required: true },
    at: { type: Date, required: true },
  },
  { timestamps: true, collection: "commission_protocols", versionKey: false },
);

// One protocol per number in a department: a second session cannot take a number already used.
commissionProtocolSchema.index({ departmentId: 1, number: 1 }, { unique: true });

export type CommissionProtocolDocument = CommissionProtocolRecord & { _id: Types.ObjectId };

export function createCommissionProtocolModel(connection: Connection) {
  return connection.model("CommissionProtocol", commissionProtocolSchema);
}
