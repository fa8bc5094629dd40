import type { MiddlewareFn } from "grammy";
import { limit } from "@grammyjs/ratelimiter";
import type { Locale } from "../../config/config.js";
import type { AppServices } from "../../services/app-services.js";
import type { PrivateContext } from "../context.js";
import { localeFromTelegram } from "../i18n.js";

export interface FloodControlOptions {
  /** Updates one person may send per `windowMs` (default 10 per 10 s); the rest are dropped until the window ends. */
  limit?: number;
  windowMs?: number;
  /** The person is told at most once per this long (default 60 s). */
  noticeEveryMs?: number;
  /** Milliseconds; tests pass a virtual clock. */
  now?: () => number;
}

/**
 * The ratelimiter plugin's store contract (its Redis store takes any client with `incr` and `pexpire`): counts per
 * key that expire on the given clock, so the window is testable without waiting.
 */
function createClockStore(now: () => number) {
  const counts = new Map<string, { hits: number; until: number }>();
  return {
    incr(key: string): Promise<number> {
      const at = now();
      for (const [other, entry] of counts) if (entry.until <= at) counts.delete(other);
      const entry = counts.get(key) ?? { hits: 0, until: Infinity };
      entry.hits++;
      counts.set(key, entry);
      return Promise.resolve(entry.hits);
    },
    pexpire(key: string, ms: number): Promise<number> {
      const entry = counts.get(key);
      if (entry) entry.until = now() + ms;
      return Promise.resolve(entry ? 1 : 0);
    },
  };
}

/**
 * Per-person flood control (`@grammyjs/ratelimiter`), placed before anything that reads the database: beyond the
 * limit an update is dropped at once, so a flooder's backlog drains in milliseconds and queues behind nobody; other
 * people are counted apart. A pressed button is always answered (or the client's spinner keeps turning); the person
 * is told once per `noticeEveryMs`, in their language, to slow down.
 */
export function floodControl(
  services: Pick<AppServices, "i18n" | "users" | "config" | "logger">,
  options: FloodControlOptions = {},
): MiddlewareFn<PrivateContext> {
  const now = options.now ?? (() => Date.now());
  const noticeEveryMs = options.noticeEveryMs ?? 60_000;
  /** Who was told, until when, and in which language (a flooder's further buttons cost no database read). */
  const noticed = new Map<number, { until: number; locale: Locale }>();

  async function localeOf(ctx: PrivateContext): Promise<Locale> {
    const stored = await services.users.language(ctx.from.id).catch(() => null);
    return stored ?? localeFromTelegram(ctx.from.language_code) ?? services.config.defaultLocale;
  }

  async function answer(ctx: PrivateContext): Promise<void> {
    const at = now();
    for (const [person, { until }] of noticed) if (until <= at) noticed.delete(person);
    let notice = noticed.get(ctx.from.id);
    const tell = notice === undefined;
    if (!notice) {
      notice = { until: at + noticeEveryMs, locale: await localeOf(ctx) };
      noticed.set(ctx.from.id, notice);
      services.logger.info("flood control: a person exceeded the update limit; their updates are dropped for a while");
    }
    const text = services.i18n.t(notice.locale, "flood-slow-down");
    // A cosmetic answer: an expired query must not turn a dropped update into an error.
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text }).catch(() => undefined);
    else if (tell) await ctx.reply(text);
  }

  const windowMs = options.windowMs ?? 10_000;
  /** Updates the plugin refused; answered after it returns, so the answer is awaited inside the update. */
  const refused = new WeakSet<PrivateContext>();
  const limiter = limit<PrivateContext, ReturnType<typeof createClockStore>>({
    timeFrame: windowMs,
    limit: options.limit ?? 10,
    storageClient: createClockStore(now),
    keyGenerator: (ctx) => String(ctx.from.id),
    keyPrefix: "flood:",
    alwaysReply: true,
    onLimitExceeded: (ctx) => {
      refused.add(ctx);
    },
  });
  /**
   * An album arrives as one update per photo (up to ten, one `media_group_id`) from a single send: it counts as one
   * update, so an album in the evidence step neither trips the limit nor pushes the next button press over it. The
   * first item decides for the whole album; the rest follow it (admitted or dropped) without being counted.
   */
  const albums = new Map<string, { until: number; admitted: Promise<boolean> }>();
  return async (ctx, next) => {
    const group = ctx.message?.media_group_id;
    if (group === undefined) {
      await limiter(ctx, next);
    } else {
      const at = now();
      for (const [key, album] of albums) if (album.until <= at) albums.delete(key);
      const key = `${ctx.from.id}:${group}`;
      const seen = albums.get(key);
      if (seen) {
        // Album items may be handled concurrently: wait for the first item's verdict, not for its handling.
        if (await seen.admitted) await next();
        return;
      }
      let decide: (admitted: boolean) => void = () => undefined;
      const admitted = new Promise<boolean>((resolve) => (decide = resolve));
      albums.set(key, { until: at + windowMs, admitted });
      try {
        await limiter(ctx, () => {
          decide(true);
          return next();
        });
      } finally {
        decide(false);
      }
    }
    if (refused.has(ctx)) await answer(ctx);
  };
}
