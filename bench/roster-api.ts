/**
 * Benchmark: the board's roster API for a department of 2,000 students over the real database (the resolver's
 * choice: the stand-in here, MONGODB_URI elsewhere), through the real HTTP app (hono, auth, services).
 * Run: npm run bench:roster [students]
 *
 * Each scenario is requested R times; p50 / p95 are reported against `GET /healthz` (a database ping) measured in the
 * same run, so the figures read as ratios on any machine. Target (issue 15): p95 ≤ 200 ms on the stand-in.
 */
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import mongoose, { Types } from "mongoose";
import { resolveDatabase } from "../src/db/resolve-database.js";
import { createHttpServer } from "../src/http/index.js";
import { boardApi } from "../src/http/board/api.js";
import { createBoardAuth } from "../src/http/board/auth.js";
import { createHarness, TEST_TOKEN } from "../test/support/bot-harness.js";
import { initDataFor, NOW } from "../test/board-api/board-support.js";

const STUDENTS = Number(process.argv[2] ?? 2000);
const REPEATS = 40;

const database = await resolveDatabase({
  uri: process.env["MONGODB_URI"],
  purpose: "bench",
  dataDir: path.join(os.tmpdir(), "praktika-bench"),
  log: () => {},
});
const connection = await mongoose.createConnection(database.uri, { dbName: `bench_${Date.now()}` }).asPromise();
try {
  const h = createHarness({ connection, now: () => NOW });
  await h.db.syncIndexes();
  const department = await h.db.departments.create({ code: "CS", name: "Computer Science", policyId: "iitu" });
  if (!department) throw new Error("no department");
  const coordinatorId = 500_001;
  await h.db.users.touch({ id: coordinatorId, first_name: "Coordinator" }, null);
  await h.db.users.grantRole(coordinatorId, { role: "coordinator", departmentId: department._id, at: NOW });
  const supervisors = [500_101, 500_102, 500_103];
  const surnames = ["Әбенов", "Серікұлы", "Ахметов", "Бекова", "Жанұзақов", "Қасымов", "Нұрланова", "Оспанов"];
  const statuses = ["draft", "submitted", "returned", "approved", "active", "active", "finished"] as const;
  const students = Array.from({ length: STUDENTS }, (_, i) => ({
    _id: new Types.ObjectId(),
    studentNumber: String(300_000 + i),
    fullName: `${surnames[i % surnames.length]} Студент ${i}`,
    level: "bachelor",
    programmeCode: "6B06102",
    course: 3,
    group: `SE-22${String(i % 40).padStart(2, "0")}`,
    departmentId: department._id,
    ...(i % 3 === 0 ? { telegramId: 600_000 + i } : {}),
  }));
  await h.db.models.Student.insertMany(students);
  // Four in five students have a placement; a running one gets diary entries.
  const placements = students
    .filter((_, i) => i % 5 !== 0)
    .map((s, i) => ({
      _id: new Types.ObjectId(),
      studentId: s._id,
      departmentId: department._id,
      practiceType: "production",
      academicYear: "2026-2027",
      source: "roster",
      startDate: "2026-11-16",
      endDate: "2026-12-11",
      weeks: 4,
      requiredHours: 120,
      status: statuses[i % statuses.length],
      version: 1,
      ...(i % 2 === 0 ? { universitySupervisorTelegramId: supervisors[i % supervisors.length] } : {}),
    }));
  await h.db.models.Placement.insertMany(placements);
  const entries = placements
    .filter((p) => p.status === "active")
    .flatMap((p) =>
      ["2026-11-16", "2026-11-17", "2026-11-18"].map((date, k) => ({
        placementId: String(p._id),
        studentId: String(p.studentId),
        departmentId: String(department._id),
        date,
        hours: 6,
        text: "Бенчмарк жазбасы",
        status: k === 2 ? "submitted" : "approved",
        version: 1,
      })),
    );
  await h.db.models.DiaryEntry.insertMany(entries);

  const http = createHttpServer({
    port: 0,
    logger: h.logger,
    health: { pingDatabase: () => h.db.ping() },
    routes: [
      {
        path: "/api",
        app: boardApi({ auth: createBoardAuth({ botToken: TEST_TOKEN, now: () => NOW }), board: h.services.board, logger: h.logger }),
      },
    ],
  });
  const authorization = `tma ${initDataFor(coordinatorId)}`;
  const time = async (url: string, headers: Record<string, string>): Promise<number[]> => {
    const out: number[] = [];
    for (let i = 0; i < REPEATS + 3; i++) {
      const t0 = performance.now();
      const response = await http.app.request(url, { headers });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
      if (i >= 3) out.push(performance.now() - t0);
    }
    return out.sort((a, b) => a - b);
  };
  const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
  const baseline = await time("/healthz", {});
  const base95 = pct(baseline, 95);
  console.log(`roster API, ${STUDENTS} students, ${placements.length} placements, ${entries.length} entries; ${REPEATS} requests each`);
  console.log(
    `load average before: ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(" ")} (${os.cpus().length} cores)`,
  );
  console.log(`baseline GET /healthz: p50 ${pct(baseline, 50).toFixed(1)} ms, p95 ${base95.toFixed(1)} ms`);
  const scenarios: [string, string][] = [
    ["first page, by name", "/api/roster"],
    ["search by name (q=бекова)", `/api/roster?q=${encodeURIComponent("бекова")}`],
    ["search by student ID", "/api/roster?q=301234"],
    ["group + status=active", "/api/roster?group=SE-2210&status=active"],
    ["behind=1", "/api/roster?behind=1"],
    ["noBase=1, page 5, by ID desc", "/api/roster?noBase=1&page=5&sort=studentCode&dir=desc"],
    ["supervisor + practice type", `/api/roster?supervisor=${supervisors[0]}&practiceType=production`],
  ];
  let worst = 0;
  for (const [label, url] of scenarios) {
    const xs = await time(url, { authorization });
    const p95 = pct(xs, 95);
    worst = Math.max(worst, p95);
    console.log(
      `${label.padEnd(32)} p50 ${pct(xs, 50).toFixed(1).padStart(6)} ms  p95 ${p95.toFixed(1).padStart(6)} ms  (${(p95 / base95).toFixed(1)}× /healthz p95)`,
    );
  }
  console.log(`worst p95 ${worst.toFixed(1)} ms: ${worst <= 200 ? "within" : "OVER"} the 200 ms target`);
  console.log(
    `load average after: ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(" ")}`,
  );
} finally {
  await connection.dropDatabase();
  await connection.close();
  await database.stop();
}
