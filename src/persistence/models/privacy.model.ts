import { Schema, type Connection, type Types } from "mongoose";

/** Where a request to delete a person's data stands (QP-06 6.12; the law on personal data). */
export const DELETION_STATUSES = ["pending", "refused", "confirmed", "done"] as const;
export type DeletionStatus = (typeof DELETION_STATUSES)[number];

/** What a deletion kept, and why (the clause that obliges the department to keep it). */
export interface KeptRecord {
  what: "diary" | "staffName";
  /** ISO date until which it is kept; absent = while the records it signs are kept. */
  until?: string | undefined;
  rule: string;
}

export interface DeletionRequestRecord {
  telegramId: number;
  /** Set while the request is open (pending or confirmed): one open request per person (sparse unique, no partial index). */
  openFor?: number | undefined;
  /** The department whose coordinator decides; null = nobody's department (the admins decide). */
  departmentId: Types.ObjectId | null;
  status: DeletionStatus;
  requestedAt: Date;
  decidedBy?: number | undefined;
  decidedAt?: Date | undefined;
  /** Steps of the erasure already done, so a run stopped half-way resumes where it stopped. */
  steps: string[];
  kept: KeptRecord[];
  doneAt?: Date | undefined;
  /** Incremented by every change; the coordinator's buttons carry it (a stale button changes nothing). */
  version: number;
}

const keptSchema = new Schema<KeptRecord>(
  { what: { type: String, required: true }, until: { type: String }, rule: { type: String, required: true } },
  { _id: false },
);

const deletionRequestSchema = new Schema<DeletionRequestRecord>(
  {
    telegramId: { type: Number, required: true },
    openFor: { type: Number },
    departmentId: { type: Schema.Types.ObjectId, default: null },
    status: { type: String, enum: DELETION_STATUSES, required: true },
    requestedAt: { type: Date, required: true },
    decidedBy: { type: Number },
    decidedAt: { type: Date },
    steps: { type: [String], default: [] },
    kept: { type: [keptSchema], default: [] },
    doneAt: { type: Date },
    version: { type: Number, required: true, default: 1 },
  },
  { timestamps: true, collection: "data_deletion_requests", versionKey: false },
);
deletionRequestSchema.index({ openFor: 1 }, { unique: true, sparse: true });
deletionRequestSchema.index({ telegramId: 1 });
deletionRequestSchema.index({ status: 1 });

/** What the retention job purged from one placement (QP-06 6.12): the record of the purge itself holds no personal data. */
export interface RetentionPurgeRecord {
  _id: string;
  placementId: string;
  departmentId: string;
  endDate: string;
  /** The first day it could be purged (end date + the policy's years). */
  keptUntil: string;
  rule: string;
  entries: number;
  files: number;
  outcomes: number;
  verifications: number;
  purgedAt: Date;
}

const retentionPurgeSchema = new Schema<RetentionPurgeRecord>(
  {
    _id: { type: String, required: true },
    placementId: { type: String, required: true },
    departmentId: { type: String, required: true },
    endDate: { type: String, required: true },
    keptUntil: { type: String, required: true },
    rule: { type: String, required: true },
    entries: { type: Number, required: true },
    files: { type: Number, required: true },
    outcomes: { type: Number, required: true },
    verifications: { type: Number, required: true },
    purgedAt: { type: Date, required: true },
  },
  { collection: "retention_purges", versionKey: false },
);

export type DeletionRequestDocument = DeletionRequestRecord & { _id: Types.ObjectId };

export function createDeletionRequestModel(connection: Connection) {
  return connection.model("DataDeletionRequest", deletionRequestSchema);
}

export function createRetentionPurgeModel(connection: Connection) {
  return connection.model("RetentionPurge", retentionPurgeSchema);
}
