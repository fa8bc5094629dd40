import type { SceneContext } from "../../src/bot/context.js";
import type { Evidence } from "../../src/domain/diary/types.js";
import type { AppServices } from "../../src/services/app-services.js";
import type { Ask, SceneConversation } from "../support/ask.js";
import type { DiarySituation, loadDayEntry } from "./situation.js";

/** What the scene already knows of the entry (from the draft or earlier answers); the rest is asked. */
export type KnownEntry = NonNullable<DiarySituation["draft"]>;

/** The day's current entry, shown before it is edited. */
export type DayEntry = NonNullable<Awaited<ReturnType<typeof loadDayEntry>>>;

/** Fields of the diary draft to save (null clears one). */
export interface DraftPatch {
  date?: string | null;
  hours?: number | null;
  text?: string | null;
  evidence?: Evidence[];
}

/** What the flows of the scene share. */
export interface DiaryKit {
  conversation: SceneConversation;
  ctx: SceneContext;
  ask: Ask;
  services: AppServices;
  telegramId: number;
  situation: DiarySituation;
  /** Saves answers to the diary draft (outside the replay). */
  save(patch: DraftPatch): Promise<void>;
}

export function createDiaryKit(options: Omit<DiaryKit, "save">): DiaryKit {
  const { conversation, services, telegramId, situation } = options;
  return {
    ...options,
    save: (patch) =>
      conversation.external(async () => {
        await services.diary.drafts.saveDraft(telegramId, { placementId: situation.diary.id, ...patch });
      }),
  };
}
