import { Schema, type Connection, type Types } from "mongoose";
import type { Evidence } from "../../domain/diary/types.js";
import { evidenceSchema } from "./diary-entry.model.js";

/** A saved draft (see the schema for each field). */
export interface DiaryDraftRecord {
  telegramId: number;
  placementId: string;
  date?: string | undefined;
  hours?: number | undefined;
  text?: string | undefined;
  evidence: Evidence[];
  updatedAt: Date;
}

/**
 * The diary entry a student is writing, saved after each answer so a restart, a deploy, a scene
 * version bump or /cancel loses nothing (house style: drafts that matter live in our own collection).
 */
const diaryDraftSchema = new Schema<DiaryDraftRecord>(
  {
    /** The student's Telegram id: one draft per person. */
    telegramId: { type: Number, required: true, unique: true },
    placementId: { type: String, required: true },
    /** "YYYY-MM-DD" once chosen. */
    date: { type: String },
    hours: { type: Number },
    text: { type: String },
    evidence: { type: [evidenceSchema], default: [] },
    updatedAt: { type: Date, required: true },
  },
  { collection: "diary_drafts", versionKey: false },
);

export type DiaryDraftDocument = DiaryDraftRecord & { _id: Types.ObjectId };

export function createDiaryDraftModel(connection: Connection) {
  return connection.model("DiaryDraft", diaryDraftSchema);
}
