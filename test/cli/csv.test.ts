import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadReferenceData } from "../../src/reference-data/load.js";
import type { ReferenceData } from "../../src/reference-data/load.js";
import type { Policy } from "../../src/domain/policies/policy-schema.js";
import { cleanTemp, cli, tempFile } from "./helpers.js";

afterEach(cleanTemp);

let data: ReferenceData;
beforeAll(async () => {
  data = await loadReferenceData();
});

const HEADER = "id,level,course,credits,gpa,funding";

describe("CLI eligibility --csv (registrars)", () => {
  it("R-23 5.7, 5.10: prints an aligned table, one line per student, exit 0", async () => {
    const file = await tempFile(
      "cohort.csv",
      [
        HEADER,
        "S-1,bachelor,1,60,1.67,grant",
        "S-22,bachelor,1,59.5,3.9,grant",
        "S-333,master,1,60,2.5,paid",
        "S-4,phd,2,120,2.5,grant",
      ].join("\n"),
    );
    const r = await cli(["eligibility", "--csv", file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(
      [
        "id     eligible  toCourse  gpa   losesGrant  failing",
        "S-1    yes       2         1.67  no",
        "S-22   no        -         3.90  yes         R-23 5.7 minCredits",
        "S-333  no        -         2.50  no          R-23 5.7 minGpa",
        "S-4    yes       3         2.50  no",
        "",
      ].join("\n"),
    );
  });

  it("CLI: bad rows → one stderr line each with the file line and id, good rows still printed, exit 2", async () => {
    const file = await tempFile(
      "cohort.csv",
      [
        HEADER,
        "S-1,bachelor,1,60,1.67,grant",
        "S-2,bachelor,1,60,4.5,grant",
        "",
        "S-3,college,x,60,3,free",
        "S-4,bachelor,4,200,3,paid",
        "S-5,bachelor,1,60,,paid",
        "S-6,bachelor,1",
        "S-7,bachelor,2,95,2.5,paid",
      ].join("\n"),
    );
    const r = await cli(["eligibility", "--csv", file]);
    expect(r.code).toBe(2);
    expect(r.errors).toEqual([
      "line 3 (id S-2): gpa: expected a number between 0 and 4",
      'line 5 (id S-3): level: expected one of "bachelor", "master", "phd"',
      "line 5 (id S-3): course: expected a whole number between 1 and 4",
      'line 5 (id S-3): funding: expected one of "grant", "paid"',
      "line 6 (id S-4): course: no promotion from course 4 for bachelor: expected 1, 2 or 3",
      "line 7 (id S-5): gpa: required: a number between 0 and 4 (or give grades)",
      "line 8 (id S-6): expected 6 fields, found 3",
      "5 invalid row(s) of 7; 2 valid row(s) printed",
    ]);
    expect(
      r.stdout
        .trim()
        .split("\n")
        .map((l) => l.split(/\s+/)[0]),
    ).toEqual(["id", "S-1", "S-7"]);
  });

  it("CLI: semicolon separator, decimal commas, columns in any order, optional academicDebts and policy columns", async () => {
    const file = await tempFile(
      "cohort.csv",
      [
        "gpa;credits;id;level;course;funding;academicDebts;policy",
        "2,1;62;A;bachelor;1;grant;2;kazutb",
        "1,99;90,5;B;bachelor;2;grant;;",
      ].join("\r\n"),
    );
    const r = await cli(["eligibility", "--csv", file]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n").slice(1, 3)).toEqual([
      "A   yes       2         2.10  no",
      "B   no        -         1.99  yes         R-23 5.7 minGpa",
    ]);
  });

  it("R-23 5.7 (either): --policy applies to rows without a policy column", async () => {
    const either: Policy = { ...(data.policies.get("iitu") as Policy), id: "loose", promotionRule: "either" };
    const custom: ReferenceData = { ...data, policies: new Map([...data.policies, ["loose", either]]) };
    const file = await tempFile("cohort.csv", [HEADER, "S-1,bachelor,1,59,3,grant"].join("\n"));
    const strict = await cli(["eligibility", "--csv", file], undefined, custom);
    expect(strict.stdout).toContain("S-1  no");
    const loose = await cli(["eligibility", "--csv", file, "--policy", "loose"], undefined, custom);
    expect(loose.code).toBe(0);
    expect(loose.stdout.split("\n")[1]).toBe("S-1  yes       2         3.00  no          R-23 5.7 minCredits");
  });

  it("CLI: a bad header → exit 2, nothing on stdout", async () => {
    const file = await tempFile("cohort.csv", ["id,level,course,credit,gpa,funding,notes", "S-1,bachelor,1,60,2,paid,x"].join("\n"));
    const r = await cli(["eligibility", "--csv", file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.errors).toEqual([
      'header: unknown column "credit" (expected id,level,course,credits,gpa,funding[,academicDebts,policy])',
      'header: unknown column "notes" (expected id,level,course,credits,gpa,funding[,academicDebts,policy])',
      'header: missing column "credits"',
    ]);
  });

  it("CLI: malformed CSV (unclosed quote) and an empty file → exit 2", async () => {
    const bad = await tempFile("bad.csv", [HEADER, 'S-1,"bachelor,1,60,2,paid'].join("\n"));
    const r = await cli(["eligibility", "--csv", bad]);
    expect(r.code).toBe(2);
    expect(r.errors[0]).toMatch(/^line \d+: malformed CSV: /);
    const empty = await tempFile("empty.csv", "");
    expect((await cli(["eligibility", "--csv", empty])).errors[0]).toBe(
      "header: empty file (expected columns id,level,course,credits,gpa,funding)",
    );
  });

  it("CLI: header only → an empty table, exit 0; unreadable file → exit 2", async () => {
    const file = await tempFile("h.csv", `${HEADER}\n`);
    const r = await cli(["eligibility", "--csv", file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("id  eligible  toCourse  gpa  losesGrant  failing\n");
    expect((await cli(["eligibility", "--csv", "/nonexistent.csv"])).errors).toEqual(['--csv: cannot read "/nonexistent.csv" (ENOENT)']);
  });
});
