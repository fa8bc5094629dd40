import { Schema, type Connection } from "mongoose";

/**
 * One document per send slot of a bot token's budget (`<budget>:slot:<i>`), plus one control document
 * (`<budget>:control`). A slot is leased by one process at a time; while it holds the slot it spends it
 * locally, and when it gives the slot back it records `freeAt` (its last send's completion + one window),
 * so the next holder never squeezes an extra message into Telegram's window.
 */
export interface SendBudgetRecord {
  _id: string;
  budget: string;
  /** Slot documents: who leases it (null: nobody) and until when; the earliest moment it may send again. */
  owner: string | null;
  leaseUntil: Date | null;
  freeAt: Date | null;
  /** Control document: every process pauses until then (a 429's retry_after). */
  pausedUntil: Date | null;
  /** Control document: a process last waited for an interactive slot then (holders of bulk slots give one up). */
  interactiveWantAt: Date | null;
  interactiveWantBy: string | null;
}

const sendBudgetSchema = new Schema<SendBudgetRecord>(
  {
    _id: { type: String, required: true },
    budget: { type: String, required: true },
    owner: { type: String, default: null },
    leaseUntil: { type: Date, default: null },
    freeAt: { type: Date, default: null },
    pausedUntil: { type: Date, default: null },
    interactiveWantAt: { type: Date, default: null },
    interactiveWantBy: { type: String, default: null },
  },
  { collection: "send_budget", versionKey: false },
);

export function createSendBudgetModel(connection: Connection) {
  return connection.model("SendBudget", sendBudgetSchema);
}
