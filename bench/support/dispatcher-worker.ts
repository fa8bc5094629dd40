/**
 * One dispatcher process for bench/broadcast.ts (not a benchmark itself): sends the outbox of BENCH_DB
 * through the fake Bot API at BENCH_API_ROOT until SIGTERM, then stops cleanly and prints
 * `{"owner": …, "calls": n}` (its Bot API calls). A SIGKILL is the simulated crash.
 */
import mongoose from "mongoose";
import pino from "pino";
import { createI18n } from "../../src/bot/i18n.js";
import { localesDir } from "../../src/paths.js";
import { createPersistence } from "../../src/persistence/create-persistence.js";
import { createDispatcher, createOutboxRenderer } from "../../src/services/outbox/index.js";
import { createOutboxApi } from "../../src/jobs/outbox-api.js";

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

const connection = await mongoose.createConnection(required("BENCH_MONGO_URI"), { dbName: required("BENCH_DB") }).asPromise();
const db = createPersistence(connection);
const i18n = createI18n({ localesDir: localesDir(), defaultLocale: "kk", resolveLocale: () => null });
const api = createOutboxApi("123456789:BENCH_TOKEN_secret_value_AAAAAAAAA", { apiRoot: required("BENCH_API_ROOT"), timeoutSeconds: 2 });
let calls = 0;
api.config.use((prev, method, payload, signal) => {
  calls++;
  return prev(method, payload, signal);
});
const dispatcher = createDispatcher({
  db,
  api,
  render: createOutboxRenderer(i18n),
  localeOf: async (id) => (await db.users.getLanguage(id)) ?? "kk",
  now: () => new Date(),
  rate: { globalPerSecond: Number(process.env["BENCH_RATE"] ?? 30) },
  leaseMs: Number(process.env["BENCH_LEASE_MS"] ?? 6000),
  pollMs: 200,
  logger: pino({ level: "warn" }, pino.destination(2)),
});
dispatcher.start();
process.once("SIGTERM", () => {
  void dispatcher
    .stop()
    .then(() => connection.close())
    .then(() => {
      process.stdout.write(`${JSON.stringify({ owner: dispatcher.owner, calls })}\n`);
      process.exit(0);
    });
});
process.stdout.write("ready\n");
