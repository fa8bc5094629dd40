/**
 * Benchmark: the real bot handling updates over the real database (the resolver's choice: the
 * stand-in here, MONGODB_URI elsewhere). Run: node --import tsx bench/bot-updates.ts [users]
 *
 * 1. `/help` from N distinct users (user upsert + i18n + routing) against a baseline of the same
 *    N user upserts done directly with the driver: the ratio is the bot pipeline's overhead.
 * 2. Complete onboarding registrations (9 updates each, the scene replays its history on every
 *    update) against a baseline of the database writes those registrations need.
 */
import path from "node:path";
import os from "node:os";
import { performance } from "node:perf_hooks";
import mongoose from "mongoose";
import { resolveDatabase } from "../src/db/resolve-database.js";
import { createHarness, type TestPerson } from "../test/support/bot-harness.js";

const USERS = Number(process.argv[2] ?? 300);
const REGISTRATIONS = Math.max(10, Math.round(USERS / 10));

const database = await resolveDatabase({
  uri: process.env["MONGODB_URI"],
  purpose: "bench",
  dataDir: path.join(os.tmpdir(), "praktika-bench"),
  log: () => {},
});
const connection = await mongoose.createConnection(database.uri, { dbName: `bench_${Date.now()}` }).asPromise();
try {
  const h = createHarness({ connection });
  await h.db.syncIndexes();
  const department = await h.db.departments.create({ code: "CS", name: "Computer Science", policyId: "iitu" });
  const people = (offset: number, n: number): TestPerson[] =>
    Array.from({ length: n }, (_, i) => ({ id: offset + i, firstName: `User${i}`, languageCode: ["kk", "ru", "en"][i % 3] }));

  // 1. /help vs raw upserts
  await h.text({ id: 1, firstName: "warm", languageCode: "en" }, "/help");
  const helpUsers = people(100_000, USERS);
  let t0 = performance.now();
  for (const p of helpUsers) await h.text(p, "/help");
  const helpMs = performance.now() - t0;

  const raw = connection.collection("bench_raw_users");
  t0 = performance.now();
  for (const p of helpUsers) {
    await raw.findOneAndUpdate(
      { telegramId: p.id },
      { $set: { firstName: p.firstName }, $setOnInsert: { telegramId: p.id, language: p.languageCode, roles: [] } },
      { upsert: true, returnDocument: "after" },
    );
  }
  const rawMs = performance.now() - t0;

  // 2. full registrations vs their writes
  const students = people(200_000, REGISTRATIONS);
  t0 = performance.now();
  for (const [i, p] of students.entries()) {
    await h.text(p, "/start");
    await h.text(p, "Сейтқали Аружан");
    await h.text(p, String(30_000_000 + i));
    await h.press(p, "onb.level:bachelor");
    await h.text(p, "6B06102");
    await h.press(p, "onb.course:3");
    await h.text(p, "SE-2203");
    await h.press(p, `onb.dep:${String(department!._id)}`);
  }
  const registerMs = performance.now() - t0;
  const registered = await h.db.models.Student.countDocuments();
  if (registered !== REGISTRATIONS) throw new Error(`expected ${REGISTRATIONS} students, found ${registered}`);

  const rawStudents = connection.collection("bench_raw_students");
  t0 = performance.now();
  for (const [i, p] of students.entries()) {
    for (let step = 0; step < 8; step++) await raw.findOneAndUpdate({ telegramId: p.id }, { $set: { step } }, { upsert: true });
    await rawStudents.insertOne({ telegramId: p.id, studentNumber: String(40_000_000 + i), fullName: "X", course: 3 });
  }
  const rawRegisterMs = performance.now() - t0;

  const f = (ms: number) => `${ms.toFixed(0)} ms`;
  console.log(`database: ${database.label}`);
  console.log(`/help from ${USERS} users:          ${f(helpMs)} (${(helpMs / USERS).toFixed(2)} ms/update)`);
  console.log(`baseline ${USERS} raw user upserts:  ${f(rawMs)} → bot is ${(helpMs / rawMs).toFixed(2)}× the bare database round-trips`);
  console.log(
    `${REGISTRATIONS} full registrations (8 updates each): ${f(registerMs)} (${(registerMs / REGISTRATIONS).toFixed(1)} ms/registration)`,
  );
  console.log(
    `baseline ${REGISTRATIONS} × (8 upserts + 1 insert): ${f(rawRegisterMs)} → bot is ${(registerMs / rawRegisterMs).toFixed(2)}× the bare writes`,
  );
} finally {
  await connection.dropDatabase();
  await connection.close();
  await database.stop();
}
