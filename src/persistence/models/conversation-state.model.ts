import { Schema, type Connection } from "mongoose";

interface ConversationStateRecord {
  _id: string;
  /** JSON of the conversations plugin's versioned state (stored as text: update payloads are arbitrary JSON). */
  state: string;
  updatedAt: Date;
}

const conversationStateSchema = new Schema<ConversationStateRecord>(
  {
    _id: { type: String, required: true },
    state: { type: String, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: "conversation_states", versionKey: false },
);

export function createConversationStateModel(connection: Connection) {
  return connection.model("ConversationState", conversationStateSchema);
}
