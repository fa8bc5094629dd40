import type { DayMark } from "../../domain/diary/entry-validation.js";
import type { DiaryEntryDocument } from "../../persistence/models/diary-entry.model.js";
import type { DiaryDraftDocument } from "../../persistence/models/diary-draft.model.js";

/** A diary entry as the services hand it out: the stored fields plus a string id. */
export type DiaryEntryView = Omit<DiaryEntryDocument, "_id"> & { id: string };

/** An entry with the way its day is marked (weekend / holiday). */
export type MarkedEntryView = DiaryEntryView & { mark: DayMark };

export function toEntryView(doc: DiaryEntryDocument): DiaryEntryView {
  const { _id, ...rest } = doc;
  return { ...rest, id: String(_id) };
}

export type DiaryDraftView = Omit<DiaryDraftDocument, "_id">;

export function toDraftView(doc: DiaryDraftDocument): DiaryDraftView {
  const { _id, ...rest } = doc;
  void _id;
  return rest;
}
