import { Schema, type Connection, type Types } from "mongoose";

/** What an issued document showed, for the verifier's answer. */
export interface VerificationSummary {
  studentName: string;
  studentNumber?: string | undefined;
  practiceType: string;
  startDate: string;
  endDate: string;
  entries: number;
  totalHours: number;
  approvedHours: number;
  requiredHours: number;
  gradeLetter?: string | undefined;
  signOffs: number;
  /** Absent on codes issued before these were recorded. */
  programme?: string | undefined;
  grade?: { score: number; letter: string; points: number } | undefined;
  signatures?: { role: string; by: string; at: string }[] | undefined;
  /** Every linked supervisor had signed off when it was issued (QP-06 6.2). */
  signed?: boolean | undefined;
}

/** An issued code (see the schema for each field). */
export interface DocumentVerificationRecord {
  code: string;
  kind: string;
  placementId: string;
  contentHash: string;
  revision: number;
  issuedAt: Date;
  summary: VerificationSummary;
}

/**
 * A verification code printed on an issued diary-report: the short form of the SHA-256 of the
 * document's canonical content, so a printed copy can be matched to the database (`cli verify`).
 */
const documentVerificationSchema = new Schema<DocumentVerificationRecord>(
  {
    /** 16 upper-case hex digits, without separators; unique. */
    code: { type: String, required: true, unique: true },
    /** The document type; "diary-report" (F-76). */
    kind: { type: String, required: true, default: "diary-report" },
    placementId: { type: String, required: true },
    /** Full SHA-256 (hex) of the canonical content. */
    contentHash: { type: String, required: true },
    /** 1 for the first distinct content issued for this placement, then 2, 3, … */
    revision: { type: Number, required: true },
    issuedAt: { type: Date, required: true },
    /** What the document showed, for the verifier's answer. */
    summary: {
      type: new Schema<VerificationSummary>(
        {
          studentName: { type: String, required: true },
          studentNumber: { type: String },
          practiceType: { type: String, required: true },
          startDate: { type: String, required: true },
          endDate: { type: String, required: true },
          entries: { type: Number, required: true },
          totalHours: { type: Number, required: true },
          approvedHours: { type: Number, required: true },
          requiredHours: { type: Number, required: true },
          gradeLetter: { type: String },
          signOffs: { type: Number, required: true },
          programme: { type: String },
          grade: { type: new Schema({ score: Number, letter: String, points: Number }, { _id: false }) },
          signatures: { type: [new Schema({ role: String, by: String, at: String }, { _id: false })], default: undefined },
          signed: { type: Boolean },
        },
        { _id: false },
      ),
      required: true,
    },
  },
  { collection: "document_verifications", versionKey: false },
);
documentVerificationSchema.index({ placementId: 1, revision: 1 }, { unique: true });

export type DocumentVerificationDocument = DocumentVerificationRecord & { _id: Types.ObjectId };

export function createDocumentVerificationModel(connection: Connection) {
  return connection.model("DocumentVerification", documentVerificationSchema);
}
