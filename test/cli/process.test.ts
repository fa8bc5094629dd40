import { spawnSync } from "node:child_process";
import { writeFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dir = mkdtempSync(path.join(os.tmpdir(), "praktika-proc-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], input?: string) {
  return spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    cwd: root,
    input: input ?? "",
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("CLI as a real process (node --import tsx src/cli/main.ts)", () => {
  it("CLI exit codes: 0 on valid input (file and stdin), 2 on invalid input, 0 for --help", () => {
    const file = path.join(dir, "in.json");
    writeFileSync(file, JSON.stringify({ check: "promotion", level: "bachelor", course: 1, credits: 60, gpa: 1.67, funding: "paid" }));
    const ok = run(["eligibility", "--input", file]);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ eligible: true, toCourse: 2 });

    const piped = run(
      ["eligibility", "--compact"],
      JSON.stringify([{ check: "promotion", level: "master", course: 1, credits: 60, gpa: 2.66, funding: "grant" }]),
    );
    expect(piped.status).toBe(0);
    expect(JSON.parse(piped.stdout)).toMatchObject([{ eligible: false, losesGrant: true }]);

    const bad = run(
      ["eligibility"],
      JSON.stringify([{}, { check: "promotion", level: "bachelor", course: 1, credits: 60, gpa: 9, funding: "paid" }]),
    );
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toContain("[1].gpa: expected a number between 0 and 4");

    const help = run(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Usage:");
  });
});
