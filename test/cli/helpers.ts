import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { runCli } from "../../src/cli/run-cli.js";
import type { ReferenceData } from "../../src/reference-data/load.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stderr split into lines (without the trailing empty one). */
  errors: string[];
  json: () => unknown;
}

/** Calls runCli in-process and collects its output. */
export async function cli(argv: string[], stdin?: unknown, data?: ReferenceData): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const input = stdin === undefined || typeof stdin === "string" ? stdin : JSON.stringify(stdin);
  const code = await runCli(argv, { stdin: input, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) }, data);
  return {
    code,
    stdout,
    stderr,
    errors: stderr.split("\n").filter((l) => l !== ""),
    json: () => JSON.parse(stdout) as unknown,
  };
}

const dirs: string[] = [];

export async function tempFile(name: string, content: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "praktika-cli-"));
  dirs.push(dir);
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

export async function cleanTemp(): Promise<void> {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}
