import type { z } from "zod";

/** One readable message per bad field: "[2].gpa: expected a number between 0 and 4". */
export interface InputProblem {
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[], prefix = ""): string {
  let out = prefix;
  for (const k of path) {
    if (typeof k === "number") out += `[${k}]`;
    else out += out === "" ? String(k) : `.${String(k)}`;
  }
  return out;
}

export function problemsFromZod(error: z.ZodError, prefix = ""): InputProblem[] {
  const out: InputProblem[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        out.push({ path: formatPath([...issue.path, key], prefix), message: "unexpected field" });
      }
      continue;
    }
    out.push({ path: formatPath(issue.path, prefix), message: issue.message });
  }
  return out;
}

export function renderProblem(p: InputProblem): string {
  return `${p.path === "" ? "(root)" : p.path}: ${p.message}`;
}
