/**
 * The update could not be taken in now but will be if Telegram delivers it again: the database did not answer
 * (`reason: "database"`), another process is handling it (`"in-progress"`), or this process is stopping
 * (`"stopping"`). A webhook answers it with 503 so that Telegram redelivers the update later.
 */
export class TransientIntakeError extends Error {
  readonly transient = true;
  constructor(
    readonly reason: "database" | "in-progress" | "stopping",
    options?: { cause?: unknown },
  ) {
    super(`update not taken in now (${reason}); deliver it again later`, options);
    this.name = "TransientIntakeError";
  }
}

export function isTransientIntakeError(error: unknown): error is TransientIntakeError {
  return error instanceof TransientIntakeError;
}
