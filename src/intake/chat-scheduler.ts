/**
 * Runs jobs with a global concurrency limit while keeping the jobs of one key (a chat) strictly one after
 * another, in the order they were added. Chats take turns: a busy chat never holds back the others.
 */
export function createChatScheduler<T>(options: { concurrency: number; run: (job: T) => Promise<void> }) {
  const queues = new Map<string, T[]>();
  /** Keys with waiting jobs and nothing running, in the order they became ready. */
  const ready: string[] = [];
  const running = new Set<string>();
  let active = 0;
  let paused = false;
  let idleWaiters: Array<() => void> = [];

  const settle = (): void => {
    if (active > 0) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const wake of waiters) wake();
  };

  const pump = (): void => {
    while (!paused && active < options.concurrency && ready.length > 0) {
      const key = ready.shift()!;
      const queue = queues.get(key);
      const job = queue?.shift();
      if (job === undefined) continue;
      running.add(key);
      active++;
      void options
        .run(job)
        .catch(() => undefined)
        .finally(() => {
          active--;
          running.delete(key);
          if ((queues.get(key)?.length ?? 0) > 0) ready.push(key);
          else queues.delete(key);
          pump();
          settle();
        });
    }
  };

  return {
    /** Queues `job` behind the earlier jobs of `key`. */
    add(key: string, job: T): void {
      const queue = queues.get(key);
      if (queue) queue.push(job);
      else {
        queues.set(key, [job]);
        if (!running.has(key)) ready.push(key);
      }
      pump();
    },
    /** Jobs running now. */
    active(): number {
      return active;
    },
    /** Jobs waiting (not started). */
    waiting(): number {
      let n = 0;
      for (const queue of queues.values()) n += queue.length;
      return n;
    },
    /** Starts nothing more; jobs running go on. Returns the jobs that were waiting (they are dropped). */
    pause(): T[] {
      paused = true;
      const dropped = [...queues.values()].flat();
      queues.clear();
      ready.length = 0;
      return dropped;
    },
    /** Resolves when no job is running. */
    idle(): Promise<void> {
      if (active === 0) return Promise.resolve();
      return new Promise((wake) => idleWaiters.push(wake));
    },
  };
}
export type ChatScheduler<T> = ReturnType<typeof createChatScheduler<T>>;
