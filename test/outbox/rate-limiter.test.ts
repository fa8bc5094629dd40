import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRateLimiter } from "../../src/services/outbox/rate-limiter.js";
import { maxInWindow, minChatInterval, type FakeCall } from "./support.js";

describe("rate limiter (Telegram bot FAQ: ≤ N messages in any second, ≤ 1 per second per chat)", () => {
  it("lets N sends start at once, then the next only one window after the first completed", () => {
    const limiter = createRateLimiter({ globalPerSecond: 3, perChatMinIntervalMs: 1000 });
    const tickets = [1, 2, 3].map((chat) => {
      expect(limiter.waitMs(0)).toBe(0);
      return limiter.begin(chat, 0);
    });
    expect(limiter.waitMs(0)).toBe(Infinity); // all slots in flight
    tickets[0]!.done(40);
    expect(limiter.waitMs(40)).toBe(1000);
    expect(limiter.waitMs(1040)).toBe(0);
    expect(() => limiter.begin(4, 1039)).toThrow(/no free slot/);
    tickets[1]!.cancel(); // nothing was sent: the slot is free at once
    expect(limiter.waitMs(41)).toBe(0);
  });

  it("a chat is busy while its send is in flight and for the interval after it completed", () => {
    const limiter = createRateLimiter({ globalPerSecond: 30, perChatMinIntervalMs: 1000 });
    const ticket = limiter.begin(7, 0);
    expect(limiter.busyChats(0)).toEqual([7]);
    expect(limiter.chatWaitMs(0)).toBe(Infinity);
    ticket.done(100);
    expect(limiter.busyChats(500)).toEqual([7]);
    expect(limiter.chatWaitMs(500)).toBe(600);
    expect(limiter.busyChats(1100)).toEqual([]);
    expect(limiter.chatWaitMs(1100)).toBe(0);
  });

  it("a pause holds every send until it ends; a later, shorter pause does not shorten it", () => {
    const limiter = createRateLimiter({ globalPerSecond: 30, perChatMinIntervalMs: 1000 });
    limiter.pause(5000);
    limiter.pause(2000);
    expect(limiter.waitMs(1000)).toBe(4000);
    expect(limiter.waitMs(5000)).toBe(0);
  });

  it("whatever the network delays, Telegram never receives more than N in a second or 2 per chat in a second (property)", () => {
    const step = fc.record({
      advance: fc.integer({ min: 0, max: 400 }),
      chat: fc.integer({ min: 1, max: 6 }),
      // Where inside [start, completion] Telegram receives it, and how long the call takes.
      arrival: fc.double({ min: 0, max: 1, noNaN: true }),
      duration: fc.integer({ min: 0, max: 1500 }),
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.array(step, { minLength: 1, maxLength: 300 }), (perSecond, steps) => {
        const limiter = createRateLimiter({ globalPerSecond: perSecond, perChatMinIntervalMs: 1000 });
        const received: FakeCall[] = [];
        const inFlight: Array<{ completesAt: number; done: (at: number) => void }> = [];
        let now = 0;
        for (const s of steps) {
          now += s.advance;
          for (const flight of inFlight.filter((f) => f.completesAt <= now)) flight.done(flight.completesAt);
          inFlight.splice(0, inFlight.length, ...inFlight.filter((f) => f.completesAt > now));
          if (limiter.waitMs(now) > 0 || limiter.busyChats(now).includes(s.chat)) continue;
          const ticket = limiter.begin(s.chat, now);
          const completesAt = now + s.duration;
          received.push({ at: now + s.arrival * s.duration, chatId: s.chat, method: "sendMessage", payload: {}, outcome: "ok" });
          inFlight.push({ completesAt, done: (at) => ticket.done(at) });
        }
        expect(maxInWindow(received.map((r) => r.at))).toBeLessThanOrEqual(perSecond);
        expect(minChatInterval(received)).toBeGreaterThanOrEqual(1000);
      }),
      { numRuns: 300 },
    );
  });
});
