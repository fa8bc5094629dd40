import { createHash, timingSafeEqual } from "node:crypto";
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { z } from "zod";
import type { Update } from "grammy/types";
import type { Logger } from "../logging/logger.js";
import type { Metrics, RefusedReason } from "./metrics.js";
import { refuse } from "./refuse.js";

export interface WebhookRouteOptions {
  /** The path of WEBHOOK_URL. */
  path: string;
  secret: string;
  /** Handles one update; throws when it could not be handled. */
  handle(update: Update): Promise<void>;
  /** Errors worth a redelivery (database unavailable): answered 503 so Telegram sends the update again later. */
  isTransient(error: unknown): boolean;
  logger: Logger;
  metrics: Pick<Metrics, "countRefusedRequest">;
  /** Largest accepted body (default 1 MB; Telegram's updates are far smaller). */
  maxBodyBytes?: number;
}

const updateSchema = z
  .looseObject({ update_id: z.number().int().nonnegative() })
  .refine((value) => Object.entries(value).some(([key, part]) => key !== "update_id" && typeof part === "object" && part !== null));

const digest = (text: string): Buffer => createHash("sha256").update(text).digest();

/** The secret token header compared in constant time (both sides hashed, so lengths do not leak either). */
function hasSecret(header: string | undefined, secret: string): boolean {
  return timingSafeEqual(digest(header ?? ""), digest(secret)) && header !== undefined;
}

/**
 * Telegram's webhook: POST with the secret token header and a JSON update of at most 1 MB. A malformed body is
 * answered 200 and logged at debug (a 4xx/5xx would make Telegram send it again forever); 503 is kept for transient
 * failures that a redelivery can fix.
 */
export function webhookRoute(options: WebhookRouteOptions): Hono {
  const maxSize = options.maxBodyBytes ?? 1024 * 1024;
  const turnAway = (c: Context, status: 401 | 405 | 413 | 415, reason: RefusedReason): Response => {
    options.metrics.countRefusedRequest(reason);
    options.logger.debug({ status, reason, method: c.req.method }, "webhook request refused");
    return refuse(c, status);
  };
  const limit = bodyLimit({ maxSize, onError: (c) => turnAway(c, 413, "too_large") });
  return new Hono().all("*", async (c, next) => {
    if (c.req.path !== options.path) return next();
    if (c.req.method !== "POST") {
      c.header("allow", "POST");
      return turnAway(c, 405, "method");
    }
    if (!hasSecret(c.req.header("x-telegram-bot-api-secret-token"), options.secret)) return turnAway(c, 401, "unauthorized");
    if (!/^application\/json\b/i.test(c.req.header("content-type") ?? "")) return turnAway(c, 415, "media_type");
    let answer: Response | undefined;
    const refused = await limit(c, async () => {
      answer = await accept(c, options);
    });
    return answer ?? refused ?? c.res;
  });
}

async function accept(c: Context, options: WebhookRouteOptions): Promise<Response> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    body = undefined;
  }
  const parsed = updateSchema.safeParse(body);
  if (!parsed.success) {
    options.metrics.countRefusedRequest("malformed_update");
    options.logger.debug("webhook body is not a Telegram update; acknowledged so it is not sent again");
    return c.body(null, 200);
  }
  const update = parsed.data as unknown as Update;
  try {
    await options.handle(update);
  } catch (error) {
    if (options.isTransient(error)) {
      options.logger.warn({ updateId: update.update_id }, "update not handled (database unavailable); Telegram will send it again");
      c.header("retry-after", "5");
      return c.body(null, 503);
    }
    options.logger.error({ updateId: update.update_id, err: (error as Error)?.message }, "update failed");
  }
  return c.body(null, 200);
}
