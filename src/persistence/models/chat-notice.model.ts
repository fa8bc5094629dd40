import { Schema, type Connection } from "mongoose";

/** A one-time notice already given (e.g. "this bot works in private chats" in a group); `_id` is its key. */
const chatNoticeSchema = new Schema(
  {
    _id: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { collection: "chat_notices", versionKey: false },
);

export function createChatNoticeModel(connection: Connection) {
  return connection.model("ChatNotice", chatNoticeSchema);
}
