import { Schema, type Connection } from "mongoose";

/** Where an update is in its handling: waiting (or being handled under a lease), handled, or given up. */
export const INBOX_STATES = ["pending", "done", "failed"] as const;
export type InboxState = (typeof INBOX_STATES)[number];

/**
 * One Telegram update as received (polling) or as delivered to the webhook: the inbox and the ledger of
 * handled update ids. Written before the update is confirmed to Telegram; purged by a nightly job, not a TTL index.
 */
export interface InboxUpdateRecord {
  /** `<bot id>:<update id>`: update ids are unique per bot only, and a database may have served another bot. */
  _id: string;
  botId: number;
  /** Telegram's update_id (increasing per bot): the order updates of one chat are handled in. */
  updateId: number;
  /** The chat (or user) the update belongs to; updates of one key are handled one after another. */
  chatKey: string;
  /** The update as JSON; emptied once the update is finished, so no message text outlives its handling. */
  payload: string;
  state: InboxState;
  /** Times handling was started (a claim after a crash counts again). */
  attempts: number;
  /** The process handling it, or null when nobody holds it. */
  leaseOwner: string | null;
  /** Until when `leaseOwner` holds it; after that anyone may claim a pending update. */
  leaseUntil: Date;
  receivedAt: Date;
  finishedAt: Date | null;
  /** Why it failed (a message without personal data). */
  error: string | null;
}

const inboxUpdateSchema = new Schema<InboxUpdateRecord>(
  {
    _id: { type: String, required: true },
    botId: { type: Number, required: true },
    updateId: { type: Number, required: true },
    chatKey: { type: String, required: true },
    payload: { type: String, default: "" },
    state: { type: String, enum: INBOX_STATES, required: true },
    attempts: { type: Number, required: true, default: 0 },
    leaseOwner: { type: String, default: null },
    leaseUntil: { type: Date, required: true },
    receivedAt: { type: Date, required: true },
    finishedAt: { type: Date, default: null },
    error: { type: String, default: null },
  },
  { collection: "inbox", versionKey: false },
);
// Unfinished updates of a bot in update order (recovery at start, the periodic sweep, the depth).
inboxUpdateSchema.index({ botId: 1, state: 1, updateId: 1 });
// The purge of finished updates.
inboxUpdateSchema.index({ state: 1, finishedAt: 1 });

export function createInboxUpdateModel(connection: Connection) {
  return connection.model("InboxUpdate", inboxUpdateSchema);
}
