import type { AppServices } from "../../src/services/app-services.js";
import type { DraftAnswers, DraftValue } from "../../src/services/scene-draft.service.js";
import type { SceneEnv } from "./ask.js";

/** The saved answers of `telegramId` in `sceneId`, if any recent ones; for use inside `conversation.external`. */
export async function loadDraft(services: AppServices, telegramId: number, sceneId: string): Promise<DraftAnswers | null> {
  return services.sceneDrafts.load(telegramId, sceneId);
}

/** The draft of the running scene: every write goes through `conversation.external`, so replays write nothing. */
export function createDraft(env: Pick<SceneEnv, "conversation" | "scene" | "services">, telegramId: number) {
  const { conversation, scene, services } = env;
  const drafts = services.sceneDrafts;
  return {
    save: (field: string, value: DraftValue): Promise<void> =>
      conversation.external(() => drafts.saveAnswer(telegramId, scene.id, field, value)),
    forget: (fields: readonly string[]): Promise<void> => conversation.external(() => drafts.forget(telegramId, scene.id, fields)),
    discard: (): Promise<void> => conversation.external(() => drafts.discard(telegramId, scene.id)),
  };
}
export type Draft = ReturnType<typeof createDraft>;
