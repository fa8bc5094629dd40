import type { createSceneDraftModel } from "../models/scene-draft.model.js";
import { isDuplicateKeyError } from "../errors.js";

/** One saved answer. */
export type DraftValue = string | number | boolean;
export type DraftAnswers = Record<string, DraftValue>;

/** Question names are plain identifiers: they become field paths of the stored document. */
const FIELD = /^[A-Za-z][A-Za-z0-9]{0,39}$/;

function assertField(field: string): void {
  if (!FIELD.test(field)) throw new Error(`invalid draft field name: ${field}`);
}

function plainAnswers(value: unknown): DraftAnswers {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  const answers: DraftAnswers = {};
  for (const [field, answer] of Object.entries(value as Record<string, unknown>)) {
    if (FIELD.test(field) && (typeof answer === "string" || typeof answer === "number" || typeof answer === "boolean")) {
      answers[field] = answer;
    }
  }
  return answers;
}

/** Drafts of long scenes, one per person and scene; every write is a single atomic upsert. */
export function createSceneDraftRepository(SceneDraft: ReturnType<typeof createSceneDraftModel>) {
  return {
    /** The saved answers, or null when there are none saved at or after `notBefore`. */
    async load(telegramId: number, sceneId: string, notBefore: Date): Promise<{ answers: DraftAnswers; updatedAt: Date } | null> {
      const doc = await SceneDraft.findOne({ telegramId, sceneId, updatedAt: { $gte: notBefore } }).lean();
      if (!doc) return null;
      const answers = plainAnswers(doc.answers);
      return Object.keys(answers).length > 0 ? { answers, updatedAt: doc.updatedAt } : null;
    },

    /** Saves one answer (creating the draft on the first one). */
    async saveAnswer(telegramId: number, sceneId: string, field: string, value: DraftValue, now: Date, attempt = 0): Promise<void> {
      assertField(field);
      try {
        await SceneDraft.updateOne({ telegramId, sceneId }, { $set: { [`answers.${field}`]: value, updatedAt: now } }, { upsert: true });
      } catch (error) {
        // Two upserts raced to create the draft: the other one won, so this one is now an update.
        if (isDuplicateKeyError(error) && attempt === 0) return this.saveAnswer(telegramId, sceneId, field, value, now, 1);
        throw error;
      }
    },

    /** Forgets some answers (e.g. a student ID found taken after all), keeping the others. */
    async forget(telegramId: number, sceneId: string, fields: readonly string[]): Promise<void> {
      fields.forEach(assertField);
      if (fields.length === 0) return;
      await SceneDraft.updateOne({ telegramId, sceneId }, { $unset: Object.fromEntries(fields.map((f) => [`answers.${f}`, ""])) });
    },

    /** Drops the draft: the scene finished, or the user chose to start afresh. */
    async discard(telegramId: number, sceneId: string): Promise<void> {
      await SceneDraft.deleteOne({ telegramId, sceneId });
    },

    /** Retention (no TTL indexes): deletes drafts last saved before `date`; for a periodic job. */
    async deleteOlderThan(date: Date): Promise<number> {
      const result = await SceneDraft.deleteMany({ updatedAt: { $lt: date } });
      return result.deletedCount;
    },
  };
}
export type SceneDraftRepository = ReturnType<typeof createSceneDraftRepository>;
