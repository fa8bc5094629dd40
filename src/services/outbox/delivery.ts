import type { Message } from "grammy/types";
import type { Locale } from "../../config/config.js";
import { retryDelayMs } from "../../domain/delivery/outbox.js";
import { groupedKind } from "../../domain/delivery/grouped-kinds.js";
import type { OutboxButton } from "../../domain/delivery/outbox-payload.js";
import type { Logger } from "../../logging/logger.js";
import type { OutboxMessageRecord } from "../../persistence/models/outbox-message.model.js";
import type { OutboxCompletion } from "../../persistence/repositories/outbox.repository.js";
import { DISPATCHER_LOCK, type DeliveryOutcome, type DispatcherDeps, type DispatcherOptions } from "./dispatcher-options.js";
import { prepareGroupedDelivery } from "./grouped-delivery.js";
import type { RateLimiter, RateTicket } from "./rate-limiter.js";
import { classifySendError, describeError } from "./send-errors.js";

/** One send: the documents it carries, those left for the next one, those failed while rendering. */
interface Composed {
  docs: OutboxMessageRecord[];
  rest: OutboxMessageRecord[];
  broken: { doc: OutboxMessageRecord; error: string }[];
  /** Absent when nothing is left to send. */
  send?: () => Promise<Message>;
}

interface DeliveryDeps extends Pick<DispatcherDeps, "db" | "api" | "render" | "localeOf" | "now"> {
  options: DispatcherOptions;
  owner: string;
  limiter: RateLimiter;
  log: Logger;
  /** After a 429: gives back the messages claimed ahead (they must wait like everything else). */
  releaseClaimedAhead: () => Promise<void>;
}

/**
 * The send-and-classify step of the dispatcher: renders one claimed message (with its group), sends it, and records
 * what Telegram answered. 429 pauses ALL sending for retry_after; 403 → `blocked` and the user is marked unreachable;
 * 400 and other client errors → `failed`; 5xx and network errors → retried with exponential backoff, then `failed`.
 */
export function createDelivery(deps: DeliveryDeps) {
  const { db, api, render, localeOf, now, options, owner, limiter, log } = deps;

  /** The Bot API call that sends `text` with `doc`'s buttons and media, rendered in `locale` (throws on a render error). */
  function prepare(
    doc: OutboxMessageRecord,
    locale: Locale,
    text: string = render(locale, doc.payload),
    buttons: OutboxButton[][] | undefined = doc.payload.keyboard,
  ): () => Promise<Message> {
    const { payload } = doc;
    const keyboard = buttons?.map((row) =>
      row.map((button) => {
        const label = render(locale, { key: button.key, params: button.params });
        return button.url !== undefined ? { text: label, url: button.url } : { text: label, callback_data: button.callbackData ?? "" };
      }),
    );
    const other = {
      ...(payload.parseMode ? { parse_mode: payload.parseMode } : {}),
      ...(keyboard ? { reply_markup: { inline_keyboard: keyboard } } : {}),
    };
    const { photoFileId, documentFileId } = payload;
    if (photoFileId !== undefined) return () => api.sendPhoto(doc.recipient, photoFileId, { ...other, caption: text });
    if (documentFileId !== undefined) return () => api.sendDocument(doc.recipient, documentFileId, { ...other, caption: text });
    return () => api.sendMessage(doc.recipient, text, other);
  }

  async function complete(doc: OutboxMessageRecord, completion: OutboxCompletion, outcome: DeliveryOutcome): Promise<DeliveryOutcome> {
    const done = await db.outbox.complete(doc._id, owner, completion);
    if (!done) log.warn({ id: String(doc._id), outcome }, "outbox: the message's lease had passed to another dispatcher");
    return outcome;
  }

  /** Ends the leases of every document of one send the same way; the outcome is the first one's. */
  async function completeAll(
    docs: readonly OutboxMessageRecord[],
    completion: OutboxCompletion,
    outcome: DeliveryOutcome,
  ): Promise<DeliveryOutcome> {
    await Promise.all(docs.map((doc) => complete(doc, completion, outcome)));
    return outcome;
  }

  function retryLater(doc: OutboxMessageRecord, error: string): Promise<DeliveryOutcome> {
    if (doc.attempts >= options.maxAttempts) {
      log.warn({ id: String(doc._id), kind: doc.kind, attempts: doc.attempts, error }, "outbox: giving up");
      return complete(doc, { state: "failed", error }, "failed");
    }
    const notBefore = new Date(now().getTime() + retryDelayMs(doc.attempts, options.retryBaseMs, options.retryMaxMs));
    return complete(doc, { state: "pending", error, notBefore, countAttempt: true }, "retry");
  }

  /** Each document as if it had been sent alone: retried with its own backoff, or failed after its own attempts. */
  async function retryAllLater(docs: readonly OutboxMessageRecord[], error: string): Promise<DeliveryOutcome> {
    const [first = "retry"] = await Promise.all(docs.map((doc) => retryLater(doc, error)));
    return first;
  }

  /**
   * The documents one send carries: the leased one alone, or — for a grouped kind (GROUPED_REMINDER_KINDS, GROUPED_NOTICE_KINDS) — with
   * every other due document of the same recipient and kind, leased now to this dispatcher (those that expired
   * during every attempt are failed here, as alone).
   */
  async function gather(doc: OutboxMessageRecord): Promise<OutboxMessageRecord[]> {
    if (!groupedKind(doc.kind)) return [doc];
    const claimed = await db.outbox.claimGroup({ owner, now: now(), leaseMs: options.leaseMs, recipient: doc.recipient, kind: doc.kind });
    const exhausted = claimed.filter((other) => other.attempts > options.maxAttempts);
    await completeAll(exhausted, { state: "failed", error: "lease expired during every attempt" }, "failed");
    return [doc, ...claimed.filter((other) => other.attempts <= options.maxAttempts)];
  }

  /**
   * Renders one send in `locale` (throws on a render error). A group of one is sent as before, in the reminder's
   * own words; a group lists the documents that fit in one message (`docs`), leaves the others for the next one
   * (`rest`) and fails those whose line cannot be rendered (`broken`), as alone.
   */
  function compose(group: readonly OutboxMessageRecord[], locale: Locale): Composed {
    const [lead] = group;
    if (!lead) return { docs: [], rest: [], broken: [] };
    if (group.length === 1) return { docs: [lead], rest: [], broken: [], send: prepare(lead, locale) };
    const listed = prepareGroupedDelivery(group, locale, render);
    const first = listed.included[0];
    return {
      docs: listed.included,
      rest: listed.rest,
      broken: listed.broken,
      ...(first ? { send: prepare(first, locale, listed.text, listed.keyboard) } : {}),
    };
  }

  /** Renders and groups `doc`'s send, or records its outcome at once when there is nothing to send. */
  async function composeFor(doc: OutboxMessageRecord, ticket: RateTicket): Promise<Composed | DeliveryOutcome> {
    if (doc.attempts > options.maxAttempts) {
      // Its lease expired during every attempt (a sender crashing on it): stop here.
      ticket.cancel();
      return complete(doc, { state: "failed", error: "lease expired during every attempt" }, "failed");
    }
    let locale: Locale;
    try {
      locale = await localeOf(doc.recipientTelegramId);
    } catch (error) {
      ticket.cancel();
      return retryLater(doc, describeError(error));
    }
    const group = await gather(doc);
    try {
      return compose(group, locale);
    } catch (error) {
      ticket.cancel();
      return completeAll(group, { state: "failed", error: describeError(error) }, "failed");
    }
  }

  async function attempt(doc: OutboxMessageRecord, ticket: RateTicket): Promise<DeliveryOutcome> {
    const composed = await composeFor(doc, ticket);
    if (typeof composed === "string") return composed;
    const { docs, rest, broken, send } = composed;
    await Promise.all(broken.map(({ doc: other, error }) => complete(other, { state: "failed", error }, "failed")));
    if (!send) {
      ticket.cancel();
      return "failed";
    }
    if (docs.length + rest.length > 1) log.debug({ kind: doc.kind, listed: docs.length, left: rest.length }, "outbox: grouped delivery");
    /** Documents left for the next message go back untouched, due at once (the chat's interval still applies). */
    const giveBack = (notBefore: Date) =>
      Promise.all(rest.map((other) => complete(other, { state: "pending", notBefore, countAttempt: false }, "retry")));
    let message: Message;
    try {
      message = await send();
    } catch (error) {
      ticket.done(now().getTime());
      const failure = classifySendError(error);
      switch (failure.kind) {
        case "rate-limited": {
          const until = new Date(now().getTime() + failure.retryAfterMs);
          limiter.pause(until.getTime());
          log.warn({ retryAfterMs: failure.retryAfterMs }, "outbox: Telegram asked to slow down (429); all sending paused");
          await db.leases.pause(DISPATCHER_LOCK, owner, until);
          await deps.releaseClaimedAhead();
          await giveBack(until);
          return completeAll(docs, { state: "pending", error: "429", notBefore: until, countAttempt: false }, "rate-limited");
        }
        case "blocked":
          await db.users.markUnreachable(doc.recipientTelegramId, now());
          // The person blocked the bot: nothing else to them can be delivered either.
          return completeAll([...docs, ...rest], { state: "blocked", error: failure.error }, "blocked");
        case "permanent":
          await giveBack(now());
          return completeAll(docs, { state: "failed", error: failure.error }, "failed");
        case "transient":
          await giveBack(now());
          return retryAllLater(docs, failure.error);
      }
    }
    ticket.done(now().getTime());
    await giveBack(now());
    return completeAll(docs, { state: "sent", telegramMessageId: message.message_id, at: now() }, "sent");
  }

  return {
    /** Never rejects: a database failure while recording leaves the message leased; it is claimed again when the lease expires. */
    async deliver(doc: OutboxMessageRecord, ticket: RateTicket): Promise<DeliveryOutcome> {
      try {
        return await attempt(doc, ticket);
      } catch (error) {
        ticket.cancel();
        log.error(
          { id: String(doc._id), err: describeError(error) },
          "outbox: could not record a delivery; it will be retried after its lease",
        );
        return "retry";
      }
    },
  };
}
