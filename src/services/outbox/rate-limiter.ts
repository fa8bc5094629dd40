/** Limits the dispatcher keeps to; validated by `createDispatcher`. */
interface RateLimits {
  /** Messages per second overall (Telegram: at most 30). */
  globalPerSecond: number;
  /** Minimum time between two messages to one chat (Telegram: 1 s). */
  perChatMinIntervalMs: number;
}

/** A send that holds a slot: `done` when Telegram answered (the slot frees a window later), `cancel` if nothing was sent. */
export interface RateTicket {
  done(completedAt: number): void;
  cancel(): void;
}

/**
 * Telegram's limits as its servers count them: never more than `globalPerSecond` messages in ANY window of
 * `windowMs`, never two messages to one chat within `perChatMinIntervalMs`, and a pause after a 429.
 *
 * A window is measured from the moment a send COMPLETED (the latest moment Telegram can have counted it) to
 * the moment the next one STARTS (the earliest it can count that one), so network jitter can never squeeze
 * one message too many into one of Telegram's windows: each of the N slots is busy while its send is in
 * flight and for one window after it.
 *
 * Why not @grammyjs/transformer-throttler: its global limit is a Bottleneck reservoir refilled every 1000 ms,
 * i.e. fixed windows (30 at the end of one and 30 at the start of the next are 60 within one second: the
 * benchmark's strict fake API answers 429); its queue lives in one process's memory (lost on a crash, not
 * shared with a second instance); and it would make a claimed outbox document wait inside the API call.
 * Here the dispatcher asks "may I send now?" before it claims anything.
 */
export function createRateLimiter(limits: RateLimits, windowMs = 1000) {
  const slots = new Array<number>(limits.globalPerSecond).fill(-Infinity);
  /** chat id → when it may receive again (Infinity while a send to it is in flight). */
  const chats = new Map<number, number>();
  let pausedUntil = -Infinity;

  return {
    /** Milliseconds until a send may start: 0 now, Infinity while every slot has a send in flight. */
    waitMs(now: number): number {
      return Math.max(0, pausedUntil - now, Math.min(...slots) - now);
    },

    /** Chats that may not receive a message now. */
    busyChats(now: number): number[] {
      const busy: number[] = [];
      for (const [chat, until] of chats) {
        if (until <= now) chats.delete(chat);
        else busy.push(chat);
      }
      return busy;
    },

    /** Milliseconds until the first busy chat may receive again: 0 when none is busy, Infinity while all are in flight. */
    chatWaitMs(now: number): number {
      let first = Infinity;
      for (const until of chats.values()) first = Math.min(first, until);
      return chats.size === 0 ? 0 : Math.max(0, first - now);
    },

    /** Takes a slot for a send to `chat`; call only when `waitMs(now)` is 0 and `chat` is not busy. */
    begin(chat: number, now: number): RateTicket {
      const free = Math.min(...slots);
      if (free > now || pausedUntil > now) throw new Error("rate limiter: no free slot (call waitMs first)");
      const index = slots.indexOf(free);
      const previousChat = chats.get(chat);
      slots[index] = Infinity;
      chats.set(chat, Infinity);
      let settled = false;
      return {
        done(completedAt: number) {
          if (settled) return;
          settled = true;
          slots[index] = completedAt + windowMs;
          chats.set(chat, completedAt + limits.perChatMinIntervalMs);
        },
        cancel() {
          if (settled) return;
          settled = true;
          slots[index] = free;
          if (previousChat === undefined) chats.delete(chat);
          else chats.set(chat, previousChat);
        },
      };
    },

    /** Nothing may be sent before `until` (a 429's retry_after; a new leader's first window). */
    pause(until: number): void {
      pausedUntil = Math.max(pausedUntil, until);
    },

    pausedUntil(): number {
      return pausedUntil;
    },
  };
}
export type RateLimiter = ReturnType<typeof createRateLimiter>;
