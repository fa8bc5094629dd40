/**
 * Crash benchmark: 50 students each write a diary entry through `/diary` against the real bot process
 * (`node --import tsx src/main.ts`, long polling a local fake Bot API with Telegram's offset rule). When the
 * burst of 50 "Send" presses is in flight the process gets SIGKILL, is started again, and the run counts
 * entries lost and doubled, students answered, and supervisors notified.
 * Run: node --import tsx bench/crash.ts [students=50] [confirmations before the kill=5]
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import dayjs from "dayjs";
import utc from "dayjs/plugin/utc.js";
import timezone from "dayjs/plugin/timezone.js";
import mongoose from "mongoose";
import { resolveDatabase } from "../src/db/resolve-database.js";
import { projectRoot } from "../src/paths.js";
import { createPersistence } from "../src/persistence/create-persistence.js";
import { createSeeder } from "../test/support/seed.js";
import type { TestPerson } from "../test/support/bot-harness.js";
import { startPollingBotApi, type ChatEvent } from "./support/polling-bot-api.js";

dayjs.extend(utc);
dayjs.extend(timezone);

const STUDENTS = Number(process.argv[2] ?? 50);
const KILL_AT = Number(process.argv[3] ?? 5);
const TOKEN = "123456789:AAE2e_crash_bench_token_0123456789abc";
const TEXT = "Написал модульные тесты для платёжного модуля и исправил найденные ошибки.";

const database = await resolveDatabase({
  uri: process.env["MONGODB_URI"],
  purpose: "bench",
  dataDir: path.join(os.tmpdir(), "praktika-bench"),
  log: () => {},
});
const dbName = `crash_${Date.now()}`;
const connection = await mongoose.createConnection(database.uri, { dbName }).asPromise();
const db = createPersistence(connection);
await db.syncIndexes();
const api = await startPollingBotApi();

const today = dayjs().tz("Asia/Almaty");
const start = today.subtract(7, "day");
const seed = createSeeder(db, () => start.subtract(1, "day").toDate());
const department = await seed.department("CS", "iitu");
const students: Array<{ student: TestPerson; supervisor: TestPerson }> = [];
for (let i = 0; i < STUDENTS; i++) {
  const student = seed.person("ru", "Аружан");
  const supervisor = seed.person("ru", "Ерлан");
  await seed.student(student, department, { studentNumber: `2021${String(1000 + i)}`, fullName: "Сейтқали Аружан" });
  await seed.placementThroughBase(student, {
    stage: "approved",
    organisationSupervisor: supervisor,
    startDate: start.format("YYYY-MM-DD"),
    endDate: start.add(27, "day").format("YYYY-MM-DD"),
    weeks: 4,
  });
  for (const p of [student, supervisor]) await db.users.setLanguage(p.id, "ru");
  students.push({ student, supervisor });
}

let child: ChildProcess | undefined;
/** A free loopback port for the bot's HTTP server (it listens in every mode). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

async function startBot(): Promise<void> {
  const httpPort = await freePort();
  const uri = database.uri.replace(/^(mongodb(?:\+srv)?:\/\/[^/?]+)(?:\/[^?]*)?/, `$1/${dbName}`);
  const proc = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: projectRoot(),
    env: {
      PATH: process.env["PATH"] ?? "",
      HOME: process.env["HOME"] ?? "",
      BOT_TOKEN: TOKEN,
      BOT_MODE: "polling",
      BOT_API_ROOT: api.url,
      PORT: String(httpPort),
      MONGODB_URI: uri,
      DEFAULT_LOCALE: "ru",
      TIMEZONE: "Asia/Almaty",
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child = proc;
  proc.stderr.resume();
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error("the bot did not start within 60 s")), 60_000);
    createInterface({ input: proc.stdout }).on("line", (line) => {
      if (!line.includes('"Praktika is running"')) return;
      clearTimeout(timer);
      ready();
    });
  });
}

let nextId = 1;
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
function press(p: TestPerson, messageId: number, data: string): void {
  const markup = api.keyboardOf(messageId);
  api.queue({
    callback_query: {
      id: String(nextId++),
      chat_instance: "ci",
      from: from(p),
      data,
      message: { message_id: messageId, date: 0, chat: chat(p), text: "", ...(markup ? { reply_markup: markup } : {}) },
    },
  });
}
const withButton = (prefix: string) => (e: ChatEvent) => e.buttons.some((b) => b.startsWith(prefix));
async function step(p: TestPerson, act: () => void, want: (e: ChatEvent) => boolean): Promise<ChatEvent> {
  const seen = api.events(p.id).length;
  act();
  let found: ChatEvent | undefined;
  await api.until(() => (found = api.events(p.id).slice(seen).find(want)) !== undefined, 60_000);
  return found!;
}
const button = (e: ChatEvent, prefix: string): string => e.buttons.find((b) => b.startsWith(prefix))!;

await startBot();
// Each student opens /diary and fills everything up to the final "Send" (the bot running normally).
const ready = await Promise.all(
  students.map(async ({ student: p }) => {
    const dates = await step(p, () => text(p, "/diary"), withButton("dia.d:"));
    const hours = await step(p, () => press(p, dates.messageId, button(dates, "dia.d:")), withButton("dia.h:"));
    await step(
      p,
      () => press(p, hours.messageId, button(hours, "dia.h:6") ?? button(hours, "dia.h:")),
      () => true,
    );
    const evidence = await step(p, () => text(p, TEXT), withButton("dia.ev:"));
    const confirm = await step(p, () => press(p, evidence.messageId, "dia.ev:done"), withButton("dia.cf:send"));
    return { p, confirm, before: api.events(p.id).length };
  }),
);

// The burst: 50 "Send" presses at once; SIGKILL as soon as the first few are answered.
const answered = (r: (typeof ready)[number]): boolean => api.events(r.p.id).length > r.before;
for (const r of ready) press(r.p, r.confirm.messageId, "dia.cf:send");
await api.until(() => ready.filter(answered).length >= KILL_AT, 60_000);
const killed = child!;
const closed = new Promise((done) => killed.once("close", done));
killed.kill("SIGKILL");
await closed;
const answeredAtKill = ready.filter(answered).length;
const pendingInbox = await db.models.InboxUpdate.countDocuments({ state: "pending" });
const unconfirmedAtKill = api.unconfirmed();

const restarted = Date.now();
await startBot();
await api.until(() => ready.every(answered), 60_000).catch(() => undefined);
const allAnsweredMs = Date.now() - restarted;
// Supervisors hear through the outbox dispatcher: give it time to deliver.
const notified = (s: TestPerson): number => api.events(s.id).filter(withButton("dia.ok:")).length;
await api.until(() => students.every((s) => notified(s.supervisor) >= 1), 30_000).catch(() => undefined);

// Every entry in this fresh database is one of the run's (whatever date the student picked).
const entries = await db.models.DiaryEntry.find({}, { placementId: 1 }).lean();
const perPlacement = new Map<string, number>();
for (const e of entries) perPlacement.set(String(e.placementId), (perPlacement.get(String(e.placementId)) ?? 0) + 1);
const lost = STUDENTS - perPlacement.size;
const doubled = [...perPlacement.values()].filter((n) => n > 1).length;
const repliesPerStudent = ready.map((r) => api.events(r.p.id).length - r.before);
const supervisorsNotified = students.filter((s) => notified(s.supervisor) >= 1).length;
const supervisorsTwice = students.filter((s) => notified(s.supervisor) > 1).length;
const retried = await db.models.InboxUpdate.countDocuments({ attempts: { $gt: 1 } });

console.log(`crash run: ${STUDENTS} diary submissions, SIGKILL after ${answeredAtKill} were answered (database: ${database.label})`);
console.log(`  at the kill: ${pendingInbox} updates stored and unfinished in the inbox, ${unconfirmedAtKill} unconfirmed at Telegram`);
console.log(`  after restart: every student answered within ${allAnsweredMs} ms: ${ready.every(answered)}`);
console.log(`  entries: ${perPlacement.size} stored, ${lost} lost, ${doubled} doubled; ${retried} updates handled again after the kill`);
console.log(
  `  replies after "Send" per student: ${[...new Set(repliesPerStudent)]
    .sort()
    .map((n) => `${n}×${repliesPerStudent.filter((m) => m === n).length}`)
    .join(", ")}`,
);
console.log(`  supervisors notified: ${supervisorsNotified}/${STUDENTS} (twice: ${supervisorsTwice})`);

const finalChild = child!;
const exited = new Promise((done) => finalChild.once("close", done));
finalChild.kill("SIGTERM");
await exited;
await api.stop();
await connection.dropDatabase();
await connection.close();
await database.stop();
