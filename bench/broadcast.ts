/**
 * Benchmark: a broadcast through the outbox and its dispatcher against a strict fake Bot API (127.0.0.1 only,
 * bench/support/fake-bot-api.ts), over the real database (the resolver's choice: the stand-in here,
 * MONGODB_URI elsewhere). Not part of `npm test`. Run: npm run bench:broadcast [-- --recipients 3000 …]
 *
 * Scenarios (each with its own fake API and database):
 *  1. in-process dispatcher;
 *  2. a dispatcher process SIGKILLed mid-broadcast and restarted;
 *  3. two dispatcher processes against one database and one API;
 *  4. baselines in the same run: @grammyjs/transformer-throttler + @grammyjs/auto-retry, a sequential
 *     `await` loop, and all messages queued at once;
 *  5. the send budget as `npm start` wires it (TELEGRAM_RATE default 30, the dispatcher as the budget's bulk user):
 *     the broadcast while nobody chats, and the p99 of interactive replies (one every 250 ms, through the bot's
 *     transport at interactive priority) idle versus during the broadcast;
 *  6. enqueuing the daily reminder for --enqueue recipients, with an empty outbox and with as many older
 *     sent messages present, and the same day again (all duplicates).
 *
 * Options (CLI `--name value` or env BENCH_NAME): recipients (3000), rate (30 messages/s, the dispatcher's
 * globalPerSecond), latency (20 ms, the fake API's answer time), lease (6000 ms), enqueue (100000),
 * scenarios (inprocess,kill,two,baseline,enqueue; budget on request: --scenarios budget).
 */
import { spawn, type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { autoRetry } from "@grammyjs/auto-retry";
import { apiThrottler } from "@grammyjs/transformer-throttler";
import { Api } from "grammy";
import mongoose from "mongoose";
import pino from "pino";
import { createI18n } from "../src/bot/i18n.js";
import { resolveDatabase } from "../src/db/resolve-database.js";
import { localesDir } from "../src/paths.js";
import { createPersistence, type Persistence } from "../src/persistence/create-persistence.js";
import { createOutboxApi } from "../src/jobs/outbox-api.js";
import { createTelegramFetch } from "../src/bot/telegram-transport.js";
import { createSendBudget } from "../src/services/send-budget/send-budget.js";
import { createDispatcher, createOutbox, createOutboxRenderer, type OutboxMessageInput } from "../src/services/outbox/index.js";
import { startFakeBotApi, type FakeBotApi } from "./support/fake-bot-api.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const TOKEN = "123456789:BENCH_TOKEN_secret_value_AAAAAAAAA";
const TELEGRAM_LIMIT = 30;

function option(name: string, fallback: string): string {
  const flag = process.argv.indexOf(`--${name}`);
  if (flag >= 0 && process.argv[flag + 1]) return process.argv[flag + 1]!;
  const inline = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  if (inline) return inline.slice(name.length + 3);
  return process.env[`BENCH_${name.toUpperCase()}`] ?? fallback;
}
function numberOption(name: string, fallback: number, min: number, max: number): number {
  const value = Number(option(name, String(fallback)));
  if (!Number.isFinite(value) || value < min || value > max) throw new Error(`--${name} must be a number from ${min} to ${max}`);
  return value;
}

const RECIPIENTS = numberOption("recipients", 3000, 10, 100_000);
const RATE = numberOption("rate", 30, 1, 30);
const LATENCY_MS = numberOption("latency", 20, 0, 2000);
const LEASE_MS = numberOption("lease", 6000, 3000, 60_000);
const ENQUEUE = numberOption("enqueue", 100_000, 1000, 1_000_000);
const SCENARIOS = new Set(option("scenarios", "inprocess,kill,two,baseline,enqueue").split(","));
/** A scenario that has not finished by then is reported as failed (bounded waits everywhere). */
const DEADLINE_MS = 120_000 + (RECIPIENTS / Math.min(RATE, 10)) * 1000 * 2;

const database = await resolveDatabase({
  uri: process.env["MONGODB_URI"],
  purpose: "bench",
  dataDir: path.join(os.tmpdir(), "praktika-bench"),
  log: () => {},
});
const i18n = createI18n({ localesDir: localesDir(), defaultLocale: "kk", resolveLocale: () => null });
const render = createOutboxRenderer(i18n);
const logger = pino({ level: "warn" });
const children = new Set<ChildProcess>();
process.on("exit", () => children.forEach((child) => child.kill("SIGKILL")));
const connections: mongoose.Connection[] = [];
const runId = Date.now().toString(36);

interface Row {
  scenario: string;
  accepted: number;
  seconds: number;
  perSecond: number;
  rejected429: number;
  duplicates: number;
  lost: number;
  note: string;
}
const rows: Row[] = [];
const notes: string[] = [];

async function openDb(name: string): Promise<{ db: Persistence; dbName: string }> {
  const dbName = `bench_outbox_${runId}_${name}`;
  const connection = await mongoose.createConnection(database.uri, { dbName }).asPromise();
  connections.push(connection);
  const db = createPersistence(connection);
  await db.syncIndexes();
  return { db, dbName };
}

const LANGUAGES = ["kk", "ru", "en"] as const;
const recipients = Array.from({ length: RECIPIENTS }, (_, i) => 700_000_000 + i);

/** Stores the recipients as users (their language decides the text) and enqueues one announcement each. */
async function seedBroadcast(db: Persistence): Promise<void> {
  await db.models.User.insertMany(
    recipients.map((id, i) => ({ telegramId: id, firstName: `S${i}`, language: LANGUAGES[i % 3], roles: [] })),
    { lean: true },
  );
  const outbox = createOutbox({ db, now: () => new Date() });
  const messages: OutboxMessageInput[] = recipients.map((id) => ({
    recipient: id,
    kind: "broadcast",
    ref: "bench",
    dedupeKey: `broadcast:bench:${id}`,
    payload: { key: "outbox-announcement-title", params: { department: "CS" } },
  }));
  const result = await outbox.enqueueMany(messages);
  if (result.inserted !== RECIPIENTS) throw new Error(`enqueued ${result.inserted} of ${RECIPIENTS}`);
}

async function unfinished(db: Persistence): Promise<number> {
  return db.models.OutboxMessage.countDocuments({ state: { $in: ["pending", "sending"] } });
}

async function waitUntil(label: string, predicate: () => Promise<boolean> | boolean, deadlineMs = DEADLINE_MS): Promise<void> {
  const until = performance.now() + deadlineMs;
  while (!(await predicate())) {
    if (performance.now() > until) throw new Error(`timed out waiting for: ${label}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Every recipient has a message at the fake API and nothing is left to send (the database is asked only then). */
async function broadcastDone(api: FakeBotApi, db: Persistence): Promise<boolean> {
  return api.stats.perChat.size >= RECIPIENTS && (await unfinished(db)) === 0;
}

function row(scenario: string, api: FakeBotApi, seconds: number, note = ""): Row {
  const { stats } = api;
  const span = (stats.lastAt - stats.firstAt) / 1000;
  const { lost, duplicates } = api.tally(recipients);
  const result: Row = {
    scenario,
    accepted: stats.accepted,
    seconds,
    perSecond: span > 0 ? (stats.accepted - 1) / span : 0,
    rejected429: stats.rejected429,
    duplicates,
    lost,
    note,
  };
  rows.push(result);
  console.error(`  ${scenario}: ${JSON.stringify({ ...result, perSecond: result.perSecond.toFixed(2) })}`);
  return result;
}

interface Worker {
  child: ChildProcess;
  ready: Promise<void>;
  /** `{ owner, calls }` printed after a clean stop; null if it was killed. */
  result: Promise<{ owner: string; calls: number } | null>;
}

function spawnWorker(dbName: string, apiRoot: string): Worker {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(here, "support", "dispatcher-worker.ts")], {
    env: {
      ...process.env,
      BENCH_MONGO_URI: database.uri,
      BENCH_DB: dbName,
      BENCH_API_ROOT: apiRoot,
      BENCH_RATE: String(RATE),
      BENCH_LEASE_MS: String(LEASE_MS),
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.add(child);
  let output = "";
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
    if (output.includes("ready\n")) markReady();
  });
  const result = new Promise<{ owner: string; calls: number } | null>((resolve) => {
    child.on("exit", () => {
      children.delete(child);
      const last = output.trim().split("\n").at(-1) ?? "";
      resolve(last.startsWith("{") ? (JSON.parse(last) as { owner: string; calls: number }) : null);
    });
  });
  return { child, ready, result };
}

async function stopWorker(worker: Worker): Promise<{ owner: string; calls: number } | null> {
  worker.child.kill("SIGTERM");
  const timeout = setTimeout(() => worker.child.kill("SIGKILL"), 30_000);
  const result = await worker.result;
  clearTimeout(timeout);
  return result;
}

async function scenarioInProcess(): Promise<void> {
  const api = await startFakeBotApi({ latencyMs: LATENCY_MS });
  const { db } = await openDb("inprocess");
  await seedBroadcast(db);
  const dispatcher = createDispatcher({
    db,
    api: createOutboxApi(TOKEN, { apiRoot: api.apiRoot, timeoutSeconds: 2 }),
    render,
    localeOf: async (id) => (await db.users.getLanguage(id)) ?? "kk",
    now: () => new Date(),
    rate: { globalPerSecond: RATE },
    leaseMs: LEASE_MS,
    pollMs: 200,
    logger,
  });
  const started = performance.now();
  dispatcher.start();
  await waitUntil("the in-process broadcast", () => broadcastDone(api, db));
  await dispatcher.stop();
  row("outbox dispatcher, in-process", api, (performance.now() - started) / 1000);
  await api.close();
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Interactive replies through the bot's transport (interactive priority), one every `everyMs`, until `until()`. */
async function probeInteractive(client: Api, until: () => boolean, everyMs: number, firstChat: number): Promise<number[]> {
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  for (let i = 0; !until(); i++) {
    const started = performance.now();
    pending.push(
      client.sendMessage(firstChat + i, "reply").then(() => {
        latencies.push(performance.now() - started);
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  await Promise.all(pending);
  return latencies;
}

async function scenarioBudget(): Promise<void> {
  const api = await startFakeBotApi({ latencyMs: LATENCY_MS });
  const { db } = await openDb("budget");
  const budget = createSendBudget({ store: db.sendBudget("123456789"), ratePerSecond: RATE, logger });
  budget.start();
  const interactive = new Api(TOKEN, {
    apiRoot: api.apiRoot,
    fetch: createTelegramFetch(fetch, { gate: budget, priority: "interactive" }),
  });
  // Idle: nobody else sends.
  const idleUntil = performance.now() + 20_000;
  const idle = await probeInteractive(interactive, () => performance.now() > idleUntil, 250, 950_000_000);
  const acceptedBefore = api.stats.accepted;
  await seedBroadcast(db);
  const dispatcher = createDispatcher({
    db,
    api: createOutboxApi(TOKEN, { apiRoot: api.apiRoot }),
    render,
    localeOf: async (id) => (await db.users.getLanguage(id)) ?? "kk",
    now: () => new Date(),
    rate: { globalPerSecond: RATE },
    limiter: budget.bulk,
    logger,
  });
  const started = performance.now();
  api.stats.firstAt = NaN;
  dispatcher.start();
  // The broadcast alone for 40 s (nobody chats), then with people chatting until it ends.
  let done = false;
  const finished = waitUntil("the broadcast through the send budget", () => broadcastDone(api, db)).then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 40_000));
  const aloneAccepted = api.stats.accepted - acceptedBefore;
  const aloneSpan = (api.stats.lastAt - api.stats.firstAt) / 1000;
  const during = await probeInteractive(interactive, () => done, 250, 960_000_000);
  await finished;
  await dispatcher.stop();
  await budget.stop();
  const ratioP99 = percentile(during, 99) / percentile(idle, 99);
  row(
    "send budget as npm start runs it (dispatcher = bulk user)",
    api,
    (performance.now() - started) / 1000,
    `alone (first 40 s): ${(aloneAccepted - 1) / aloneSpan > 0 ? ((aloneAccepted - 1) / aloneSpan).toFixed(2) : "?"} msg/s = ${((aloneAccepted - 1) / aloneSpan / RATE).toFixed(3)} of the rate; ` +
      `interactive p50/p99 idle ${percentile(idle, 50).toFixed(1)}/${percentile(idle, 99).toFixed(1)} ms (n=${idle.length}), ` +
      `during the broadcast ${percentile(during, 50).toFixed(1)}/${percentile(during, 99).toFixed(1)} ms (n=${during.length}): p99 ${ratioP99.toFixed(2)}×`,
  );
  await api.close();
}

async function scenarioKill(): Promise<void> {
  const api = await startFakeBotApi({ latencyMs: LATENCY_MS });
  const { db, dbName } = await openDb("kill");
  await seedBroadcast(db);
  const started = performance.now();
  const first = spawnWorker(dbName, api.apiRoot);
  // Killed the moment Telegram has accepted a message but before it answers: the worst case for duplicates.
  const killAt = Math.floor(RECIPIENTS * 0.4);
  api.onAccepted((accepted) => {
    if (accepted === killAt) first.child.kill("SIGKILL");
  });
  await first.result;
  const inFlight = await db.models.OutboxMessage.countDocuments({ state: "sending" });
  const acceptedAtKill = api.stats.accepted;
  const second = spawnWorker(dbName, api.apiRoot);
  await waitUntil("the broadcast after the restart", () => broadcastDone(api, db));
  await stopWorker(second);
  const result = row(
    "outbox dispatcher, SIGKILL + restart",
    api,
    (performance.now() - started) / 1000,
    `killed as message ${acceptedAtKill} was accepted, ${inFlight} leased (in flight or claimed ahead); includes the ${LEASE_MS / 1000} s lease takeover`,
  );
  if (result.duplicates > inFlight) notes.push(`SIGKILL: ${result.duplicates} duplicates > ${inFlight} leased at the kill`);
  await api.close();
}

async function scenarioTwoInstances(): Promise<void> {
  const api = await startFakeBotApi({ latencyMs: LATENCY_MS });
  const { db, dbName } = await openDb("two");
  await seedBroadcast(db);
  const started = performance.now();
  const workers = [spawnWorker(dbName, api.apiRoot), spawnWorker(dbName, api.apiRoot)];
  await Promise.all(workers.map((w) => w.ready));
  await waitUntil("the two-instance broadcast", () => broadcastDone(api, db));
  const results = await Promise.all(workers.map(stopWorker));
  row(
    "outbox dispatcher, two instances",
    api,
    (performance.now() - started) / 1000,
    `Bot API calls per instance: ${results.map((r) => r?.calls ?? "?").join(" / ")}`,
  );
  await api.close();
}

async function scenarioBaseline(mode: "sequential" | "all-at-once"): Promise<void> {
  const api = await startFakeBotApi({ latencyMs: LATENCY_MS });
  const { db } = await openDb(`baseline_${mode.replace(/-/g, "_")}`);
  await seedBroadcast(db); // same users (languages are read per message, as the dispatcher does); the outbox is not used
  const client = new Api(TOKEN, { apiRoot: api.apiRoot });
  client.config.use(apiThrottler());
  client.config.use(autoRetry());
  const text = async (id: number) =>
    render((await db.users.getLanguage(id)) ?? "kk", { key: "outbox-announcement-title", params: { department: "CS" } });
  const started = performance.now();
  if (mode === "sequential") {
    for (const id of recipients) await client.sendMessage(id, await text(id));
  } else {
    await Promise.all(recipients.map(async (id) => client.sendMessage(id, await text(id))));
  }
  row(
    `baseline: throttler + auto-retry, ${mode === "sequential" ? "sequential await loop" : "all queued at once"}`,
    api,
    (performance.now() - started) / 1000,
    "in memory: a crash loses the rest, a second instance sends everything again",
  );
  await api.close();
}

interface EnqueueRow {
  case: string;
  seconds: number;
  inserted: number;
  duplicates: number;
}

async function scenarioEnqueue(): Promise<EnqueueRow[]> {
  const result: EnqueueRow[] = [];
  const today = "2026-11-23";
  const reminders = (date: string): OutboxMessageInput[] =>
    Array.from({ length: ENQUEUE }, (_, i) => ({
      recipient: 800_000_000 + i,
      kind: "diary-reminder",
      dedupeKey: `diary-reminder:${800_000_000 + i}:${date}`,
      payload: { key: "outbox-announcement-title", params: { department: "CS" } },
    }));
  async function measure(label: string, db: Persistence, messages: OutboxMessageInput[]): Promise<void> {
    const outbox = createOutbox({ db, now: () => new Date() });
    const started = performance.now();
    const counts = await outbox.enqueueMany(messages);
    result.push({ case: label, seconds: (performance.now() - started) / 1000, ...counts });
    console.error(`  enqueue ${label}: ${result.at(-1)!.seconds.toFixed(2)} s`);
  }

  // Baseline: the driver's bare insertMany of documents of the same shape into a collection with one unique index.
  const raw = await openDb("enqueue_raw");
  const collection = raw.db.connection.collection("bench_raw_outbox");
  await collection.createIndex({ dedupeKey: 1 }, { unique: true });
  const at = new Date();
  const documents = reminders(today).map((message) => ({
    ...message,
    recipientTelegramId: message.recipient,
    ref: null,
    state: "pending",
    notBefore: at,
    lease: null,
    attempts: 0,
    lastError: null,
    telegramMessageId: null,
    sentAt: null,
    createdAt: at,
    updatedAt: at,
  }));
  const started = performance.now();
  await collection.insertMany(documents, { ordered: false });
  result.push({
    case: "baseline: driver insertMany, same documents, no validation",
    seconds: (performance.now() - started) / 1000,
    inserted: ENQUEUE,
    duplicates: 0,
  });
  console.error(`  enqueue baseline: ${result.at(-1)!.seconds.toFixed(2)} s`);

  const empty = await openDb("enqueue_empty");
  await measure(`${ENQUEUE.toLocaleString("en")} reminders, empty outbox`, empty.db, reminders(today));
  await measure("the same day again (all duplicates)", empty.db, reminders(today));

  const history = await openDb("enqueue_history");
  const older = reminders("2026-11-20").map((message) => ({
    ...message,
    recipientTelegramId: message.recipient,
    ref: null,
    state: "sent",
    notBefore: new Date("2026-11-20T13:00:00Z"),
    lease: null,
    attempts: 1,
    lastError: null,
    telegramMessageId: 1,
    sentAt: new Date("2026-11-20T13:00:00Z"),
    createdAt: new Date("2026-11-20T13:00:00Z"),
    updatedAt: new Date("2026-11-20T13:00:00Z"),
  }));
  await history.db.models.OutboxMessage.collection.insertMany(older, { ordered: false });
  await measure(
    `${ENQUEUE.toLocaleString("en")} reminders, ${ENQUEUE.toLocaleString("en")} older sent present`,
    history.db,
    reminders(today),
  );
  return result;
}

function printTable(enqueueRows: EnqueueRow[]): void {
  console.log(`database: ${database.label}; fake Bot API on 127.0.0.1 answering in ${LATENCY_MS} ms, limits 30/s and 1/s per chat`);
  console.log(`${RECIPIENTS} recipients; dispatcher globalPerSecond ${RATE}, lease ${LEASE_MS} ms\n`);
  if (rows.length > 0) {
    const baseline = rows.filter((r) => r.scenario.startsWith("baseline")).reduce((best, r) => Math.max(best, r.perSecond), 0);
    console.log("| scenario | accepted | wall s | msgs/s | of 30/s | vs best baseline | 429s | duplicates | lost | note |");
    console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    for (const r of rows) {
      const ratio = baseline > 0 ? `${(r.perSecond / baseline).toFixed(2)}×` : "–";
      console.log(
        `| ${r.scenario} | ${r.accepted} | ${r.seconds.toFixed(1)} | ${r.perSecond.toFixed(2)} | ${(r.perSecond / TELEGRAM_LIMIT).toFixed(3)} | ${ratio} | ${r.rejected429} | ${r.duplicates} | ${r.lost} | ${r.note} |`,
      );
    }
    console.log("msgs/s = (accepted − 1) / time from the first to the last accepted message (the fake API's clock).");
  }
  if (enqueueRows.length > 0) {
    const base = enqueueRows[0]!.seconds;
    console.log("\n| enqueue | seconds | inserted | duplicates | vs driver baseline |");
    console.log("|---|---:|---:|---:|---:|");
    for (const r of enqueueRows)
      console.log(`| ${r.case} | ${r.seconds.toFixed(2)} | ${r.inserted} | ${r.duplicates} | ${(r.seconds / base).toFixed(2)}× |`);
  }
  for (const note of notes) console.log(`NOTE: ${note}`);
}

let enqueueRows: EnqueueRow[] = [];
let failed = false;
try {
  if (SCENARIOS.has("budget")) await scenarioBudget();
  if (SCENARIOS.has("inprocess")) await scenarioInProcess();
  if (SCENARIOS.has("kill")) await scenarioKill();
  if (SCENARIOS.has("two")) await scenarioTwoInstances();
  if (SCENARIOS.has("baseline")) {
    await scenarioBaseline("sequential");
    await scenarioBaseline("all-at-once");
  }
  if (SCENARIOS.has("enqueue")) enqueueRows = await scenarioEnqueue();
} catch (error) {
  failed = true;
  console.error(`benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  children.forEach((child) => child.kill("SIGKILL"));
  printTable(enqueueRows);
  for (const connection of connections) {
    await connection.dropDatabase().catch(() => undefined);
    await connection.close();
  }
  await database.stop();
}
process.exit(failed || notes.length > 0 ? 1 : 0);
