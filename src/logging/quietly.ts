import type { Logger } from "./logger.js";

interface QuietlyOptions {
  /** Why a failure here changes nothing, as a log message ("answer the button's spinner"). */
  reason: string;
  /**
   * Where the failure is noted. Absent inside a scene: a conversation replays its handler on every update, so a
   * log line there would repeat, while the Bot API error itself is recorded once and replayed identically.
   */
  log?: Pick<Logger, "debug" | "warn"> | undefined;
}

/** A Bot API refusal (4xx: "message is not modified", a query too old to answer) or an aborted wait: expected. */
function expected(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { error_code: code, name } = error as { error_code?: unknown; name?: unknown };
  return (typeof code === "number" && code < 500) || name === "AbortError";
}

function describe(error: unknown): string {
  return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 300);
}

/**
 * Runs a call whose failure changes nothing (answering a spinner, removing a keyboard, a chat action, an aborted
 * wait) and never rejects. A failure is logged with its reason: at debug when it is an expected refusal, at warn
 * otherwise (a network error, a bug).
 */
export async function quietly(call: () => Promise<unknown>, options: QuietlyOptions): Promise<void> {
  try {
    await call();
  } catch (error) {
    if (!options.log) return;
    if (expected(error)) options.log.debug({ err: describe(error) }, options.reason);
    else options.log.warn({ err: describe(error) }, options.reason);
  }
}
