import type { Logger } from "../logging/logger.js";

/** A background job: `start()` begins its work in the background, `stop()` ends it and waits for a run in progress. */
export interface Job {
  readonly name: string;
  start(): void;
  stop(): Promise<void>;
}

export interface JobRunner {
  /** Starts every job once, in order (idempotent). */
  start(): void;
  /**
   * Stops every started job at once and waits until each has finished its run in progress, also when another
   * one's stop fails (that failure is logged, then thrown once all have stopped). Idempotent.
   */
  stop(): Promise<void>;
}

/** Starts and stops a fixed set of jobs together. */
export function createJobRunner(jobs: readonly Job[], logger: Pick<Logger, "info" | "error">): JobRunner {
  const started: Job[] = [];
  let stopping: Promise<void> | undefined;
  return {
    start() {
      if (stopping) throw new Error("jobs: stopped; create new ones");
      if (started.length > 0) return;
      for (const job of jobs) {
        job.start();
        started.push(job);
      }
      logger.info({ jobs: started.map((job) => job.name) }, "background jobs started");
    },
    stop() {
      stopping ??= (async () => {
        const results = await Promise.allSettled(started.map((job) => job.stop()));
        const failed = results.flatMap((result, i) =>
          result.status === "rejected" ? [{ job: started[i]?.name, error: String(result.reason) }] : [],
        );
        for (const { job, error } of failed) logger.error({ job, err: error }, "background job did not stop cleanly");
        if (failed.length > 0) throw new Error(`background jobs did not stop cleanly: ${failed.map((f) => f.job).join(", ")}`);
      })();
      return stopping;
    },
  };
}
