import { readFile } from "node:fs/promises";
import { getReferenceData } from "../reference-data/load.js";
import type { ReferenceData } from "../reference-data/load.js";
import { parseArgv } from "./args.js";
import { runCsvEligibility, renderCsvTable } from "./csv-eligibility.js";
import { runDeadlines } from "./deadlines.js";
import type { DiaryCommandOptions } from "./diary-commands.js";
import { makeEvaluator, runEligibility } from "./eligibility.js";
import type { Evaluator } from "./eligibility.js";
import { renderProblem } from "./format-issues.js";
import { HELP } from "./help.js";

export interface CliIo {
  /** Whole stdin text, or undefined when nothing is piped in. */
  stdin: string | undefined;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_INVALID = 2;

const VALUE_OPTIONS = new Set(["--input", "--csv", "--policy", "--type", "--start", "--weeks", "--department", "--out", "--lang"]);
const SWITCHES = new Set(["--help", "--compact"]);
const COMMANDS = new Set(["eligibility", "deadlines", "verify", "diaries", "help"]);

const evaluators = new WeakMap<ReferenceData, Evaluator>();
function evaluatorFor(data: ReferenceData): Evaluator {
  let ev = evaluators.get(data);
  if (!ev) {
    ev = makeEvaluator({ policies: data.policies, calendar: data.calendar, defaultPolicyId: data.defaultPolicyId });
    evaluators.set(data, ev);
  }
  return ev;
}

/** Does this argv read stdin? (main.ts only reads stdin when it does.) */
export function cliNeedsStdin(argv: readonly string[]): boolean {
  const a = parseArgv(argv, VALUE_OPTIONS, SWITCHES);
  return a.command === "eligibility" && !a.options.has("--help") && !a.options.has("--input") && !a.options.has("--csv");
}

function invalid(io: CliIo, lines: readonly string[]): number {
  for (const l of lines) io.stderr(`${l}\n`);
  return EXIT_INVALID;
}

async function readInputFile(flag: string, file: string): Promise<{ text?: string; problem?: string }> {
  try {
    return { text: await readFile(file, "utf8") };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "error";
    return { problem: `${flag}: cannot read ${JSON.stringify(file)} (${code})` };
  }
}

/**
 * The CLI, callable in-process. `argv` excludes node and the script
 * (process.argv.slice(2)). Returns the exit code; never calls process.exit.
 */
export async function runCli(argv: readonly string[], io: CliIo, data?: ReferenceData, diary?: DiaryCommandOptions): Promise<number> {
  const args = parseArgv(argv, VALUE_OPTIONS, SWITCHES);
  if (args.options.has("--help") || args.command === "help" || args.command === undefined) {
    if (args.command === undefined && !args.options.has("--help")) {
      io.stderr(HELP);
      return EXIT_INVALID;
    }
    io.stdout(HELP);
    return EXIT_OK;
  }
  if (args.command === "verify" || args.command === "diaries") {
    // Loaded on demand: the database, PDF and font code would slow every other command's start.
    const { runDiaryCommand } = await import("./diary-commands.js");
    return runDiaryCommand(args, io, () => (data ? Promise.resolve(data) : getReferenceData()), diary);
  }
  const problems = [...args.problems];
  if (!COMMANDS.has(args.command))
    problems.push(`${args.command}: unknown command (expected eligibility, deadlines, verify or diaries; see --help)`);
  for (const p of args.positionals) problems.push(`${p}: unexpected argument (see --help)`);
  const opt = (name: string): string | undefined => {
    const v = args.options.get(name);
    return typeof v === "string" ? v : undefined;
  };
  const allowed =
    args.command === "deadlines"
      ? new Set(["--policy", "--type", "--start", "--weeks", "--compact"])
      : new Set(["--input", "--csv", "--policy", "--compact"]);
  for (const name of args.options.keys()) {
    if (!allowed.has(name)) problems.push(`${name}: not an option of ${args.command}`);
  }
  if (opt("--input") !== undefined && opt("--csv") !== undefined) problems.push("--csv: give either --input or --csv, not both");
  if (problems.length > 0) return invalid(io, problems);

  let ref: ReferenceData;
  try {
    ref = data ?? (await getReferenceData());
  } catch (e) {
    io.stderr(`${(e as Error).message}\n`);
    return EXIT_INTERNAL;
  }
  const policyOpt = opt("--policy");
  if (policyOpt !== undefined && !ref.policies.has(policyOpt)) {
    return invalid(io, [
      `--policy: expected one of ${[...ref.policies.keys()]
        .sort()
        .map((p) => JSON.stringify(p))
        .join(", ")}`,
    ]);
  }
  const json = (v: unknown): string => (args.options.has("--compact") ? JSON.stringify(v) : JSON.stringify(v, null, 2));

  if (args.command === "deadlines") {
    const r = runDeadlines(
      { policy: policyOpt, type: opt("--type"), start: opt("--start"), weeks: opt("--weeks") },
      { policies: ref.policies, calendars: ref.calendars, defaultPolicyId: ref.defaultPolicyId },
    );
    if (r.problems.length > 0) return invalid(io, r.problems.map(renderProblem));
    io.stdout(`${json(r.output)}\n`);
    return EXIT_OK;
  }

  const ev = evaluatorFor(ref);
  const csvFile = opt("--csv");
  if (csvFile !== undefined) {
    const f = await readInputFile("--csv", csvFile);
    if (f.text === undefined) return invalid(io, [f.problem ?? "--csv: cannot read"]);
    const r = runCsvEligibility(ev, f.text, policyOpt);
    if (r.rows.length > 0 || r.errors.length === 0) io.stdout(renderCsvTable(r.rows));
    if (r.errors.length > 0) {
      const summary =
        r.badRows > 0 ? [`${r.badRows} invalid row(s) of ${r.badRows + r.rows.length}; ${r.rows.length} valid row(s) printed`] : [];
      return invalid(io, [...r.errors, ...summary]);
    }
    return EXIT_OK;
  }

  const inputFile = opt("--input");
  let text: string;
  let source: string;
  if (inputFile !== undefined) {
    const f = await readInputFile("--input", inputFile);
    if (f.text === undefined) return invalid(io, [f.problem ?? "--input: cannot read"]);
    text = f.text;
    source = "--input";
  } else {
    if (io.stdin === undefined || io.stdin.trim() === "") {
      return invalid(io, ["input: nothing to read: pass --input FILE, --csv FILE or pipe JSON to stdin (see --help)"]);
    }
    text = io.stdin;
    source = "stdin";
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    return invalid(io, [`${source}: invalid JSON (${(e as Error).message})`]);
  }
  if (policyOpt !== undefined) input = withDefaultPolicy(input, policyOpt);
  const r = runEligibility(ev, input);
  if (r.problems.length > 0) return invalid(io, r.problems.map(renderProblem));
  io.stdout(`${json(r.output)}\n`);
  return EXIT_OK;
}

function withDefaultPolicy(input: unknown, policy: string): unknown {
  const apply = (item: unknown): unknown =>
    typeof item === "object" && item !== null && !Array.isArray(item) && !("policy" in item) ? { ...item, policy } : item;
  return Array.isArray(input) ? input.map(apply) : apply(input);
}
