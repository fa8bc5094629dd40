import { Api } from "grammy";
import { createTelegramFetch } from "../bot/telegram-transport.js";

/**
 * The dispatcher's Bot API client, on the same transport as every other call (`createTelegramFetch`) with its
 * waits and retries turned off: a 429 waited inside the call would hold a rate slot while other sends go on, and a
 * 5xx retried there would be retried again behind the outbox's back (the dispatcher classifies both itself). The
 * request timeout stays well inside a message's lease (`timeoutSeconds` < leaseMs / 3), so a hung request is
 * retried instead of outliving its lease.
 */
export function createOutboxApi(
  token: string,
  options: { apiRoot?: string | undefined; timeoutSeconds?: number; fetch?: typeof fetch } = {},
): Api {
  const transport = createTelegramFetch(options.fetch ?? fetch, { maxRateLimitWaitMs: 0, serverErrorRetries: 0 });
  return new Api(token, {
    timeoutSeconds: options.timeoutSeconds ?? 10,
    fetch: transport,
    ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}),
  });
}
