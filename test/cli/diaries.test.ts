import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { createPersistence, type Persistence } from "../../src/persistence/create-persistence.js";
import { getReferenceData, type ReferenceData } from "../../src/reference-data/load.js";
import { createDiaryServices } from "../../src/services/diary/index.js";
import { createDiaryPlacements } from "../../src/services/diary/diary-placements.js";
import { useTestDatabase } from "../support/database.js";
import { createSeeder } from "../support/seed.js";

const tdb = useTestDatabase();
const now = () => new Date("2026-11-23T09:00:00Z");
let db: Persistence;
let reference: ReferenceData;
let root: string;

async function cli(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, { stdin: undefined, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) }, reference, {
    openDatabase: () => Promise.resolve({ db, close: async () => {} }),
    now,
  });
  return { code, stdout, stderr };
}

async function textOf(file: string): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await readFile(file))), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

beforeAll(async () => {
  db = createPersistence(tdb.connection());
  reference = await getReferenceData();
  root = await mkdtemp(path.join(os.tmpdir(), "praktika-diaries-"));
  const services = { diary: createDiaryServices({ db, now, reference }), diaryPlacements: createDiaryPlacements({ db, now, reference }) };
  const seed = createSeeder(db, now);
  const department = await seed.department("IS", "iitu", "Ақпараттық жүйелер кафедрасы");
  const other = await seed.department("CS");

  const aigerim = seed.person("kk", "Айгерім");
  await db.users.touch({ id: aigerim.id, first_name: aigerim.firstName }, "kk");
  const dias = seed.person("en", "Dias");
  const idle = seed.person("ru", "Олжас");
  const stranger = seed.person("ru", "Марат");
  const supervisor = seed.person("ru", "Ерлан");

  const aigerimDoc = await seed.student(aigerim, department, { fullName: "Сейітова Айгерім Нұрланқызы", group: "ИС-22-1" });
  const diasDoc = await seed.student(dias, department, { fullName: "Abenov Dias", group: "ИС-22-2" });
  const idleDoc = await seed.student(idle, department, { fullName: "Қасымов Олжас", group: "ИС-22-1" });
  const strangerDoc = await seed.student(stranger, other, { fullName: "Марат Бекұлы", group: "CS-22-1" });

  const first = await seed.placement(aigerimDoc, { universitySupervisor: supervisor });
  await seed.entries(services, first, aigerim, [{ date: "2026-11-16" }, { date: "2026-11-17" }]);
  const second = await seed.placement(diasDoc, { universitySupervisor: supervisor });
  await seed.entries(services, second, dias, [{ date: "2026-11-18", text: "Designed the database schema and wrote the migrations." }]);
  // Approved by the coordinator, not started, no entries: nothing to archive yet.
  await seed.placement(idleDoc, { status: "approved" });
  await seed.placement(strangerDoc, { status: "active" });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("cli diaries --department CODE --out DIR (QP-06 5.14: the diary-report of every placement)", () => {
  it("writes one PDF per placement with entries, named <group>-<student>-<practice type>, in each student's language", async () => {
    const out = path.join(root, "archive", "is");
    const r = await cli(["diaries", "--department", "is", "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const files = (await readdir(out)).sort();
    expect(files).toEqual(["ИС-22-1-Сейітова_Айгерім_Нұрланқызы-production.pdf", "ИС-22-2-Abenov_Dias-production.pdf"]);
    const kk = await textOf(path.join(out, files[0]!));
    expect(kk).toContain("Сейітова Айгерім Нұрланқызы");
    expect(kk).toContain("ПРАКТИКА КҮНДЕЛІГІ");
    const ru = await textOf(path.join(out, files[1]!));
    expect(ru).toContain("Abenov Dias");
    expect(ru).toContain("Designed the database schema");
    expect(ru).toContain("ДНЕВНИК-ОТЧЁТ ПО ПРАКТИКЕ");
    expect(r.stdout).toContain("2 diaries of IS written to");
    expect(r.stdout).not.toContain("Қасымов");
    expect(r.stdout).not.toContain("Марат");
  });

  it("--lang overrides the students' languages", async () => {
    const out = path.join(root, "en");
    const r = await cli(["diaries", "--department", "IS", "--out", out, "--lang", "en"]);
    expect(r.code).toBe(0);
    for (const file of await readdir(out)) expect(await textOf(path.join(out, file))).toContain("PRACTICE DIARY");
  });

  it("an unknown department: a clear message, exit 2, nothing written", async () => {
    const out = path.join(root, "unknown");
    const r = await cli(["diaries", "--department", "XX", "--out", out]);
    expect([r.code, r.stderr.trim()]).toEqual([2, '--department: no department with code "XX"']);
    await expect(readdir(out)).rejects.toThrow();
  });

  it("bad options are refused by the schema before the database is read (exit 2, one line each)", async () => {
    const bad = await cli(["diaries", "--department", "IS; rm", "--out", root, "--lang", "de"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split("\n")).toEqual([
      "--department: expected a department code (letters, digits, - or _)",
      '--lang: expected one of "en", "kk", "ru"',
    ]);
    const missing = await cli(["diaries", "--out", root]);
    expect([missing.code, missing.stderr.trim()]).toEqual([2, "--department: expected a department code"]);
  });

  it("an output that cannot be a directory: a clear message naming it, exit 2", async () => {
    const file = path.join(root, "not-a-directory");
    await writeFile(file, "x");
    const r = await cli(["diaries", "--department", "IS", "--out", path.join(file, "sub")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^--out: cannot write into ".*not-a-directory\/sub" \(ENOTDIR\)\n$/);
  });
});
