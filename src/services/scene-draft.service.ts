import type { Persistence } from "../persistence/create-persistence.js";
import type { DraftAnswers, DraftValue } from "../persistence/repositories/scene-draft.repository.js";

export type { DraftAnswers, DraftValue };

/** A draft untouched for this long is not offered any more (the nightly retention job deletes it later). */
const DRAFT_OFFER_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The answers of a long scene saved after each question (house style: drafts that matter live in our own
 * collection, so a deploy, a version bump or `/cancel` loses nothing).
 */
export function createSceneDraftService(deps: { db: Persistence; now: () => Date }) {
  const { db, now } = deps;
  return {
    /** The saved answers of `telegramId` in `sceneId`, if recent. */
    async load(telegramId: number, sceneId: string): Promise<DraftAnswers | null> {
      const notBefore = new Date(now().getTime() - DRAFT_OFFER_DAYS * DAY_MS);
      return (await db.sceneDrafts.load(telegramId, sceneId, notBefore))?.answers ?? null;
    },
    saveAnswer(telegramId: number, sceneId: string, field: string, value: DraftValue): Promise<void> {
      return db.sceneDrafts.saveAnswer(telegramId, sceneId, field, value, now());
    },
    forget(telegramId: number, sceneId: string, fields: readonly string[]): Promise<void> {
      return db.sceneDrafts.forget(telegramId, sceneId, fields);
    },
    discard(telegramId: number, sceneId: string): Promise<void> {
      return db.sceneDrafts.discard(telegramId, sceneId);
    },
  };
}
export type SceneDraftService = ReturnType<typeof createSceneDraftService>;
