import { GrammyError, HttpError } from "grammy";

/** What a failed send means for the message. */
type SendFailure = { kind: "rate-limited"; retryAfterMs: number } | { kind: "blocked" | "permanent" | "transient"; error: string };

/** Name and code of an error, without its message. */
function errorKind(error: unknown): string {
  const { name, code } = (typeof error === "object" && error !== null ? error : {}) as { name?: unknown; code?: unknown };
  return [name, code].filter((part) => typeof part === "string" || typeof part === "number").join(" ") || "unknown error";
}

/** A short error text for logs and `lastError`. */
export function describeError(error: unknown): string {
  return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 500);
}

/**
 * The same for a failed Bot API call, which must never quote the token: a network error's message often holds the
 * request URL (`…/bot<token>/sendMessage`), so only grammY's sanitised texts and the error's name and code are kept.
 */
function describeSendError(error: unknown): string {
  if (error instanceof GrammyError) return `${error.error_code}: ${error.description}`.slice(0, 500);
  if (error instanceof HttpError) return `${error.message} (${errorKind(error.error)})`;
  return errorKind(error);
}

/** Telegram's answer → what to do (Bot API error codes; grammY throws GrammyError for them, HttpError for network failures). */
export function classifySendError(error: unknown): SendFailure {
  if (error instanceof GrammyError) {
    if (error.error_code === 429) return { kind: "rate-limited", retryAfterMs: Math.max(1, error.parameters.retry_after ?? 1) * 1000 };
    // 403: the user blocked the bot, deleted their account, or never started it.
    if (error.error_code === 403) return { kind: "blocked", error: describeSendError(error) };
    if (error.error_code >= 500) return { kind: "transient", error: describeSendError(error) };
    // 400 chat not found, bad request (markup, length), 401/404: sending again would fail the same way.
    return { kind: "permanent", error: describeSendError(error) };
  }
  // HttpError (network, timeout) and anything unexpected: try again later.
  return { kind: "transient", error: describeSendError(error) };
}
