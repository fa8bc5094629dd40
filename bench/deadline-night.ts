/**
 * Deadline night: N students each write one diary entry through `/diary` (6 updates: the command, the date,
 * the hours, the text, "no evidence", "Send") and their organisation supervisor approves it (1 update), with
 * a fixed number of updates in flight (closed loop). The bot runs as `npm start` runs it (`src/main.ts`: the
 * inbox, the outbox dispatcher and the cron jobs included), long polling a fake Bot API on 127.0.0.1. Each
 * variant is measured in the same run against a bare grammY bot answering the same updates with the same
 * buttons (`bench/support/bare-bot.ts`, no database).
 *
 * Reported per variant: updates/s, p50/p95/p99 latency (an update's arrival at the fake Telegram to the
 * bot's first answer the script waits for), node CPU per update (the bot process's utime+stime from
 * /proc), database commands per update (the bot's `praktika_db_commands_total`, counted with the driver's
 * command monitoring: every command of the process, the outbox dispatcher and the inbox included), RSS.
 *
 * Run: node --import tsx bench/deadline-night.ts [students=300] [in flight=100] [runs=1]
 * BENCH_BASELINE_ROOT=<another checkout> adds that checkout's bot as a variant (e.g. the code before a change).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";
import dayjs from "dayjs";
import utc from "dayjs/plugin/utc.js";
import timezone from "dayjs/plugin/timezone.js";
import mongoose from "mongoose";
import { resolveDatabase } from "../src/db/resolve-database.js";
import { projectRoot } from "../src/paths.js";
import { createPersistence } from "../src/persistence/create-persistence.js";
import { diaryDecision } from "../src/bot/decision-buttons.js";
import { createSeeder } from "../test/support/seed.js";
import type { TestPerson } from "../test/support/bot-harness.js";
import { startPollingBotApi, type ChatEvent, type PollingBotApi } from "./support/polling-bot-api.js";

dayjs.extend(utc);
dayjs.extend(timezone);

const STUDENTS = Number(process.argv[2] ?? 300);
const IN_FLIGHT = Number(process.argv[3] ?? 100);
const RUNS = Number(process.argv[4] ?? 1);
const BASELINE_ROOT = process.env["BENCH_BASELINE_ROOT"];
const TOKEN = "123456789:AAE2e_deadline_bench_token_0123456789";
const TEXT = "Написал модульные тесты для платёжного модуля и исправил найденные ошибки.";
const CLK_TCK = 100;

const database = await resolveDatabase({
  uri: process.env["MONGODB_URI"],
  purpose: "bench",
  dataDir: path.join(os.tmpdir(), "praktika-bench"),
  log: () => {},
});

interface Pair {
  student: TestPerson;
  supervisor: TestPerson;
  placementId: string;
}

interface Figures {
  name: string;
  updates: number;
  seconds: number;
  latencies: number[];
  cpuMs: number;
  dbCommands: number | null;
  rssMb: number;
  check: string;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/** utime + stime of a process, in ms. */
function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK;
}

function rssMbOf(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Number(kb ?? 0) / 1024;
}

async function dbCommandsOf(port: number): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  return Number(/^praktika_db_commands_total (\d+)/m.exec(text)?.[1] ?? NaN);
}

async function startChild(root: string, args: string[], env: Record<string, string>, readyLine: string): Promise<ChildProcess> {
  const proc = spawn(process.execPath, ["--import", "tsx", ...args], {
    cwd: root,
    env: { PATH: process.env["PATH"] ?? "", HOME: process.env["HOME"] ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  proc.stderr.resume();
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`${args.join(" ")} did not start within 300 s`)), 300_000);
    createInterface({ input: proc.stdout }).on("line", (line) => {
      if (!line.includes(readyLine)) return;
      clearTimeout(timer);
      ready();
    });
  });
  return proc;
}

async function stopChild(proc: ChildProcess): Promise<void> {
  const exited = new Promise((done) => proc.once("close", done));
  proc.kill("SIGTERM");
  await exited;
}

/** N students with approved placements and a confirmed organisation supervisor each, in a fresh database. */
async function seedDatabase(dbName: string): Promise<{ pairs: Pair[]; close: () => Promise<void>; entryOf: (p: Pair) => Promise<string> }> {
  const connection = await mongoose.createConnection(database.uri, { dbName }).asPromise();
  const db = createPersistence(connection);
  await db.syncIndexes();
  const today = dayjs().tz("Asia/Almaty");
  const start = today.subtract(7, "day");
  const seed = createSeeder(db, () => start.subtract(1, "day").toDate());
  const department = await seed.department("CS", "iitu");
  const pairs: Pair[] = [];
  for (let i = 0; i < STUDENTS; i++) {
    const student = seed.person("ru", "Аружан");
    const supervisor = seed.person("ru", "Ерлан");
    await seed.student(student, department, { studentNumber: `2021${String(1000 + i)}`, fullName: "Сейтқали Аружан" });
    const placement = await seed.placementThroughBase(student, {
      stage: "approved",
      organisationSupervisor: supervisor,
      startDate: start.format("YYYY-MM-DD"),
      endDate: start.add(27, "day").format("YYYY-MM-DD"),
      weeks: 4,
    });
    for (const p of [student, supervisor]) await db.users.setLanguage(p.id, "ru");
    pairs.push({ student, supervisor, placementId: String(placement._id) });
  }
  // The seeding's own notices (invitations, placement decisions) are not part of the night.
  await db.models.OutboxMessage.deleteMany({});
  return {
    pairs,
    async entryOf(p) {
      const entry = await db.models.DiaryEntry.findOne({ placementId: p.placementId }, { _id: 1, version: 1 }).lean();
      if (!entry) throw new Error(`no entry for placement ${p.placementId}`);
      return diaryDecision.pack("ok", String(entry._id), entry.version);
    },
    async close() {
      await connection.dropDatabase();
      await connection.close();
    },
  };
}

/** Drives the night through `api`: IN_FLIGHT virtual people, each taking the next student's flow. */
async function drive(api: PollingBotApi, pairs: Pair[], approveData: (p: Pair) => Promise<string>) {
  let nextId = 1_000_000;
  const latencies: number[] = [];
  let updates = 0;
  const from = (p: TestPerson) => ({ id: p.id, is_bot: false, first_name: p.firstName, language_code: "ru" });
  const chat = (p: TestPerson) => ({ id: p.id, type: "private", first_name: p.firstName });
  function text(p: TestPerson, t: string): void {
    const command = /^\/\w+/.exec(t);
    api.queue({
      message: {
        message_id: nextId++,
        date: Math.floor(Date.now() / 1000),
        chat: chat(p),
        from: from(p),
        text: t,
        ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] } : {}),
      },
    });
  }
  function press(p: TestPerson, messageId: number, data: string, markup?: unknown): string {
    const id = String(nextId++);
    const keyboard = markup ?? api.keyboardOf(messageId);
    api.queue({
      callback_query: {
        id,
        chat_instance: "ci",
        from: from(p),
        data,
        message: { message_id: messageId, date: 0, chat: chat(p), text: "", ...(keyboard ? { reply_markup: keyboard } : {}) },
      },
    });
    return id;
  }
  const withButton = (prefix: string) => (e: ChatEvent) => e.buttons.some((b) => b.startsWith(prefix));
  // A button press first takes the keyboard off its message (an edit); the answer is the next message sent.
  const sent = (e: ChatEvent) => e.method === "sendMessage";
  const button = (e: ChatEvent, prefix: string): string => e.buttons.find((b) => b.startsWith(prefix)) ?? prefix;
  async function step(p: TestPerson, act: () => void, want: (e: ChatEvent) => boolean): Promise<ChatEvent> {
    const seen = api.events(p.id).length;
    const t0 = performance.now();
    act();
    let found: ChatEvent | undefined;
    await api.until(() => (found = api.events(p.id).slice(seen).find(want)) !== undefined, 300_000);
    latencies.push(performance.now() - t0);
    updates++;
    return found!;
  }
  async function night(pair: Pair): Promise<void> {
    const p = pair.student;
    const dates = await step(p, () => text(p, "/diary"), withButton("dia.d:"));
    const hours = await step(p, () => press(p, dates.messageId, button(dates, "dia.d:")), withButton("dia.h:"));
    await step(p, () => press(p, hours.messageId, hours.buttons.find((b) => b === "dia.h:6") ?? button(hours, "dia.h:")), sent);
    const evidence = await step(p, () => text(p, TEXT), withButton("dia.ev:"));
    const confirm = await step(p, () => press(p, evidence.messageId, "dia.ev:done"), withButton("dia.cf:send"));
    await step(p, () => press(p, confirm.messageId, "dia.cf:send"), sent);
    // The supervisor presses Approve under the notification they got (its keyboard, as Telegram sends it).
    const data = await approveData(pair);
    const s = pair.supervisor;
    const t0 = performance.now();
    const callbackId = press(s, nextId++, data, { inline_keyboard: [[{ text: "✅", callback_data: data }]] });
    await api.until(() => api.answered(callbackId), 300_000);
    latencies.push(performance.now() - t0);
    updates++;
  }
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(IN_FLIGHT, pairs.length) }, async () => {
      while (next < pairs.length) await night(pairs[next++]!);
    }),
  );
  return { updates, seconds: (performance.now() - t0) / 1000, latencies };
}

async function runBare(): Promise<Figures> {
  const api = await startPollingBotApi();
  const proc = await startChild(
    projectRoot(),
    ["bench/support/bare-bot.ts"],
    { BOT_TOKEN: TOKEN, BOT_API_ROOT: api.url },
    "bare bot running",
  );
  const pairs: Pair[] = Array.from({ length: STUDENTS }, (_, i) => ({
    student: { id: 5_000_000 + i, firstName: "A" },
    supervisor: { id: 6_000_000 + i, firstName: "E" },
    placementId: "",
  }));
  const cpu0 = cpuMsOf(proc.pid!);
  const driven = await drive(api, pairs, () => Promise.resolve("dia.ok:x:1"));
  const cpuMs = cpuMsOf(proc.pid!) - cpu0;
  const rssMb = rssMbOf(proc.pid!);
  await stopChild(proc);
  await api.stop();
  return { name: "bare grammY bot", ...driven, cpuMs, dbCommands: null, rssMb, check: "—" };
}

async function runPraktika(name: string, root: string): Promise<Figures> {
  const dbName = `night_${Date.now()}`;
  const seeded = await seedDatabase(dbName);
  const api = await startPollingBotApi();
  const httpPort = await freePort();
  const uri = database.uri.replace(/^(mongodb(?:\+srv)?:\/\/[^/?]+)(?:\/[^?]*)?/, `$1/${dbName}`);
  const proc = await startChild(
    root,
    ["src/main.ts"],
    {
      BOT_TOKEN: TOKEN,
      BOT_MODE: "polling",
      BOT_API_ROOT: api.url,
      PORT: String(httpPort),
      MONGODB_URI: uri,
      DEFAULT_LOCALE: "ru",
      TIMEZONE: "Asia/Almaty",
      LOG_LEVEL: "info",
    },
    '"Praktika is running"',
  );
  const cpu0 = cpuMsOf(proc.pid!);
  const db0 = await dbCommandsOf(httpPort);
  const driven = await drive(api, seeded.pairs, (p) => seeded.entryOf(p));
  const cpuMs = cpuMsOf(proc.pid!) - cpu0;
  // The metrics scrape itself is not a database command; the reads of the approve data are the script's own.
  const dbCommands = (await dbCommandsOf(httpPort)) - db0;
  const rssMb = rssMbOf(proc.pid!);
  const conn = await mongoose.createConnection(database.uri, { dbName }).asPromise();
  const approved = await conn.collection("diary_entries").countDocuments({ status: "approved" });
  await conn.close();
  await stopChild(proc);
  await api.stop();
  await seeded.close();
  return { name, ...driven, cpuMs, dbCommands, rssMb, check: `${approved}/${STUDENTS} entries approved` };
}

const pct = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const load = (): string =>
  os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(" ");

try {
  for (let run = 1; run <= RUNS; run++) {
    const loadBefore = load();
    const results: Figures[] = [await runBare()];
    if (BASELINE_ROOT) results.push(await runPraktika(`Praktika at ${path.basename(BASELINE_ROOT)}`, BASELINE_ROOT));
    results.push(await runPraktika("Praktika (this checkout)", projectRoot()));
    const bare = results[0]!;
    const bareRate = bare.updates / bare.seconds;
    console.log(
      `\nrun ${run}/${RUNS}: ${STUDENTS} students × 7 updates, ${IN_FLIGHT} in flight, database ${database.label}, load ${loadBefore} → ${load()}`,
    );
    console.log("variant | updates/s | × bare | p50 ms | p95 ms | p99 ms | CPU ms/update | db commands/update | RSS MB | check");
    for (const r of results) {
      const sorted = [...r.latencies].sort((a, b) => a - b);
      const rate = r.updates / r.seconds;
      console.log(
        [
          r.name,
          rate.toFixed(1),
          `${(rate / bareRate).toFixed(3)}×`,
          pct(sorted, 0.5).toFixed(0),
          pct(sorted, 0.95).toFixed(0),
          pct(sorted, 0.99).toFixed(0),
          (r.cpuMs / r.updates).toFixed(2),
          r.dbCommands === null ? "—" : (r.dbCommands / r.updates).toFixed(2),
          r.rssMb.toFixed(0),
          r.check,
        ].join(" | "),
      );
    }
  }
} finally {
  await database.stop();
}
