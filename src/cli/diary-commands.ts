import { constants } from "node:fs";
import { access, mkdir, writeFile } from "node:fs/promises";
import { z } from "zod";
import path from "node:path";
import { parseVerificationCode, type DiaryReportData } from "../documents/diary-report-data.js";
import { createDocumentTranslations } from "../documents/document-i18n.js";
import type { PlacementStatus } from "../domain/practice/placement.js";
import type { Persistence } from "../persistence/create-persistence.js";
import type { ReferenceData } from "../reference-data/load.js";
import { createDiaryPlacements } from "../services/diary/diary-placements.js";
import { createDiaryExportService, safeFileName } from "../services/diary/diary-export.service.js";
import { createDiaryVerificationService } from "../services/diary/diary-verification.service.js";
import { oneOf } from "../validation/fields.js";
import type { ParsedArgs } from "./args.js";
import { openCliDatabase, type OpenedDatabase } from "./open-database.js";

/** The diaries of a department, as the archive command needs them; null for an unknown department. */
export type DepartmentDiaryLoader = (
  departmentCode: string,
  db: Persistence,
) => Promise<{ department: { code: string; name: string }; diaries: { data: DiaryReportData; locale?: string }[] } | null>;

/** Placement statuses whose diary is archived even before any entry is written (QP-06 5.14: running or finished). */
const ARCHIVED_STATUSES: readonly PlacementStatus[] = ["active", "finished"];

/**
 * The archive's loader over the database: every placement of the department with diary entries or
 * running/finished, read through the one diary placement adapter, as F-76 data in the student's language.
 */
export function createDepartmentDiaryLoader(deps: { now(): Date; reference: ReferenceData }): DepartmentDiaryLoader {
  return async (code, db) => {
    const department = await db.departments.findByCode(code);
    if (!department) return null;
    const placements = createDiaryPlacements({ db, now: () => deps.now(), reference: deps.reference });
    const exports = createDiaryExportService({ db, now: () => deps.now(), reference: deps.reference });
    const withEntries = new Set((await db.diaryEntries.listFactsByDepartment(String(department._id))).map((f) => f.placementId));
    const diaries: { data: DiaryReportData; locale?: string }[] = [];
    for (const loaded of await placements.ofDepartment(department._id)) {
      if (!withEntries.has(loaded.diary.id) && !ARCHIVED_STATUSES.includes(loaded.placement.status)) continue;
      const data = await exports.buildDiaryReportData(await placements.reportContext(loaded));
      const user = loaded.student.telegramId != null ? await db.users.findByTelegramId(loaded.student.telegramId) : null;
      diaries.push({ data, ...(user?.language ? { locale: user.language } : {}) });
    }
    return { department: { code: department.code, name: department.name }, diaries };
  };
}

export interface DiaryCliDeps {
  openDatabase: () => Promise<OpenedDatabase>;
  loadDepartmentDiaries?: DepartmentDiaryLoader | undefined;
  now: () => Date;
  reference: ReferenceData;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export const EXIT_NOT_FOUND = 3;

/** `verify <code>`: which diary and revision a printed verification code belongs to. */
export async function runVerify(code: string, deps: DiaryCliDeps): Promise<number> {
  if (!parseVerificationCode(code)) {
    deps.stderr(`verify: "${code}" is not a verification code (16 hex digits, e.g. 1A2B-3C4D-5E6F-7A8B)\n`);
    return 2;
  }
  const opened = await deps.openDatabase();
  try {
    const r = await createDiaryVerificationService({ db: opened.db }).verifyDiaryCode(code);
    if (r.status === "unknown") {
      deps.stdout(`${r.code}: NOT FOUND — no document with this code was issued by this database.\n`);
      return EXIT_NOT_FOUND;
    }
    const f = r.facts;
    const lines = [
      `${f.code}: VALID — a diary-report (F-76) issued by this database.`,
      `student:    ${f.studentName}${f.studentNumber ? ` (${f.studentNumber})` : ""}`,
      `practice:   ${f.practiceType} practice ${f.startDate} – ${f.endDate}${f.programme ? `, ${f.programme}` : ""}`,
      `version:    revision ${f.version.revision} of ${f.version.latest}, issued ${f.version.issuedAt}`,
      `content:    ${f.hours.handedIn} h handed in, ${f.hours.approved} h approved of ${f.hours.required} h required` +
        `${f.grade ? `, grade ${f.grade.letter}` : ""}`,
      ...f.signatures.map((s) => `signed:     ${s.by} (${s.role}) ${s.at}`),
      r.status === "superseded"
        ? `NOTE: a newer revision ${f.version.latest} was issued (code ${f.version.latestCode}); this copy is outdated.`
        : r.status === "unsigned"
          ? "This is the latest revision issued, but the diary is NOT SIGNED off: a working copy."
          : "This is the latest revision issued.",
    ];
    deps.stdout(`${lines.join("\n")}\n`);
    return 0;
  } finally {
    await opened.close();
  }
}

/** The validated options of `diaries`. */
export interface DiariesOptions {
  /** Upper-cased department code. */
  department: string;
  out: string;
  lang?: string | undefined;
}

/** `diaries` options from the command line (zod; one message per bad option, keyed by the option). */
export function parseDiariesOptions(
  raw: { department?: string | undefined; out?: string | undefined; lang?: string | undefined },
  locales: readonly string[],
): { options: DiariesOptions } | { problems: string[] } {
  const schema = z.strictObject({
    "--department": z
      .string({ error: "expected a department code" })
      .trim()
      .regex(/^[\p{L}\p{N}_-]{1,32}$/u, { error: "expected a department code (letters, digits, - or _)" })
      .transform((code) => code.toUpperCase()),
    "--out": z.string({ error: "expected a directory" }).trim().min(1, { error: "expected a directory" }),
    "--lang": oneOf(locales).optional(),
  });
  const parsed = schema.safeParse({ "--department": raw.department, "--out": raw.out, "--lang": raw.lang });
  if (!parsed.success) return { problems: parsed.error.issues.map((i) => `${String(i.path[0] ?? "")}: ${i.message}`) };
  const v = parsed.data;
  return { options: { department: v["--department"], out: v["--out"], lang: v["--lang"] } };
}

/** "ИС-22-1-Сейтқали_Аружан-production.pdf": group, student (name, else number, else placement id), practice type. */
export function diaryArchiveFileName(data: DiaryReportData, used: ReadonlySet<string>): string {
  const student = data.student.fullName.trim() || data.student.studentNumber || data.placementId;
  const name = safeFileName([data.group, student, data.practiceType], "pdf", "-");
  return used.has(name) ? safeFileName([data.group, student, data.practiceType, data.placementId], "pdf", "-") : name;
}

/** Creates `dir` when missing and checks that files can be written into it; the problem as one line otherwise. */
async function prepareOutputDirectory(dir: string): Promise<string | null> {
  try {
    await mkdir(dir, { recursive: true });
    await access(dir, constants.W_OK);
    return null;
  } catch (e) {
    return `--out: cannot write into ${JSON.stringify(dir)} (${(e as NodeJS.ErrnoException).code ?? "error"})`;
  }
}

/** `diaries --department CODE --out DIR [--lang kk|ru|en]`: every diary of a department as PDF, codes recorded. */
export async function runDiaries(options: DiariesOptions, deps: DiaryCliDeps): Promise<number> {
  const translations = createDocumentTranslations();
  const loader = deps.loadDepartmentDiaries ?? createDepartmentDiaryLoader(deps);
  const opened = await deps.openDatabase();
  try {
    const found = await loader(options.department, opened.db);
    if (!found) {
      deps.stderr(`--department: no department with code ${JSON.stringify(options.department)}\n`);
      return 2;
    }
    const problem = await prepareOutputDirectory(options.out);
    if (problem) {
      deps.stderr(`${problem}\n`);
      return 2;
    }
    const exports = createDiaryExportService({ db: opened.db, now: deps.now, reference: deps.reference });
    const used = new Set<string>();
    for (const { data, locale } of found.diaries) {
      const lang = options.lang ?? (locale && translations.locales.includes(locale) ? locale : "ru");
      const exported = await exports.issueDiaryPdf(data, { t: translations.forLocale(lang), locale: lang });
      const name = diaryArchiveFileName(data, used);
      used.add(name);
      const file = path.join(options.out, name);
      try {
        await writeFile(file, exported.pdf);
      } catch (e) {
        deps.stderr(`--out: cannot write ${JSON.stringify(file)} (${(e as NodeJS.ErrnoException).code ?? "error"})\n`);
        return 1;
      }
      deps.stdout(`${name}\t${exported.code}\trevision ${exported.revision}\t${exported.pages} page(s)\n`);
    }
    const n = found.diaries.length;
    deps.stdout(`${n} diar${n === 1 ? "y" : "ies"} of ${found.department.code} written to ${options.out}\n`);
    return 0;
  } finally {
    await opened.close();
  }
}

export interface DiaryCommandOptions {
  /** Opens the database (default: openCliDatabase over MONGODB_URI / DATA_DIR). */
  openDatabase?: () => Promise<OpenedDatabase>;
  /** Default: createDepartmentDiaryLoader over the opened database. */
  loadDepartmentDiaries?: DepartmentDiaryLoader;
  now?: () => Date;
  env?: NodeJS.ProcessEnv;
}

/** Runs `verify` or `diaries` from parsed arguments; returns the exit code. */
export async function runDiaryCommand(
  args: ParsedArgs,
  io: { stdout: (s: string) => void; stderr: (s: string) => void },
  reference: () => Promise<ReferenceData>,
  options: DiaryCommandOptions = {},
): Promise<number> {
  const problems = [...args.problems];
  const allowed = args.command === "verify" ? new Set<string>() : new Set(["--department", "--out", "--lang"]);
  for (const name of args.options.keys()) if (!allowed.has(name)) problems.push(`${name}: not an option of ${args.command}`);
  const value = (name: string): string | undefined => {
    const v = args.options.get(name);
    return typeof v === "string" ? v : undefined;
  };
  if (args.command === "verify") {
    if (args.positionals.length !== 1) problems.push("verify: give exactly one code, e.g. verify 1A2B-3C4D-5E6F-7A8B");
  }
  let diaries: DiariesOptions | undefined;
  if (args.command === "diaries") {
    for (const p of args.positionals) problems.push(`${p}: unexpected argument (see --help)`);
    const parsed = parseDiariesOptions(
      { department: value("--department"), out: value("--out"), lang: value("--lang") },
      createDocumentTranslations().locales,
    );
    if ("options" in parsed) diaries = parsed.options;
    else problems.push(...parsed.problems);
  }
  if (problems.length > 0) {
    for (const p of problems) io.stderr(`${p}\n`);
    return 2;
  }
  let data: ReferenceData;
  try {
    data = await reference();
  } catch (e) {
    io.stderr(`${(e as Error).message}\n`);
    return 1;
  }
  const env = options.env ?? process.env;
  const deps: DiaryCliDeps = {
    openDatabase: options.openDatabase ?? (() => openCliDatabase(env, (m) => io.stderr(`${m}\n`))),
    loadDepartmentDiaries: options.loadDepartmentDiaries,
    now: options.now ?? (() => new Date()),
    reference: data,
    stdout: io.stdout,
    stderr: io.stderr,
  };
  if (args.command === "verify") return runVerify(args.positionals[0] ?? "", deps);
  if (!diaries) throw new Error("diaries: options not parsed");
  return runDiaries(diaries, deps);
}
