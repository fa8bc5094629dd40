import type { Evidence } from "../../domain/diary/types.js";
import type { createDiaryDraftModel, DiaryDraftDocument } from "../models/diary-draft.model.js";

export interface DiaryDraftPatch {
  placementId: string;
  date?: string | null;
  hours?: number | null;
  text?: string | null;
  evidence?: Evidence[];
}

/** The entry a student is writing (one per Telegram user), saved after each answer. */
export function createDiaryDraftRepository(DiaryDraft: ReturnType<typeof createDiaryDraftModel>) {
  return {
    async find(telegramId: number): Promise<DiaryDraftDocument | null> {
      return DiaryDraft.findOne({ telegramId }).lean<DiaryDraftDocument>();
    },
    /**
     * Merges `patch` into the draft (null removes a field). A draft for another placement is replaced.
     */
    async save(telegramId: number, patch: DiaryDraftPatch, at: Date): Promise<DiaryDraftDocument> {
      const set: Record<string, unknown> = { placementId: patch.placementId, updatedAt: at };
      const unset: Record<string, ""> = {};
      for (const key of ["date", "hours", "text"] as const) {
        const value = patch[key];
        if (value === null) unset[key] = "";
        else if (value !== undefined) set[key] = value;
      }
      if (patch.evidence !== undefined) set["evidence"] = patch.evidence;
      const update = { $set: set, ...(Object.keys(unset).length > 0 ? { $unset: unset } : {}) };
      const upsert = () =>
        DiaryDraft.findOneAndUpdate({ telegramId, placementId: patch.placementId }, update, {
          upsert: true,
          returnDocument: "after",
        }).lean<DiaryDraftDocument>();
      let saved: DiaryDraftDocument | null;
      try {
        // One command: this placement's draft is merged into, or the first one created.
        saved = await upsert();
      } catch (error) {
        if ((error as { code?: unknown }).code !== 11000) throw error;
        // A draft of another placement holds the person's one draft (unique telegramId): it is not merged into this one.
        await DiaryDraft.deleteOne({ telegramId, placementId: { $ne: patch.placementId } });
        saved = await upsert();
      }
      if (!saved) throw new Error("diary draft upsert returned nothing");
      return saved;
    },
    /** Removes the draft; with `match`, only a draft of that placement (and date). */
    async delete(telegramId: number, match: { placementId?: string; date?: string } = {}): Promise<boolean> {
      const filter: Record<string, unknown> = { telegramId };
      if (match.placementId !== undefined) filter["placementId"] = match.placementId;
      if (match.date !== undefined) filter["date"] = match.date;
      const r = await DiaryDraft.deleteOne(filter);
      return r.deletedCount === 1;
    },
  };
}
export type DiaryDraftRepository = ReturnType<typeof createDiaryDraftRepository>;
