import { Schema, type Connection, type Types } from "mongoose";
import { GRADE_ROLES, SIGN_OFF_ROLES } from "../../domain/diary/types.js";
import type { GradeRole, SignOffRole } from "../../domain/diary/types.js";
import { LETTERS } from "../../domain/rules/grade-scale.js";
import type { Letter } from "../../domain/rules/grade-scale.js";

export interface StoredFile {
  gridFsId: Types.ObjectId;
  sha256: string;
  fileName: string;
  size: number;
  mime: string;
  uploadedAt: Date;
  uploadedBy: number;
  /** Telegram's file id of the document as the uploader sent it (the bot sends it on without re-uploading). */
  telegramFileId?: string | undefined;
}

export interface CharacteristicRecord {
  text: string;
  document?: StoredFile | undefined;
  suggestedScore: number;
  suggestedLetter: Letter;
  by: number;
  at: Date;
}

/** QP-06 6.5–6.6: the commission's protocol a grade was decided in. */
export interface CommissionRef {
  protocolId: string;
  number: string;
  /** The meeting's date, YYYY-MM-DD. */
  date: string;
}

export interface GradeRecord {
  score: number;
  letter: Letter;
  points: number;
  by: number;
  role: GradeRole;
  at: Date;
  /** Set when the department's commission decided it (QP-06 6.5–6.6). */
  commission?: CommissionRef | undefined;
}

export interface SignOffRecord {
  role: SignOffRole;
  by: number;
  at: Date;
}

/** QP-06 6.2: the coordinator lets the diary be signed before the practice's last working day. */
export interface EarlySignOffRecord {
  by: number;
  at: Date;
  reason: string;
}

/** A supervisor took a signed diary back for corrections (QP-06 6.2); what it cleared is kept here. */
export interface ReopeningRecord {
  by: number;
  role: SignOffRole;
  at: Date;
  reason: string;
  signOffs: SignOffRecord[];
  grade?: GradeRecord | undefined;
}

export interface ClearedSignOffRecord extends SignOffRecord {
  clearedAt: Date;
  reason: string;
}

/** The stored outcome of a placement (see the schema for each field). */
export interface PracticeOutcomeRecord {
  placementId: string;
  studentId: string;
  departmentId: string;
  report?: StoredFile | undefined;
  reportHistory: StoredFile[];
  characteristic?: CharacteristicRecord | undefined;
  characteristicHistory: CharacteristicRecord[];
  grade?: GradeRecord | undefined;
  gradeHistory: GradeRecord[];
  signOffs: SignOffRecord[];
  signOffHistory: ClearedSignOffRecord[];
  earlySignOff?: EarlySignOffRecord | undefined;
  reopenings: ReopeningRecord[];
  version: number;
  createdAt?: Date;
  updatedAt?: Date;
}

/** A file kept in GridFS (QP-06 6.12: the department keeps diaries and reports for 3 years). */
export const storedFileSchema = new Schema<StoredFile>(
  {
    /** Id of the file in the GridFS bucket `practice_files`. */
    gridFsId: { type: Schema.Types.ObjectId, required: true },
    /** SHA-256 of the bytes, hex. */
    sha256: { type: String, required: true },
    fileName: { type: String, required: true },
    size: { type: Number, required: true },
    mime: { type: String, required: true },
    uploadedAt: { type: Date, required: true },
    /** Telegram id of the uploader. */
    uploadedBy: { type: Number, required: true },
    /** Telegram's file id of the uploaded document (sent on to the supervisors as it is). */
    telegramFileId: { type: String },
  },
  { _id: false },
);

const characteristicSchema = new Schema<CharacteristicRecord>(
  {
    /** The organisation supervisor's reference (QP-06 6.8; 6B03104 §11). */
    text: { type: String, required: true },
    document: { type: storedFileSchema, default: undefined },
    /** Suggested score 0–100 and its letter (MR-595 App. 1). */
    suggestedScore: { type: Number, required: true, min: 0, max: 100 },
    suggestedLetter: { type: String, enum: LETTERS, required: true },
    by: { type: Number, required: true },
    at: { type: Date, required: true },
  },
  { _id: false },
);

const gradeSchema = new Schema<GradeRecord>(
  {
    score: { type: Number, required: true, min: 0, max: 100 },
    letter: { type: String, enum: LETTERS, required: true },
    /** MR-595 App. 1 numerical equivalent. */
    points: { type: Number, required: true },
    by: { type: Number, required: true },
    role: { type: String, enum: GRADE_ROLES, required: true },
    at: { type: Date, required: true },
    /** QP-06 6.5–6.6: the commission's protocol (absent for the university supervisor's grade). */
    commission: {
      type: new Schema<CommissionRef>(
        { protocolId: { type: String, required: true }, number: { type: String, required: true }, date: { type: String, required: true } },
        { _id: false },
      ),
      default: undefined,
    },
  },
  { _id: false },
);

const signOffSchema = new Schema<SignOffRecord>(
  {
    role: { type: String, enum: SIGN_OFF_ROLES, required: true },
    by: { type: Number, required: true },
    at: { type: Date, required: true },
  },
  { _id: false },
);

const clearedSignOffSchema = new Schema<ClearedSignOffRecord>(
  {
    role: { type: String, enum: SIGN_OFF_ROLES, required: true },
    by: { type: Number, required: true },
    at: { type: Date, required: true },
    clearedAt: { type: Date, required: true },
    /** Why it no longer holds (the diary changed after it). */
    reason: { type: String, required: true },
  },
  { _id: false },
);

const earlySignOffSchema = new Schema<EarlySignOffRecord>(
  {
    /** Telegram id of the coordinator who allowed it. */
    by: { type: Number, required: true },
    at: { type: Date, required: true },
    reason: { type: String, required: true },
  },
  { _id: false },
);

const reopeningSchema = new Schema<ReopeningRecord>(
  {
    by: { type: Number, required: true },
    role: { type: String, enum: SIGN_OFF_ROLES, required: true },
    at: { type: Date, required: true },
    reason: { type: String, required: true },
    /** The sign-offs the reopening cleared. */
    signOffs: { type: [signOffSchema], default: [] },
    /** The grade it cleared (also kept in `gradeHistory`). */
    grade: { type: gradeSchema, default: undefined },
  },
  { _id: false },
);

/** The end of a practice: report, characteristic, grade and sign-offs; one document per placement. */
const practiceOutcomeSchema = new Schema<PracticeOutcomeRecord>(
  {
    placementId: { type: String, required: true, unique: true },
    studentId: { type: String, required: true },
    /** The placement's department, for department-wide summaries. */
    departmentId: { type: String, required: true },
    /** The report in force. */
    report: { type: storedFileSchema, default: undefined },
    /** Every upload, oldest first (the current one included). */
    reportHistory: { type: [storedFileSchema], default: [] },
    characteristic: { type: characteristicSchema, default: undefined },
    characteristicHistory: { type: [characteristicSchema], default: [] },
    grade: { type: gradeSchema, default: undefined },
    gradeHistory: { type: [gradeSchema], default: [] },
    /** QP-06 6.2: the supervisors' sign-offs of the whole diary, one per role. */
    signOffs: { type: [signOffSchema], default: [] },
    /** Sign-offs that a later change of the diary cleared. */
    signOffHistory: { type: [clearedSignOffSchema], default: [] },
    /** QP-06 6.2: the coordinator's permission to sign before the last working day, with its reason. */
    earlySignOff: { type: earlySignOffSchema, default: undefined },
    /** Every reopening of the signed diary, oldest first. */
    reopenings: { type: [reopeningSchema], default: [] },
    /** Incremented by every change. */
    version: { type: Number, required: true, default: 1 },
  },
  { timestamps: true, collection: "practice_outcomes", versionKey: false },
);

practiceOutcomeSchema.index({ departmentId: 1 });

export type PracticeOutcomeDocument = PracticeOutcomeRecord & { _id: Types.ObjectId };

export function createPracticeOutcomeModel(connection: Connection) {
  return connection.model("PracticeOutcome", practiceOutcomeSchema);
}
