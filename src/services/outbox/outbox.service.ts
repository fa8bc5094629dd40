import { z } from "zod";
import { outboxPayloadSchema } from "../../domain/delivery/outbox-payload.js";
import type { Persistence } from "../../persistence/create-persistence.js";
import type { InsertManyResult, NewOutboxMessage } from "../../persistence/repositories/outbox.repository.js";

const telegramId = z.number().int().refine(Number.isSafeInteger, "must be a safe integer");

const outboxMessageInputSchema = z.object({
  /** Telegram chat id to send to (for a person: their user id). */
  recipient: telegramId,
  /** The person's Telegram user id (language, unreachable mark); defaults to `recipient`. */
  recipientTelegramId: telegramId.optional(),
  kind: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, "must be a short kebab-case name"),
  ref: z.string().min(1).max(200).optional(),
  payload: outboxPayloadSchema,
  /** Same key = same message: enqueuing it again changes nothing. */
  dedupeKey: z.string().min(1).max(300),
  /** Not sent before this time (scheduled messages); default now. */
  notBefore: z.date().optional(),
});
export type OutboxMessageInput = z.input<typeof outboxMessageInputSchema>;

/** A message the outbox refused to store (a programming error in the caller, not user input). */
export class OutboxInputError extends Error {
  override readonly name = "OutboxInputError";
}

interface OutboxDeps {
  db: Persistence;
  now: () => Date;
}

/**
 * Enqueues notifications and announcements. Every message is stored before it is sent; the dispatcher
 * (createDispatcher) sends it later at Telegram's rate. Idempotent by dedupe key.
 */
export function createOutbox({ db, now }: OutboxDeps) {
  function prepare(input: OutboxMessageInput, at: Date): NewOutboxMessage {
    const parsed = outboxMessageInputSchema.safeParse(input);
    if (!parsed.success) throw new OutboxInputError(`outbox message ${JSON.stringify(input.dedupeKey)}: ${z.prettifyError(parsed.error)}`);
    const message = parsed.data;
    return {
      recipient: message.recipient,
      recipientTelegramId: message.recipientTelegramId ?? message.recipient,
      kind: message.kind,
      ref: message.ref ?? null,
      payload: message.payload,
      dedupeKey: message.dedupeKey,
      notBefore: message.notBefore ?? at,
    };
  }

  return {
    /** Stores one message; false if its dedupe key was already enqueued (nothing changes then). */
    async enqueue(input: OutboxMessageInput): Promise<boolean> {
      const at = now();
      return (await db.outbox.insertMany([prepare(input, at)], at)).inserted === 1;
    },

    /** Stores many messages in bulk; those already enqueued (same dedupe key) are counted as duplicates. All are validated first. */
    async enqueueMany(inputs: readonly OutboxMessageInput[]): Promise<InsertManyResult> {
      const at = now();
      const messages = inputs.map((input) => prepare(input, at));
      return db.outbox.insertMany(messages, at);
    },
  };
}
export type Outbox = ReturnType<typeof createOutbox>;
