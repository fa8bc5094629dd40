import { Schema, type Connection, type InferSchemaType, type Types } from "mongoose";

/**
 * What a user has typed so far in a long scene (registration, later the diary), saved after each
 * answer, so that a timeout, /cancel, a deploy or a change of the scene's state version loses nothing.
 */
const sceneDraftSchema = new Schema(
  {
    /** Telegram user id of the person answering. */
    telegramId: { type: Number, required: true },
    /** The scene the answers belong to (scenes/ids.ts). */
    sceneId: { type: String, required: true },
    /** Answers by question name: strings, numbers or booleans as the scene validated them. */
    answers: { type: Schema.Types.Mixed, required: true, default: {} },
    /** When the last answer was saved; drafts older than the scene's retention are ignored and purged. */
    updatedAt: { type: Date, required: true },
  },
  { collection: "scene_drafts", versionKey: false, minimize: false },
);
// One draft per person and scene; the key of every upsert.
sceneDraftSchema.index({ telegramId: 1, sceneId: 1 }, { unique: true });
sceneDraftSchema.index({ updatedAt: 1 });

export type SceneDraftDocument = InferSchemaType<typeof sceneDraftSchema> & { _id: Types.ObjectId };

export function createSceneDraftModel(connection: Connection) {
  return connection.model("SceneDraft", sceneDraftSchema);
}
