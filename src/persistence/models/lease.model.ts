import { Schema, type Connection } from "mongoose";

/** A named lock held by one process until `until` (e.g. the outbox dispatcher's leader lock). */
export interface LeaseRecord {
  /** The lock's name. */
  _id: string;
  /** Who holds it (host, process and a random part: a restarted process is a new owner). */
  owner: string;
  /** Expiry; after it anyone may take the lock over. The holder renews it while active. */
  until: Date;
  /** Work guarded by the lock is paused until then (e.g. Telegram's retry_after), also for the next holder. */
  pausedUntil: Date | null;
}

const leaseSchema = new Schema<LeaseRecord>(
  {
    _id: { type: String, required: true },
    owner: { type: String, required: true },
    until: { type: Date, required: true },
    pausedUntil: { type: Date, default: null },
  },
  { collection: "leases", versionKey: false },
);

export function createLeaseModel(connection: Connection) {
  return connection.model("Lease", leaseSchema);
}
