/**
 * Database outages are reported within seconds, not after the driver's default 30 s: an operation waits at most
 * this long for a server (or, while mongoose is reconnecting, in its buffer) before it fails, so the user hears
 * that their message was not saved and `/healthz` turns 503 quickly. Reconnection needs no restart.
 */
export const FAIL_FAST_CONNECTION_OPTIONS = { serverSelectionTimeoutMS: 5_000, bufferTimeoutMS: 5_000 } as const;

const UNAVAILABLE_NAMES = new Set([
  "MongoServerSelectionError",
  "MongooseServerSelectionError",
  "MongoNetworkError",
  "MongoNetworkTimeoutError",
  "MongoNotConnectedError",
  "MongoTopologyClosedError",
  "MongoPoolClearedError",
]);

/** A socket error raised by the driver without its own wrapper (a write to a connection the server had cut). */
const SOCKET_CODES = new Set(["EPIPE", "ECONNRESET", "ECONNREFUSED"]);

/**
 * True when an error means "the database cannot be reached right now" (server selection, network, a closed
 * or reconnecting connection): transient, so the work should be redone later rather than reported as a bug.
 * Looks at the error's name and message and follows `cause`; imports nothing from the driver.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof Error && SOCKET_CODES.has(String((error as NodeJS.ErrnoException).code))) return true;
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    if (UNAVAILABLE_NAMES.has(current.name)) return true;
    if (current.name === "MongooseError" && /buffering timed out|Client must be connected/i.test(current.message)) return true;
  }
  return false;
}
