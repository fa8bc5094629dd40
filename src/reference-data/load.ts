/**
 * The only I/O of the rules engine: reads every JSON file under
 * ./policies/ and ./holidays/ (next to this module), validates each with zod
 * and builds the policy map and working-day calendars. Adding a university or
 * a holiday year = adding a file; no code change.
 */
import { readFile, readdir, stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";
import type { z } from "zod";
import { holidayYearSchema } from "../domain/policies/holiday-calendar-schema.js";
import type { HolidayYearFile } from "../domain/policies/holiday-calendar-schema.js";
import { DEFAULT_POLICY_ID, latestVersions } from "../domain/policies/helpers.js";
import { policySchema } from "../domain/policies/policy-schema.js";
import type { Policy } from "../domain/policies/policy-schema.js";
import { createWorkingCalendar } from "../domain/rules/working-calendar.js";
import type { WorkingCalendar } from "../domain/rules/working-calendar.js";

export interface ReferenceData {
  /** Policy in force per id (highest version). */
  policies: Map<string, Policy>;
  /** Calendar of the default policy ("kz"). */
  calendar: WorkingCalendar;
  calendars: Map<string, WorkingCalendar>;
  defaultPolicyId: string;
}

export interface ReferenceDataIssue {
  /** File path relative to the reference-data directory, e.g. "policies/iitu.json". */
  file: string;
  /** Dotted zod path inside the file ("" for the whole file). */
  path: string;
  message: string;
}

export class ReferenceDataError extends Error {
  override readonly name = "ReferenceDataError";
  constructor(readonly issues: readonly ReferenceDataIssue[]) {
    super("invalid reference data:\n" + issues.map((i) => `  ${i.file}${i.path === "" ? "" : ` at ${i.path}`}: ${i.message}`).join("\n"));
  }
}

/** The directory of this module (src/reference-data, or dist/src/reference-data when compiled). */
export const REFERENCE_DATA_DIR = fileURLToPath(new URL(".", import.meta.url));

/**
 * tsc does not copy the JSON files into dist/, so a compiled build falls back
 * to the source tree (dist/src/reference-data → src/reference-data). An image
 * that ships only dist/ must copy src/reference-data/{policies,holidays} next
 * to the compiled load.js.
 */
async function defaultDir(): Promise<string> {
  const candidates = [REFERENCE_DATA_DIR, REFERENCE_DATA_DIR.replace(/([\\/])dist\1src\1reference-data\1?$/, "$1src$1reference-data$1")];
  for (const dir of candidates) {
    try {
      await stat(path.join(dir, "policies"));
      return dir;
    } catch {
      // try the next candidate
    }
  }
  return REFERENCE_DATA_DIR;
}

function zodPath(p: readonly PropertyKey[]): string {
  return p.reduce<string>((acc, k) => (typeof k === "number" ? `${acc}[${k}]` : acc === "" ? String(k) : `${acc}.${String(k)}`), "");
}

async function readJsonDir(root: string, sub: string): Promise<{ file: string; json: unknown; error?: string }[]> {
  const dir = path.join(root, sub);
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith(".json")).sort();
  } catch (e) {
    return [{ file: sub, json: undefined, error: `cannot read directory: ${(e as Error).message}` }];
  }
  return Promise.all(
    names.map(async (name) => {
      const file = `${sub}/${name}`;
      try {
        return { file, json: JSON.parse(await readFile(path.join(dir, name), "utf8")) as unknown };
      } catch (e) {
        return { file, json: undefined, error: `invalid JSON: ${(e as Error).message}` };
      }
    }),
  );
}

function validate<S extends z.ZodType>(
  schema: S,
  entry: { file: string; json: unknown; error?: string },
  issues: ReferenceDataIssue[],
): z.output<S> | undefined {
  if (entry.error !== undefined) {
    issues.push({ file: entry.file, path: "", message: entry.error });
    return undefined;
  }
  const r = schema.safeParse(entry.json);
  if (!r.success) {
    for (const i of r.error.issues) issues.push({ file: entry.file, path: zodPath(i.path), message: i.message });
    return undefined;
  }
  return r.data;
}

/** Loads and validates all reference data; throws ReferenceDataError listing every bad file and path. */
export async function loadReferenceData(options: { dir?: string } = {}): Promise<ReferenceData> {
  const root = options.dir ?? (await defaultDir());
  const issues: ReferenceDataIssue[] = [];
  const [policyFiles, holidayFiles] = await Promise.all([readJsonDir(root, "policies"), readJsonDir(root, "holidays")]);

  const years: HolidayYearFile[] = [];
  const yearFile = new Map<string, string>();
  for (const entry of holidayFiles) {
    const y = validate(holidayYearSchema, entry, issues);
    if (!y) continue;
    const expected = `holidays/${y.calendarId}-${y.year}.json`;
    if (entry.file !== expected) {
      issues.push({
        file: entry.file,
        path: "",
        message: `file name must be ${expected} for calendarId "${y.calendarId}", year ${y.year}`,
      });
      continue;
    }
    const key = `${y.calendarId}:${y.year}`;
    const other = yearFile.get(key);
    if (other !== undefined) issues.push({ file: entry.file, path: "year", message: `year already defined in ${other}` });
    yearFile.set(key, entry.file);
    years.push(y);
  }
  const calendars = new Map<string, WorkingCalendar>();
  for (const id of new Set(years.map((y) => y.calendarId))) {
    calendars.set(
      id,
      createWorkingCalendar(
        id,
        years.filter((y) => y.calendarId === id),
      ),
    );
  }

  const all: Policy[] = [];
  const seen = new Map<string, string>();
  for (const entry of policyFiles) {
    const p = validate(policySchema, entry, issues);
    if (!p) continue;
    const base = path.basename(entry.file, ".json");
    if (base !== p.id && !base.startsWith(`${p.id}-`)) {
      issues.push({ file: entry.file, path: "id", message: `file name must be ${p.id}.json or ${p.id}-<suffix>.json` });
    }
    const key = `${p.id}@${p.version}`;
    const other = seen.get(key);
    if (other !== undefined) issues.push({ file: entry.file, path: "version", message: `${key} already defined in ${other}` });
    seen.set(key, entry.file);
    if (!calendars.has(p.holidayCalendar)) {
      issues.push({ file: entry.file, path: "holidayCalendar", message: `no holiday files for calendar "${p.holidayCalendar}"` });
    }
    all.push(p);
  }

  const policies = latestVersions(all);
  const defaultPolicy = policies.get(DEFAULT_POLICY_ID);
  if (issues.length === 0 && !defaultPolicy) {
    issues.push({ file: "policies", path: "", message: `default policy "${DEFAULT_POLICY_ID}" is missing` });
  }
  if (issues.length > 0) throw new ReferenceDataError(issues);
  const calendar = calendars.get(defaultPolicy?.holidayCalendar ?? "");
  if (!calendar) throw new ReferenceDataError([{ file: "holidays", path: "", message: "no calendar for the default policy" }]);
  return { policies, calendar, calendars, defaultPolicyId: DEFAULT_POLICY_ID };
}

let cached: Promise<ReferenceData> | undefined;

/** loadReferenceData() of the bundled directory, read once per process. */
export function getReferenceData(): Promise<ReferenceData> {
  cached ??= loadReferenceData().catch((e: unknown) => {
    cached = undefined;
    throw e;
  });
  return cached;
}
