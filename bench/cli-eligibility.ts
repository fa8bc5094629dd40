/**
 * Benchmark: `eligibility --csv` over 10,000 students (issue 4: "well under a
 * second"). Run: node --import tsx bench/cli-eligibility.ts [rows]
 *
 * Measures in-process runCli (file read + csv-parse + zod validation + rules
 * + table rendering), best of several runs after a warm-up, against two
 * baselines on the same data in the same run: csv-parse alone, and a JSON
 * round-trip of the parsed rows. Prints absolute ms and the ratios.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parse } from "csv-parse/sync";
import { runCli } from "../src/cli/run-cli.js";
import { getReferenceData } from "../src/reference-data/load.js";

const ROWS = Number(process.argv[2] ?? 10_000);
const RUNS = 7;

/** mulberry32: deterministic pseudo-random numbers from a fixed seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generateCsv(n: number): string {
  const r = rng(20250901);
  const lines = ["id,level,course,credits,gpa,funding"];
  for (let i = 0; i < n; i++) {
    const x = r();
    const [level, course] = x < 0.75 ? ["bachelor", 1 + Math.floor(r() * 3)] : x < 0.9 ? ["master", 1] : ["phd", 1 + Math.floor(r() * 2)];
    const credits = Math.round((30 + r() * 170) * 2) / 2;
    const gpa = (r() * 4).toFixed(2);
    const funding = r() < 0.4 ? "grant" : "paid";
    lines.push(`S-${String(i + 1).padStart(5, "0")},${level},${course},${credits},${gpa},${funding}`);
  }
  return `${lines.join("\n")}\n`;
}

async function best(runs: number, fn: () => unknown): Promise<number> {
  await fn(); // warm-up
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

const dir = mkdtempSync(path.join(os.tmpdir(), "praktika-bench-"));
try {
  const csv = generateCsv(ROWS);
  const file = path.join(dir, "cohort.csv");
  writeFileSync(file, csv);

  const tLoad0 = performance.now();
  await getReferenceData();
  const loadMs = performance.now() - tLoad0;

  let lines = 0;
  let exitCode = -1;
  const cliMs = await best(RUNS, async () => {
    let out = "";
    exitCode = await runCli(["eligibility", "--csv", file], { stdin: undefined, stdout: (s) => (out += s), stderr: () => {} });
    lines = out.split("\n").length - 2;
  });
  if (exitCode !== 0 || lines !== ROWS) throw new Error(`unexpected CLI result: exit ${exitCode}, ${lines} rows`);

  const parseMs = await best(RUNS, () => parse(csv, { columns: true, skip_empty_lines: true }));
  const rows: unknown[] = parse(csv, { columns: true, skip_empty_lines: true });
  const jsonMs = await best(RUNS, () => JSON.parse(JSON.stringify(rows)));

  const f = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(`rows: ${ROWS}, best of ${RUNS} runs after a warm-up (Node ${process.version})`);
  console.log(`reference data load (once per process): ${f(loadMs)}`);
  console.log(`CLI eligibility --csv (runCli in-process): ${f(cliMs)}  (${((cliMs / ROWS) * 1000).toFixed(2)} µs/row)`);
  console.log(`baseline csv-parse alone:                  ${f(parseMs)}  → CLI is ${(cliMs / parseMs).toFixed(2)}× csv-parse`);
  console.log(`baseline JSON round-trip of the rows:      ${f(jsonMs)}  → CLI is ${(cliMs / jsonMs).toFixed(2)}× JSON round-trip`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
