/**
 * Benchmark: enqueuing the daily diary reminder (issue 10) for N students with active placements
 * (default 100,000), over the real database (the resolver's choice: the stand-in here, MONGODB_URI elsewhere).
 * Run: node --import tsx bench/reminders.ts [students] [historyFactor]
 *
 * Two databases in the same run: one with only the N active placements, one with the same N plus a
 * history of old placements (historyFactor × N) and old diary entries (5 × historyFactor × N). In each:
 * `runDue` at 18:00 local (queries + rules + enqueueMany), then a second `runDue` (everything is a
 * duplicate). Baseline: a bare driver `insertMany` of the same outbox documents into a scratch collection.
 * Goals: ≤ 5 s for 100,000, and the same time with or without the history.
 */
import path from "node:path";
import os from "node:os";
import { performance } from "node:perf_hooks";
import mongoose, { Types } from "mongoose";
import pino from "pino";
import { resolveDatabase } from "../src/db/resolve-database.js";
import { createPersistence } from "../src/persistence/create-persistence.js";
import { getReferenceData } from "../src/reference-data/load.js";
import { createOutbox } from "../src/services/outbox/index.js";
import { createReminderJobs, toOutboxMessage } from "../src/services/reminders/index.js";

const N = Number(process.argv[2] ?? 100_000);
const HISTORY = Number(process.argv[3] ?? 2);
const NOW = new Date("2026-11-23T13:00:00Z"); // Monday 18:00 in Almaty

const database = await resolveDatabase({
  uri: process.env["MONGODB_URI"],
  purpose: "bench",
  dataDir: path.join(os.tmpdir(), "praktika-bench"),
  log: () => {},
});
const reference = await getReferenceData();

async function scenario(label: string, history: number) {
  const connection = await mongoose.createConnection(database.uri, { dbName: `bench_reminders_${label}_${Date.now()}` }).asPromise();
  try {
    const db = createPersistence(connection);
    await db.syncIndexes();
    const department = await db.departments.create({ code: "CS", name: "CS", policyId: "iitu" });
    if (!department) throw new Error("department");
    const students = Array.from({ length: N }, (_, i) => ({
      _id: new Types.ObjectId(),
      telegramId: 10_000_000 + i,
      studentNumber: `S${i}`,
      fullName: `Student ${i}`,
      level: "bachelor",
      programmeCode: "6B06102",
      course: 3,
      group: "SE-1",
      departmentId: department._id,
    }));
    const seedStart = performance.now();
    for (let i = 0; i < N; i += 20_000) await db.models.Student.insertMany(students.slice(i, i + 20_000), { lean: true });
    const base = { departmentId: department._id, source: "roster", status: "active", version: 0, history: [], weeks: 8 };
    const active = students.map((s) => ({
      ...base,
      studentId: s._id,
      practiceType: "production",
      academicYear: "2026-2027",
      startDate: "2026-11-02",
      endDate: "2026-12-25",
      organisationId: department._id,
      contract: { number: "1", date: "2026-10-01" },
    }));
    for (let i = 0; i < N; i += 20_000) await db.models.Placement.insertMany(active.slice(i, i + 20_000), { lean: true });
    let oldEntries = 0;
    for (let h = 0; h < history; h++) {
      const year = 2024 - h;
      const old = students.map((s) => ({
        ...base,
        _id: new Types.ObjectId(),
        studentId: s._id,
        practiceType: "educational",
        academicYear: `${year}-${year + 1}`,
        startDate: `${year}-10-01`,
        endDate: `${year}-10-25`,
        status: "finished",
      }));
      for (let i = 0; i < N; i += 20_000) await db.models.Placement.insertMany(old.slice(i, i + 20_000), { lean: true });
      const entries = old.flatMap((p) =>
        [1, 2, 3, 6, 7].map((d) => ({
          placementId: String(p._id),
          studentId: String(p.studentId),
          departmentId: String(department._id),
          date: `${year}-10-${String(d).padStart(2, "0")}`,
          hours: 6,
          text: "old entry of a finished practice",
          status: "approved",
          version: 2,
          history: [],
        })),
      );
      for (let i = 0; i < entries.length; i += 50_000)
        await connection.collection("diary_entries").insertMany(entries.slice(i, i + 50_000));
      oldEntries += entries.length;
    }
    const seedMs = performance.now() - seedStart;

    const now = () => NOW;
    const jobs = createReminderJobs({
      db,
      outbox: createOutbox({ db, now }),
      reference,
      now,
      timezone: "Asia/Almaty",
      logger: pino({ level: "silent" }),
    });
    let t0 = performance.now();
    const due = await jobs.collect(NOW);
    const collectMs = performance.now() - t0;
    t0 = performance.now();
    const first = await jobs.runDue(NOW);
    const runMs = performance.now() - t0;
    t0 = performance.now();
    const second = await jobs.runDue(NOW);
    const againMs = performance.now() - t0;

    const docs = due.map((r) => {
      const m = toOutboxMessage(r);
      return { ...m, recipientTelegramId: m.recipient, state: "pending", attempts: 0, lease: null, createdAt: NOW, updatedAt: NOW };
    });
    t0 = performance.now();
    for (let i = 0; i < docs.length; i += 10_000)
      await connection.collection("bench_baseline").insertMany(docs.slice(i, i + 10_000), { ordered: false });
    const baselineMs = performance.now() - t0;
    return {
      label,
      oldPlacements: history * N,
      oldEntries,
      seedS: seedMs / 1000,
      due: due.length,
      enqueued: first.enqueued,
      secondRunEnqueued: second.enqueued,
      collectMs,
      runMs,
      againMs,
      baselineMs,
    };
  } finally {
    await connection.dropDatabase();
    await connection.close();
  }
}

try {
  const rows = [await scenario("empty", 0), await scenario("history", HISTORY)];
  const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`\nDaily diary reminder for ${N.toLocaleString("en")} students with active placements (${database.label})\n`);
  console.log(
    "| history | old placements | old entries | due | enqueued | runDue | ×insertMany | collect only | 2nd runDue (all duplicates) | bare insertMany |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|");
  for (const r of rows)
    console.log(
      `| ${r.label} | ${r.oldPlacements.toLocaleString("en")} | ${r.oldEntries.toLocaleString("en")} | ${r.due.toLocaleString("en")} | ${r.enqueued.toLocaleString("en")} | ${fmt(r.runMs)} | ${(r.runMs / r.baselineMs).toFixed(2)} | ${fmt(r.collectMs)} | ${fmt(r.againMs)} (${r.secondRunEnqueued}) | ${fmt(r.baselineMs)} |`,
    );
  const [a, b] = rows;
  if (a && b)
    console.log(
      `\nrunDue with history / without: ${(b.runMs / a.runMs).toFixed(2)}; goal ≤ 5 s: ${b.runMs <= 5000 && a.runMs <= 5000 ? "met" : "NOT met"}`,
    );
} finally {
  await database.stop();
}
