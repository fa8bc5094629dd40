import type { Types } from "mongoose";
import { CLAIMABLE_STATES, FINAL_STATES, OUTBOX_STATES, type OutboxState } from "../../domain/delivery/outbox.js";
import type { OutboxMessageRecord, createOutboxMessageModel } from "../models/outbox-message.model.js";

/** A message as enqueued (the record's own fields); the repository adds state, counters and timestamps. */
export type NewOutboxMessage = Pick<
  OutboxMessageRecord,
  "recipient" | "recipientTelegramId" | "kind" | "ref" | "payload" | "dedupeKey" | "notBefore"
>;

export interface InsertManyResult {
  inserted: number;
  /** Messages whose dedupe key was already enqueued (nothing changed for them). */
  duplicates: number;
}

interface ClaimInput {
  owner: string;
  now: Date;
  leaseMs: number;
  /** At most this many messages (default 1). */
  limit?: number;
  /** Chats that must not be sent to right now (Telegram's per-chat interval, or a send to them is in flight). */
  excludeRecipients?: readonly number[];
}

interface GroupClaimInput {
  owner: string;
  now: Date;
  leaseMs: number;
  recipient: number;
  kind: string;
  /** At most this many documents (default 200: more than one Telegram message holds). */
  limit?: number;
}

/** How a leased send ended; every transition is guarded by the lease, so a sender that lost it changes nothing. */
export type OutboxCompletion =
  | { state: "sent"; telegramMessageId: number; at: Date }
  | { state: "blocked" | "failed"; error: string }
  | { state: "pending"; error?: string; notBefore: Date; countAttempt: boolean };

/**
 * Messages per insertMany. Not larger: with duplicates (a reminder run repeating every 5 minutes re-sends every key
 * due today), the driver matches each inserted id against every write error of its batch (BulkWriteResult's
 * getSuccessfullyInsertedIds), size² work: 100,000 duplicates in batches of 10,000 spent seconds there.
 */
const INSERT_CHUNK = 1_000;
const DUPLICATE_KEY = 11000;

function isBulkWriteError(error: unknown): error is { writeErrors: Array<{ code: number }> | { code: number } } {
  return typeof error === "object" && error !== null && "writeErrors" in error;
}

/** Outbox messages: enqueue (idempotent by dedupe key), claim under a lease, complete. */
export function createOutboxRepository(OutboxMessage: ReturnType<typeof createOutboxMessageModel>) {
  function record(message: NewOutboxMessage, now: Date): Omit<OutboxMessageRecord, "_id"> {
    return {
      ...message,
      state: "pending",
      lease: null,
      attempts: 0,
      lastError: null,
      telegramMessageId: null,
      sentAt: null,
      createdAt: now,
      updatedAt: now,
    };
  }

  return {
    /**
     * Inserts the messages, skipping those whose dedupe key exists (unordered bulk insert: one duplicate
     * does not stop the rest). Any other write error is thrown after the batch.
     */
    async insertMany(messages: readonly NewOutboxMessage[], now: Date): Promise<InsertManyResult> {
      let inserted = 0;
      let duplicates = 0;
      for (let start = 0; start < messages.length; start += INSERT_CHUNK) {
        const chunk = messages.slice(start, start + INSERT_CHUNK).map((message) => record(message, now));
        try {
          inserted += (await OutboxMessage.collection.insertMany(chunk, { ordered: false })).insertedCount;
        } catch (error) {
          if (!isBulkWriteError(error)) throw error;
          const writeErrors = Array.isArray(error.writeErrors) ? error.writeErrors : [error.writeErrors];
          if (writeErrors.some((e) => e.code !== DUPLICATE_KEY)) throw error;
          // Not error.insertedCount: the stand-in counts the refused documents in it too.
          inserted += chunk.length - writeErrors.length;
          duplicates += writeErrors.length;
        }
      }
      return { inserted, duplicates };
    },

    /**
     * Leases up to `limit` due messages, oldest first, to different chats: `pending` ones whose `notBefore` has
     * come, or `sending` ones whose lease has expired (their sender crashed). Counts the attempt.
     *
     * Three round trips per batch instead of one findOneAndUpdate per message, so the database's latency does not
     * cap the sending rate: candidates are read, then leased with one updateMany whose filter re-checks that
     * each is still claimable (every document's update is atomic, so of two dispatchers racing for a message
     * exactly one leases it), then the ones this call leased are read back by owner and lease expiry.
     */
    async claimMany({ owner, now, leaseMs, limit = 1, excludeRecipients = [] }: ClaimInput): Promise<OutboxMessageRecord[]> {
      const due = { state: { $in: [...CLAIMABLE_STATES] }, notBefore: { $lte: now } };
      const candidates = await OutboxMessage.find(
        { ...due, ...(excludeRecipients.length > 0 ? { recipient: { $nin: [...excludeRecipients] } } : {}) },
        { _id: 1, recipient: 1 },
      )
        .sort({ notBefore: 1 })
        .limit(limit * 2)
        .lean();
      const chats = new Set<number>();
      const ids: Types.ObjectId[] = [];
      for (const candidate of candidates) {
        if (ids.length === limit || chats.has(candidate.recipient)) continue;
        chats.add(candidate.recipient);
        ids.push(candidate._id);
      }
      if (ids.length === 0) return [];
      const until = new Date(now.getTime() + leaseMs);
      await OutboxMessage.updateMany(
        { _id: { $in: ids }, ...due },
        { $set: { state: "sending", lease: { owner, until }, notBefore: until }, $inc: { attempts: 1 } },
      );
      const leased = await OutboxMessage.find({ _id: { $in: ids }, state: "sending", "lease.owner": owner, "lease.until": until }).lean();
      const order = new Map(ids.map((id, index) => [String(id), index]));
      return leased.sort((a, b) => order.get(String(a._id))! - order.get(String(b._id))!);
    },

    /**
     * Leases to `owner` the other due messages of `recipient` and `kind` (a grouped delivery: see GROUPED_REMINDER_KINDS),
     * oldest first, at most `limit`. Like claimMany: each document's update re-checks that it is still claimable, so of two
     * dispatchers racing for a document exactly one leases it; a crashed sender's group is taken over once its leases expire.
     */
    async claimGroup({ owner, now, leaseMs, recipient, kind, limit = 200 }: GroupClaimInput): Promise<OutboxMessageRecord[]> {
      const due = { recipient, kind, state: { $in: [...CLAIMABLE_STATES] }, notBefore: { $lte: now } };
      const candidates = await OutboxMessage.find(due, { _id: 1 }).sort({ notBefore: 1 }).limit(limit).lean();
      if (candidates.length === 0) return [];
      const ids = candidates.map((candidate) => candidate._id);
      const until = new Date(now.getTime() + leaseMs);
      await OutboxMessage.updateMany(
        { _id: { $in: ids }, ...due },
        { $set: { state: "sending", lease: { owner, until }, notBefore: until }, $inc: { attempts: 1 } },
      );
      return OutboxMessage.find({ _id: { $in: ids }, state: "sending", "lease.owner": owner, "lease.until": until })
        .sort({ createdAt: 1 })
        .lean();
    },

    /** Ends `owner`'s lease on message `id` with `completion`; false if the lease was no longer theirs. */
    async complete(id: Types.ObjectId, owner: string, completion: OutboxCompletion): Promise<boolean> {
      const guard = { _id: id, state: "sending" as const, "lease.owner": owner };
      let update;
      switch (completion.state) {
        case "sent":
          update = {
            $set: { state: "sent", lease: null, sentAt: completion.at, telegramMessageId: completion.telegramMessageId },
          };
          break;
        case "blocked":
        case "failed":
          update = { $set: { state: completion.state, lease: null, lastError: completion.error } };
          break;
        case "pending":
          update = {
            $set: {
              state: "pending",
              lease: null,
              notBefore: completion.notBefore,
              ...(completion.error !== undefined ? { lastError: completion.error } : {}),
            },
            ...(completion.countAttempt ? {} : { $inc: { attempts: -1 } }),
          };
          break;
      }
      const result = await OutboxMessage.updateOne(guard, update);
      return result.modifiedCount === 1;
    },

    async findByDedupeKey(dedupeKey: string): Promise<OutboxMessageRecord | null> {
      return OutboxMessage.findOne({ dedupeKey }).lean();
    },

    /** The messages of `ref` (e.g. a broadcast's copies), optionally only those in `states`: who, state, last error. */
    async listByRef(
      ref: string,
      states?: readonly OutboxState[],
    ): Promise<Pick<OutboxMessageRecord, "recipientTelegramId" | "state" | "lastError" | "dedupeKey">[]> {
      return OutboxMessage.find(
        { ref, ...(states ? { state: { $in: [...states] } } : {}) },
        { _id: 0, recipientTelegramId: 1, state: 1, lastError: 1, dedupeKey: 1 },
      ).lean();
    },

    /** Retention: deletes messages in a final state last changed before `before`, except those of `exceptKinds`. */
    async deleteFinalBefore(before: Date, exceptKinds: readonly string[]): Promise<number> {
      const filter = { state: { $in: [...FINAL_STATES] }, updatedAt: { $lt: before }, kind: { $nin: [...exceptKinds] } };
      // Counted first: the stand-in under-reports deletedCount of this deleteMany (3 deleted, 2 reported).
      const count = await OutboxMessage.countDocuments(filter);
      await OutboxMessage.deleteMany(filter);
      return count;
    },

    /** Retention: id and ref of the messages of `kinds` in a final state last changed before `before`. */
    async listFinalBefore(before: Date, kinds: readonly string[]): Promise<Pick<OutboxMessageRecord, "_id" | "ref">[]> {
      return OutboxMessage.find(
        { state: { $in: [...FINAL_STATES] }, updatedAt: { $lt: before }, kind: { $in: [...kinds] } },
        { _id: 1, ref: 1 },
      ).lean();
    },

    async deleteByIds(ids: readonly Types.ObjectId[]): Promise<number> {
      let deleted = 0;
      // Small `$in` chunks: the stand-in's cost per chunk is size² (see LOOKUP_CHUNK in reminder-facts.repository.ts).
      for (let i = 0; i < ids.length; i += 250)
        deleted += (await OutboxMessage.deleteMany({ _id: { $in: ids.slice(i, i + 250) } })).deletedCount;
      return deleted;
    },

    /** Messages not yet in a final state (waiting, or being sent): the outbox depth. */
    async countUnfinished(): Promise<number> {
      return OutboxMessage.countDocuments({ state: { $in: ["pending", "sending"] } });
    },

    /** How many messages of `ref` (e.g. a broadcast) are in each state. */
    async progress(ref: string): Promise<Record<OutboxState, number>> {
      const counts = Object.fromEntries(OUTBOX_STATES.map((state) => [state, 0])) as Record<OutboxState, number>;
      const groups = await OutboxMessage.aggregate<{ _id: OutboxState; n: number }>([
        { $match: { ref } },
        { $group: { _id: "$state", n: { $sum: 1 } } },
      ]);
      for (const group of groups) counts[group._id] = group.n;
      return counts;
    },
  };
}
