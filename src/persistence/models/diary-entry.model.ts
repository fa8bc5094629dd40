import { Schema, type Connection, type Types } from "mongoose";
import { DECISION_ROLES, DECISIONS, ENTRY_STATUSES, EVIDENCE_KINDS } from "../../domain/diary/types.js";
import type { DecisionKind, DecisionRole, EntryStatus, Evidence } from "../../domain/diary/types.js";

/** What happened to an entry, as recorded in its history. */
export const ENTRY_HISTORY_ACTIONS = ["submitted", "edited", "approved", "returned"] as const;
export type EntryHistoryAction = (typeof ENTRY_HISTORY_ACTIONS)[number];

export interface EntryDecisionRecord {
  kind: DecisionKind;
  by: number;
  role: DecisionRole;
  at: Date;
  reason?: string | undefined;
}

export interface EntryHistoryRecord {
  at: Date;
  by: number;
  action: EntryHistoryAction;
  version: number;
  text: string;
  hours: number;
  decision?: EntryDecisionRecord | undefined;
}

/** A stored diary entry (see the schema for each field). */
export interface DiaryEntryRecord {
  placementId: string;
  studentId: string;
  departmentId: string;
  date: string;
  hours: number;
  text: string;
  evidence: Evidence[];
  status: EntryStatus;
  version: number;
  submittedAt?: Date | undefined;
  decision?: EntryDecisionRecord | undefined;
  history: EntryHistoryRecord[];
  createdAt?: Date;
  updatedAt?: Date;
}

export const evidenceSchema = new Schema<Evidence>(
  {
    kind: { type: String, enum: EVIDENCE_KINDS, required: true },
    /** Telegram file id (to send it again). */
    fileId: { type: String, required: true },
    /** Telegram's stable id of the file (to recognise the same file). */
    fileUniqueId: { type: String, required: true },
    fileName: { type: String },
  },
  { _id: false },
);

export const entryDecisionSchema = new Schema<EntryDecisionRecord>(
  {
    kind: { type: String, enum: DECISIONS, required: true },
    /** Telegram id of the supervisor who decided. */
    by: { type: Number, required: true },
    role: { type: String, enum: DECISION_ROLES, required: true },
    at: { type: Date, required: true },
    /** Why the entry was returned. */
    reason: { type: String },
  },
  { _id: false },
);

const historyItemSchema = new Schema<EntryHistoryRecord>(
  {
    at: { type: Date, required: true },
    /** Telegram id of whoever acted. */
    by: { type: Number, required: true },
    action: { type: String, enum: ENTRY_HISTORY_ACTIONS, required: true },
    /** Version of the entry after this action. */
    version: { type: Number, required: true },
    /**
     * `submitted`: the content handed in. `edited`: the content it REPLACED.
     * `approved` / `returned`: the content decided on.
     */
    text: { type: String, required: true },
    hours: { type: Number, required: true },
    /** `approved` / `returned`: the decision made. `edited`: the decision the edit cleared, if any. */
    decision: { type: entryDecisionSchema, default: undefined },
  },
  { _id: false },
);

const diaryEntrySchema = new Schema<DiaryEntryRecord>(
  {
    /** The placement (practice) this diary belongs to. */
    placementId: { type: String, required: true },
    studentId: { type: String, required: true },
    /** The placement's department, for department-wide summaries (one equality filter, no long $in). */
    departmentId: { type: String, required: true },
    /** Calendar day in Asia/Almaty, "YYYY-MM-DD"; one entry per placement and day. */
    date: { type: String, required: true },
    hours: { type: Number, required: true, min: 0.5, max: 12 },
    /** What was done, trimmed, 20–3,000 characters. */
    text: { type: String, required: true },
    evidence: { type: [evidenceSchema], default: [] },
    status: { type: String, enum: ENTRY_STATUSES, required: true },
    /** 1 on creation, incremented by every change (edit, decision): the atomic-update guard. */
    version: { type: Number, required: true, default: 1 },
    /** When the current content was handed in. */
    submittedAt: { type: Date },
    /** The decision in force; absent while waiting and after an edit cleared it. */
    decision: { type: entryDecisionSchema, default: undefined },
    history: { type: [historyItemSchema], default: [] },
  },
  { timestamps: true, collection: "diary_entries", versionKey: false },
);
diaryEntrySchema.index({ placementId: 1, date: 1 }, { unique: true });
diaryEntrySchema.index({ placementId: 1, status: 1 });
diaryEntrySchema.index({ departmentId: 1 });
// Reminder jobs: the last few weeks' entries and the waiting ones, whatever the history (src/services/reminders).
diaryEntrySchema.index({ date: 1 });
diaryEntrySchema.index({ status: 1, date: 1 });

export type DiaryEntryDocument = DiaryEntryRecord & { _id: Types.ObjectId };

export function createDiaryEntryModel(connection: Connection) {
  return connection.model("DiaryEntry", diaryEntrySchema);
}
