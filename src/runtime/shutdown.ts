import type { Logger } from "../logging/logger.js";
import type { InFlightTracker } from "./in-flight.js";

interface ShutdownSteps {
  /** Stops taking new updates (the runner stops fetching; the webhook server stops accepting). */
  stopIntake: () => Promise<void>;
  inFlight: InFlightTracker;
  /**
   * Stops the background jobs (outbox dispatcher, reminders, broadcast progress, retention) and waits for their
   * work in flight; runs after the handlers finished and before the database closes.
   */
  stopJobs?: () => Promise<void>;
  /** Closes the database and whatever else the handlers used; runs after they finished. */
  closeResources: () => Promise<void>;
  logger: Logger;
  /** Longest wait for handlers in flight (default 30 s). */
  graceMs?: number;
}

/**
 * Graceful shutdown, in the only safe order: stop taking updates, wait for the handlers in flight
 * (a scene saving its state, a reply being sent), stop the background jobs (a send or an edit in flight finishes),
 * then close the database.
 */
export async function shutDownGracefully(steps: ShutdownSteps): Promise<void> {
  await steps.stopIntake();
  const pending = steps.inFlight.size();
  if (pending > 0) steps.logger.info({ pending }, "waiting for updates in flight");
  const idle = await steps.inFlight.idle(steps.graceMs ?? 30_000);
  if (!idle) steps.logger.warn({ pending: steps.inFlight.size() }, "updates still in flight after the grace period");
  await steps.stopJobs?.();
  await steps.closeResources();
}
