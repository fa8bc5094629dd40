import type { DiaryDraftPatch } from "../../persistence/repositories/diary-draft.repository.js";
import type { DiaryServiceDeps } from "./context.js";
import { toDraftView, type DiaryDraftView } from "./views.js";

export type { DiaryDraftPatch };

/**
 * The `/diary` scene's draft, saved after each answer in our own collection, so a restart, a deploy,
 * a scene-version bump or /cancel followed by /diary resumes it with nothing lost.
 */
export function createDiaryDraftService({ db, now }: Pick<DiaryServiceDeps, "db" | "now">) {
  return {
    /** Merges the answers given so far (null removes one); a draft of another placement is replaced. */
    async saveDraft(telegramId: number, patch: DiaryDraftPatch): Promise<DiaryDraftView> {
      return toDraftView(await db.diaryDrafts.save(telegramId, patch, now()));
    },
    async loadDraft(telegramId: number): Promise<DiaryDraftView | null> {
      const doc = await db.diaryDrafts.find(telegramId);
      return doc ? toDraftView(doc) : null;
    },
    /** Deletes the draft (only one of `match`'s placement and date, when given). */
    async clearDraft(telegramId: number, match: { placementId?: string; date?: string } = {}): Promise<boolean> {
      return db.diaryDrafts.delete(telegramId, match);
    },
  };
}
export type DiaryDraftService = ReturnType<typeof createDiaryDraftService>;
