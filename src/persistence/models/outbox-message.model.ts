import { Schema, type Connection, type Types } from "mongoose";
import { OUTBOX_STATES, type OutboxState } from "../../domain/delivery/outbox.js";
import type { OutboxPayload } from "../../domain/delivery/outbox-payload.js";

/** Who may send a `sending` document, and until when. */
export interface OutboxLease {
  owner: string;
  until: Date;
}

export interface OutboxMessageRecord {
  _id: Types.ObjectId;
  /** Telegram chat id the message goes to (a private chat: the user's id). */
  recipient: number;
  /** Telegram user id of the person: their language is looked up by it, and it is marked unreachable on 403. */
  recipientTelegramId: number;
  /** What the message is, e.g. `diary-reminder`, `broadcast`. */
  kind: string;
  /** What it belongs to, e.g. a broadcast id; progress is counted per ref. */
  ref: string | null;
  /** Locale key + params (rendered at send time in the recipient's language) or a verbatim text; optional media. */
  payload: OutboxPayload;
  /** Idempotency key, e.g. `diary-reminder:<user>:<date>`: enqueuing the same key again is a no-op. */
  dedupeKey: string;
  state: OutboxState;
  /**
   * Earliest time the document may be claimed: the scheduled time or retry backoff while `pending`,
   * the lease expiry while `sending` (so one index serves both the claim and the takeover of a crashed sender's work).
   */
  notBefore: Date;
  /** Set while `sending`. */
  lease: OutboxLease | null;
  /** Send attempts made (a claim counts; a 429 does not). */
  attempts: number;
  lastError: string | null;
  telegramMessageId: number | null;
  sentAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

const leaseSchema = new Schema<OutboxLease>(
  {
    owner: { type: String, required: true },
    until: { type: Date, required: true },
  },
  { _id: false },
);

const outboxMessageSchema = new Schema<OutboxMessageRecord>(
  {
    recipient: { type: Number, required: true },
    recipientTelegramId: { type: Number, required: true },
    kind: { type: String, required: true },
    ref: { type: String, default: null },
    payload: { type: Schema.Types.Mixed, required: true },
    dedupeKey: { type: String, required: true, unique: true },
    state: { type: String, enum: OUTBOX_STATES, required: true, default: "pending" },
    notBefore: { type: Date, required: true },
    lease: { type: leaseSchema, default: null },
    attempts: { type: Number, required: true, default: 0 },
    lastError: { type: String, default: null },
    telegramMessageId: { type: Number, default: null },
    sentAt: { type: Date, default: null },
  },
  { timestamps: true, collection: "outbox_messages", versionKey: false, minimize: false },
);
/** The claim: due documents in a claimable state, oldest first. */
outboxMessageSchema.index({ state: 1, notBefore: 1 });
/** A grouped delivery: the due documents of one recipient and kind (GROUPED_REMINDER_KINDS). */
outboxMessageSchema.index({ recipient: 1, kind: 1, state: 1, notBefore: 1 });
/** Progress of one broadcast. */
outboxMessageSchema.index({ ref: 1, state: 1 });

export function createOutboxMessageModel(connection: Connection) {
  return connection.model("OutboxMessage", outboxMessageSchema);
}
