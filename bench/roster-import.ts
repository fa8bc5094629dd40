/**
 * Benchmark: the coordinator's roster import (issue 8) over the real database (the resolver's
 * choice: the stand-in here, MONGODB_URI elsewhere). Run: node --import tsx bench/roster-import.ts [rows]
 *
 * Imports an N-row CSV through the roster service (parse, validate the whole file, look up existing
 * students, bulk-write students and draft placements, issue personal links, build the links XLSX),
 * then imports it again (nothing changes). Baseline: a bare `insertMany` of the same N student rows
 * in the same run. Memory: peak RSS and heap above the level before the import, sampled every 5 ms.
 * Goals: under 5 s and under 200 MB for 5,000 rows.
 */
import path from "node:path";
import os from "node:os";
import { performance } from "node:perf_hooks";
import mongoose, { Types } from "mongoose";
import { resolveDatabase } from "../src/db/resolve-database.js";
import { toAccessPrincipal } from "../src/domain/access/roles.js";
import { createPersistence } from "../src/persistence/create-persistence.js";
import { getReferenceData } from "../src/reference-data/load.js";
import { createInvitationService } from "../src/services/invitation.service.js";
import { createRosterService } from "../src/services/roster/roster.service.js";
import { csv, manyLines } from "../test/roster/roster-files.js";

const ROWS = Number(process.argv[2] ?? 5000);
const MB = 1024 * 1024;

const database = await resolveDatabase({
  uri: process.env["MONGODB_URI"],
  purpose: "bench",
  dataDir: path.join(os.tmpdir(), "praktika-bench"),
  log: () => {},
});
const connection = await mongoose.createConnection(database.uri, { dbName: `bench_roster_${Date.now()}` }).asPromise();

/** Runs `work` while sampling memory; returns its time and the peak growth of RSS and heap. */
async function measure<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; rssMb: number; heapMb: number }> {
  global.gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const timer = setInterval(() => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 5);
  const t0 = performance.now();
  const result = await work();
  const ms = performance.now() - t0;
  clearInterval(timer);
  const after = process.memoryUsage();
  peakRss = Math.max(peakRss, after.rss);
  peakHeap = Math.max(peakHeap, after.heapUsed);
  return { result, ms, rssMb: (peakRss - before.rss) / MB, heapMb: (peakHeap - before.heapUsed) / MB };
}

try {
  const db = createPersistence(connection);
  await db.syncIndexes();
  const reference = await getReferenceData();
  const now = (): Date => new Date("2026-11-23T09:00:00Z");
  const invitations = createInvitationService({ db, now });
  const roster = createRosterService({ db, now, reference, invitations });
  const department = await db.departments.create({ code: "CS", name: "Computer Science", policyId: "iitu" });
  const lines = manyLines(ROWS);
  const file = csv(lines);
  const importInto = (departmentId: string, content: Buffer) =>
    roster.importRoster(toAccessPrincipal({ telegramId: 4001, roles: [{ role: "coordinator", departmentId }] }, []), {
      departmentId,
      fileName: "roster.csv",
      mime: "text/csv",
      content,
      botUsername: "praktika_bot",
    });
  const asDocs = (rows: typeof lines) =>
    rows.map((l) => ({
      _id: new Types.ObjectId(),
      studentNumber: l.studentNumber,
      fullName: l.fullName,
      group: l.group,
      programmeCode: l.programmeCode,
      course: Number(l.course),
      level: "bachelor",
      departmentId: department!._id,
    }));

  // Warm-up: the database server (a JVM for the stand-in) and this process compile their hot paths on first use.
  const warmDepartment = await db.departments.create({ code: "WARM", name: "Warm-up", policyId: "iitu" });
  await importInto(String(warmDepartment!._id), csv(manyLines(500, 900_000)));
  await connection.collection("bench_warm").insertMany(asDocs(manyLines(500, 800_000)));

  const raw = connection.collection("bench_raw_students");
  const baseline = await measure(() => raw.insertMany(asDocs(lines)));
  // The same rows into a collection with the students' indexes (unique student number, sparse unique Telegram id, department).
  const indexed = connection.collection("bench_raw_students_indexed");
  await indexed.createIndex({ studentNumber: 1 }, { unique: true });
  await indexed.createIndex({ telegramId: 1 }, { unique: true, sparse: true });
  await indexed.createIndex({ departmentId: 1, course: 1 });
  const indexedBaseline = await measure(() => indexed.insertMany(asDocs(lines)));

  const first = await measure(() => importInto(String(department!._id), file));
  if (first.result.status !== "imported" || first.result.students.new !== ROWS || first.result.invitations.count !== ROWS) {
    throw new Error(`unexpected result: ${JSON.stringify(first.result).slice(0, 300)}`);
  }
  const second = await measure(() => importInto(String(department!._id), file));
  if (second.result.status !== "imported" || second.result.students.unchanged !== ROWS) throw new Error("re-import changed something");

  const f = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const m = (mb: number) => `${mb.toFixed(0)} MB`;
  console.log(`database: ${database.label}`);
  console.log(`file: ${ROWS} rows, ${(file.length / 1024).toFixed(0)} KB CSV`);
  console.log(
    `import (${ROWS} new students + drafts + links XLSX): ${f(first.ms)}, peak +${m(first.rssMb)} RSS / +${m(first.heapMb)} heap`,
  );
  console.log(`re-import (nothing changes):                    ${f(second.ms)}, peak +${m(second.rssMb)} RSS / +${m(second.heapMb)} heap`);
  console.log(`baseline bare insertMany of ${ROWS} rows:           ${f(baseline.ms)}`);
  console.log(`baseline insertMany into the students' indexes:   ${f(indexedBaseline.ms)}`);
  console.log(
    `→ import is ${(first.ms / baseline.ms).toFixed(1)}× the bare insert (${(first.ms / indexedBaseline.ms).toFixed(1)}× the indexed one), re-import ${(second.ms / baseline.ms).toFixed(1)}×`,
  );
  console.log(`goals: < 5 s (${first.ms < 5000 ? "met" : "NOT met"}), < 200 MB (${first.rssMb < 200 ? "met" : "NOT met"})`);
} finally {
  await connection.dropDatabase();
  await connection.close();
  await database.stop();
}
