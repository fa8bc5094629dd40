import type { createConversationStateModel } from "../models/conversation-state.model.js";

/** Key/value storage for the conversations plugin's versioned state. */
export function createConversationStateRepository(ConversationState: ReturnType<typeof createConversationStateModel>) {
  return {
    async read<T>(key: string): Promise<T | undefined> {
      const doc = await ConversationState.findById(key).lean();
      return doc ? (JSON.parse(doc.state) as T) : undefined;
    },
    async write(key: string, value: unknown, now: Date): Promise<void> {
      await ConversationState.updateOne({ _id: key }, { $set: { state: JSON.stringify(value), updatedAt: now } }, { upsert: true });
    },
    async delete(key: string): Promise<void> {
      await ConversationState.deleteOne({ _id: key });
    },
  };
}
export type ConversationStateRepository = ReturnType<typeof createConversationStateRepository>;
