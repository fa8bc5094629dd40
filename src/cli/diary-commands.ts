import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { DiaryReportData } from "../documents/diary-report-data.js";
import { createDocumentTranslations } from "../documents/document-i18n.js";
import type { Persistence } from "../persistence/create-persistence.js";
import type { ReferenceData } from "../reference-data/load.js";
import { createDiaryExportService, safeFileName, type DiaryReportContext } from "../services/diary/diary-export.service.js";
import type { ParsedArgs } from "./args.js";
import { openCliDatabase, type OpenedDatabase } from "./open-database.js";

/** The diaries of a department, as the archive command needs them; null for an unknown department. */
export type DepartmentDiaryLoader = (
  departmentCode: string,
  db: Persistence,
) => Promise<{ department: { code: string; name: string }; diaries: { data: DiaryReportData; locale?: string }[] } | null>;

/**
 * TODO(lead): wire the placements in. Build the loader from the placement model: for every placement
 * of the department, adapt it to a DiaryReportContext and call
 * `createDiaryExportService(deps).buildDiaryReportData(context)`; see `loadDiariesFromContexts`.
 */
export const defaultDepartmentDiaryLoader: DepartmentDiaryLoader | undefined = undefined;

/** Turns a "department → report contexts" lookup into a DepartmentDiaryLoader. */
export function loadDiariesFromContexts(
  listContexts: (
    departmentCode: string,
    db: Persistence,
  ) => Promise<{
    department: { code: string; name: string };
    contexts: DiaryReportContext[];
    locale?: string;
  } | null>,
  deps: { now(): Date; reference: ReferenceData },
): DepartmentDiaryLoader {
  return async (code, db) => {
    const found = await listContexts(code, db);
    if (!found) return null;
    const exports = createDiaryExportService({ db, now: () => deps.now(), reference: deps.reference });
    const diaries = [];
    for (const context of found.contexts)
      diaries.push({ data: await exports.buildDiaryReportData(context), ...(found.locale ? { locale: found.locale } : {}) });
    return { department: found.department, diaries };
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
  const opened = await deps.openDatabase();
  try {
    const exports = createDiaryExportService({ db: opened.db, now: deps.now, reference: deps.reference });
    const r = await exports.verify(code);
    if (r.status === "invalidCode") {
      deps.stderr(`verify: "${code}" is not a verification code (16 hex digits, e.g. 1A2B-3C4D-5E6F-7A8B)\n`);
      return 2;
    }
    if (r.status === "unknown") {
      deps.stdout(`${r.code}: NOT FOUND — no document with this code was issued by this database.\n`);
      return EXIT_NOT_FOUND;
    }
    const { record, latest } = r;
    const s = record.summary;
    const lines = [
      `${r.code}: VALID — a diary-report (F-76) issued by this database.`,
      `student:    ${s.studentName}${s.studentNumber ? ` (${s.studentNumber})` : ""}`,
      `placement:  ${record.placementId}, ${s.practiceType} practice ${s.startDate} – ${s.endDate}`,
      `version:    revision ${record.revision} of ${latest.revision}, issued ${record.issuedAt.toISOString()}`,
      `content:    ${s.entries} entries, ${s.totalHours} h handed in, ${s.approvedHours} h approved of ${s.requiredHours} h required` +
        `${s.gradeLetter ? `, grade ${s.gradeLetter}` : ""}, ${s.signOffs} sign-off(s)`,
      `sha-256:    ${record.contentHash}`,
      latest.revision > record.revision
        ? `NOTE: a newer revision ${latest.revision} was issued ${latest.issuedAt.toISOString()} (code ${latest.code.match(/.{4}/g)!.join("-")}); this copy is outdated.`
        : "This is the latest revision issued.",
    ];
    deps.stdout(`${lines.join("\n")}\n`);
    return 0;
  } finally {
    await opened.close();
  }
}

/** `diaries --department CODE --out DIR [--lang kk|ru|en]`: every diary of a department as PDF, codes recorded. */
export async function runDiaries(
  options: { department: string; out: string; lang?: string | undefined },
  deps: DiaryCliDeps,
): Promise<number> {
  const loader = deps.loadDepartmentDiaries;
  if (!loader) {
    deps.stderr("diaries: placements are not wired into the CLI yet (src/cli/diary-commands.ts, defaultDepartmentDiaryLoader)\n");
    return 1;
  }
  const translations = createDocumentTranslations();
  if (options.lang !== undefined && !translations.locales.includes(options.lang)) {
    deps.stderr(`--lang: expected one of ${translations.locales.join(", ")}\n`);
    return 2;
  }
  const opened = await deps.openDatabase();
  try {
    const found = await loader(options.department.trim().toUpperCase(), opened.db);
    if (!found) {
      deps.stderr(`--department: no department with code ${JSON.stringify(options.department)}\n`);
      return 2;
    }
    await mkdir(options.out, { recursive: true });
    const exports = createDiaryExportService({ db: opened.db, now: deps.now, reference: deps.reference });
    const used = new Set<string>();
    for (const { data, locale } of found.diaries) {
      const lang = options.lang ?? locale ?? "ru";
      const exported = await exports.issueDiaryPdf(data, { t: translations.forLocale(lang), locale: lang });
      let name = safeFileName([data.group, data.student.fullName, data.student.studentNumber ?? data.placementId], "pdf");
      if (used.has(name)) name = safeFileName([data.group, data.student.fullName, data.placementId], "pdf");
      used.add(name);
      await writeFile(path.join(options.out, name), exported.pdf);
      deps.stdout(`${name}\t${exported.code}\trevision ${exported.revision}\t${exported.pages} page(s)\n`);
    }
    deps.stdout(
      `${found.diaries.length} diar${found.diaries.length === 1 ? "y" : "ies"} of ${found.department.code} written to ${options.out}\n`,
    );
    return 0;
  } finally {
    await opened.close();
  }
}

export interface DiaryCommandOptions {
  /** Opens the database (default: openCliDatabase over MONGODB_URI / DATA_DIR). */
  openDatabase?: () => Promise<OpenedDatabase>;
  /** Default: defaultDepartmentDiaryLoader. */
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
  } else {
    for (const p of args.positionals) problems.push(`${p}: unexpected argument (see --help)`);
    if (value("--department") === undefined) problems.push("--department: expected a department code");
    if (value("--out") === undefined) problems.push("--out: expected a directory");
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
    loadDepartmentDiaries: options.loadDepartmentDiaries ?? defaultDepartmentDiaryLoader,
    now: options.now ?? (() => new Date()),
    reference: data,
    stdout: io.stdout,
    stderr: io.stderr,
  };
  if (args.command === "verify") return runVerify(args.positionals[0] ?? "", deps);
  return runDiaries({ department: value("--department") ?? "", out: value("--out") ?? "", lang: value("--lang") }, deps);
}
