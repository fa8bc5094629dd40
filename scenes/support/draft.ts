import type { AppServices } from "../../src/services/app-services.js";
import type { DraftAnswers, DraftValue } from "../../src/persistence/repositories/scene-draft.repository.js";
import type { SceneEnv } from "./ask.js";

/** A draft untouched for this long is not offered any more (and may be purged). */
const DRAFT_RETENTION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The saved answers of `telegramId` in `sceneId`, if any recent ones; for use inside `conversation.external`. */
export async function loadDraft(services: AppServices, telegramId: number, sceneId: string): Promise<DraftAnswers | null> {
  const notBefore = new Date(services.now().getTime() - DRAFT_RETENTION_DAYS * DAY_MS);
  return (await services.db.sceneDrafts.load(telegramId, sceneId, notBefore))?.answers ?? null;
}

/** The draft of the running scene: every write goes through `conversation.external`, so replays write nothing. */
export function createDraft(env: Pick<SceneEnv, "conversation" | "scene" | "services">, telegramId: number) {
  const { conversation, scene, services } = env;
  const drafts = services.db.sceneDrafts;
  return {
    save: (field: string, value: DraftValue): Promise<void> =>
      conversation.external(() => drafts.saveAnswer(telegramId, scene.id, field, value, services.now())),
    forget: (fields: readonly string[]): Promise<void> => conversation.external(() => drafts.forget(telegramId, scene.id, fields)),
    discard: (): Promise<void> => conversation.external(() => drafts.discard(telegramId, scene.id)),
  };
}
export type Draft = ReturnType<typeof createDraft>;
