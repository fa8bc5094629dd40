import type { createConversationStateModel } from "../models/conversation-state.model.js";

/** Key/value storage for the conversations plugin's versioned state. */
export function createConversationStateRepository(ConversationState: ReturnType<typeof createConversationStateModel>) {
  async function writeRaw(key: string, state: string, now: Date): Promise<void> {
    await ConversationState.updateOne({ _id: key }, { $set: { state, updatedAt: now } }, { upsert: true });
  }
  return {
    /** The stored JSON text of `key`'s state, if any. */
    async readRaw(key: string): Promise<string | undefined> {
      const doc = await ConversationState.findById(key).lean();
      return doc?.state;
    },
    async read<T>(key: string): Promise<T | undefined> {
      const doc = await ConversationState.findById(key).lean();
      return doc ? (JSON.parse(doc.state) as T) : undefined;
    },
    async write(key: string, value: unknown, now: Date): Promise<void> {
      await writeRaw(key, JSON.stringify(value), now);
    },
    writeRaw,
    async delete(key: string): Promise<void> {
      await ConversationState.deleteOne({ _id: key });
    },
  };
}
export type ConversationStateRepository = ReturnType<typeof createConversationStateRepository>;
