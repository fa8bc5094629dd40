import pino from "pino";
import { GrammyError } from "grammy";
import { beforeEach, describe, expect, it } from "vitest";
import { createHarness } from "../support/bot-harness.js";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createJobs } from "../../src/jobs/index.js";
import { createJobRunner, type Job } from "../../src/jobs/job-runner.js";
import { createOutboxApi } from "../../src/jobs/outbox-api.js";
import { DISPATCHER_LOCK } from "../../src/services/outbox/index.js";

const silent = pino({ level: "silent" });
const TOKEN = "123456789:TEST_TOKEN_secret_value_AAAAAAAAAA";

/** A job whose stop waits until `finish()` (a run in progress), recording what happened. */
function gatedJob(name: string, events: string[], stopFails = false): Job & { finish(): void } {
  let finish!: () => void;
  const run = new Promise<void>((done) => (finish = done));
  return {
    name,
    start: () => void events.push(`start ${name}`),
    stop: async () => {
      await run;
      events.push(`stopped ${name}`);
      if (stopFails) throw new Error(`${name} broke`);
    },
    finish: () => finish(),
  };
}

/** Answers every Bot API request with `answer` and counts the requests. */
function fakeFetch(answer: object, status = 200) {
  const requests: string[] = [];
  const fetch = (input: string | URL | Request): Promise<Response> => {
    requests.push(String(input instanceof Request ? input.url : input));
    return Promise.resolve(new Response(JSON.stringify(answer), { status, headers: { "content-type": "application/json" } }));
  };
  return { fetch, requests };
}

describe("jobs: one runner", () => {
  it("starts every job once; stop waits for each run in progress, also after another job's stop failed", async () => {
    const events: string[] = [];
    const a = gatedJob("a", events, true);
    const b = gatedJob("b", events);
    const runner = createJobRunner([a, b], silent);
    runner.start();
    runner.start();
    expect(events).toEqual(["start a", "start b"]);
    let settled = false;
    const stopped = runner.stop().then(
      () => (settled = true),
      (error: unknown) => {
        settled = true;
        throw error;
      },
    );
    a.finish();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(settled).toBe(false); // b is still running
    b.finish();
    await expect(stopped).rejects.toThrow(/a/);
    expect(events).toEqual(["start a", "start b", "stopped a", "stopped b"]);
    expect(() => runner.start()).toThrow(/stopped/);
  });
});

describe("jobs: the dispatcher's Bot API client is on the shared transport", () => {
  it("a 429 comes back to the dispatcher at once (one request, no wait inside the call)", async () => {
    const telegram = fakeFetch({ ok: false, error_code: 429, description: "Too Many Requests", parameters: { retry_after: 30 } }, 429);
    const api = createOutboxApi(TOKEN, { fetch: telegram.fetch });
    const started = Date.now();
    const error = await api.sendMessage(1, "x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GrammyError);
    expect((error as GrammyError).error_code).toBe(429);
    expect(telegram.requests).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("a 5xx is not retried inside the call (the outbox retries with its own backoff)", async () => {
    const telegram = fakeFetch({ ok: false, error_code: 502, description: "Bad Gateway" }, 502);
    const api = createOutboxApi(TOKEN, { fetch: telegram.fetch });
    await expect(api.sendMessage(1, "x")).rejects.toBeInstanceOf(GrammyError);
    expect(telegram.requests).toHaveLength(1);
  });

  it("answers through the transport's policy: 'message is not modified' is a success, as for bot.api", async () => {
    const telegram = fakeFetch({ ok: false, error_code: 400, description: "Bad Request: message is not modified" }, 400);
    const api = createOutboxApi(TOKEN, { fetch: telegram.fetch });
    await expect(api.editMessageText(1, 2, "same")).resolves.toBe(true);
  });
});

describe("jobs: createJobs", () => {
  const database = useTestDatabase();
  beforeEach(() => clearDatabase(database.connection()));

  it("start() sends a queued notification through the dispatcher; stop() waits for it and releases the leader lock", async () => {
    const h = createHarness({ connection: database.connection(), now: () => new Date() });
    const telegram = fakeFetch({ ok: true, result: { message_id: 77, date: 0, chat: { id: 4242, type: "private" }, text: "hi" } });
    await h.services.outbox.enqueue({ recipient: 4242, kind: "test", dedupeKey: "jobs:1", payload: { text: "hi" } });
    const jobs = createJobs({
      config: {
        botToken: TOKEN,
        botApiRoot: undefined,
        defaultLocale: "kk",
        timezone: "Asia/Almaty",
        retention: { outboxDays: 30, draftDays: 30 },
      },
      db: h.db,
      services: h.services,
      i18n: h.i18n,
      botApi: h.bot.api,
      logger: silent,
      now: () => new Date(),
      fetch: telegram.fetch,
    });
    jobs.start();
    for (let i = 0; i < 200 && telegram.requests.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    await jobs.stop();
    expect(telegram.requests.filter((url) => url.endsWith("/sendMessage"))).toHaveLength(1);
    expect(await h.db.outbox.findByDedupeKey("jobs:1")).toMatchObject({ state: "sent", telegramMessageId: 77 });
    const lock = await h.db.leases.find(DISPATCHER_LOCK);
    expect(lock!.until.getTime()).toBeLessThanOrEqual(Date.now());
  });
});
