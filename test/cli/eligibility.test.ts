import { afterEach, describe, expect, it } from "vitest";
import { cleanTemp, cli, tempFile } from "./helpers.js";

afterEach(cleanTemp);

const promotion = { check: "promotion", level: "bachelor", course: 1, credits: 60, gpa: 1.67, funding: "grant" };

describe("CLI eligibility (JSON in, JSON out)", () => {
  it("R-23 5.7: one object on stdin → one verdict object with the issue's field names, exit 0", async () => {
    const r = await cli(["eligibility"], promotion);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const out = r.json() as Record<string, unknown>;
    expect(out).toMatchObject({
      check: "promotion",
      eligible: true,
      toCourse: 2,
      gpa: 1.67,
      credits: 60,
      losesGrant: false,
      policy: "iitu",
    });
    expect(Object.keys(out)).toEqual(expect.arrayContaining(["eligible", "toCourse", "gpa", "credits", "losesGrant", "reasons"]));
    expect((out["reasons"] as unknown[])[0]).toEqual({
      rule: "R-23 5.7",
      met: true,
      kind: "criterion",
      detail: { code: "minCredits", actual: 60, required: 60, level: "bachelor", toCourse: 2 },
    });
  });

  it("R-23 5.7: an array mirrors the input order and echoes ids", async () => {
    const r = await cli(
      ["eligibility", "--compact"],
      [
        { ...promotion, id: "s1" },
        { ...promotion, id: 2, credits: 59.5 },
      ],
    );
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    const out = r.json() as Record<string, unknown>[];
    expect(out.map((o) => [o["id"], o["eligible"], o["toCourse"], o["losesGrant"]])).toEqual([
      ["s1", true, 2, false],
      [2, false, null, true],
    ]);
  });

  it("R-23 §2, 5.5: promotion from grades computes the GPA (latest retake) and the passed credits", async () => {
    const r = await cli(["eligibility"], {
      check: "promotion",
      level: "bachelor",
      course: 1,
      funding: "paid",
      grades: [
        { course: "Math", credits: 30, letter: "F" },
        { course: "Math", credits: 30, letter: "B", retake: true },
        { course: "Physics", credits: 30, letter: "А−" },
      ],
    });
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ eligible: true, gpa: 3.34, credits: 60, toCourse: 2 });
  });

  it("R-23 5.7 (either) via --policy and per-item policy: the item's policy wins over --policy", async () => {
    const r = await cli(["eligibility", "--policy", "kazutb"], [promotion, { ...promotion, policy: "iitu" }]);
    expect((r.json() as Record<string, unknown>[]).map((o) => o["policy"])).toEqual(["kazutb", "iitu"]);
  });

  it("R-23 §6: programChange → eligible, applyBy, losesGrant, needsUnt, paidOnly", async () => {
    const r = await cli(["eligibility"], {
      check: "programChange",
      date: "2026-08-20",
      nextPeriodStart: "2026-09-01",
      firstPeriodCompleted: true,
      relatedProgramme: false,
      funding: "grant",
      fromCreativeProgramme: false,
    });
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ eligible: true, applyBy: "2026-08-24", losesGrant: true, needsUnt: true, paidOnly: true });
  });

  it("R-23 §4: transferOut → eligible, applyBy, paidOnly", async () => {
    const r = await cli(["eligibility"], {
      check: "transferOut",
      date: "2025-08-20",
      nextPeriodStart: "2025-09-01",
      firstPeriodCompleted: true,
      level: "bachelor",
      funding: "targetedGrant",
    });
    expect(r.json()).toMatchObject({ eligible: true, applyBy: "2025-08-25", paidOnly: true });
  });

  it("R-23 §3: transferIn → eligible, applyBy, paidOnly, paysGrantDifference", async () => {
    const r = await cli(["eligibility"], {
      check: "transferIn",
      date: "2026-01-20",
      nextPeriodStart: "2026-02-02",
      firstPeriodCompleted: true,
      fromForeignUniversity: true,
      funding: "paid",
    });
    expect(r.json()).toMatchObject({ eligible: true, applyBy: "2026-01-25", paidOnly: true, paysGrantDifference: false });
  });

  it("R-23 7.4: reinstatement → eligible, deadline, paidOnly", async () => {
    const r = await cli(["eligibility"], {
      check: "reinstatement",
      level: "bachelor",
      expelledOn: "2025-02-10",
      date: "2025-02-20",
      reason: "nonPayment",
      nextPeriodStart: "2025-09-01",
    });
    expect(r.json()).toMatchObject({ eligible: true, deadline: "2025-03-10", paidOnly: true, route: "nonPayment" });
  });

  it("MR-595 50: honours → eligible, gpa, reasons", async () => {
    const r = await cli(["eligibility"], {
      check: "honours",
      grades: [
        { course: "Math", credits: 5, letter: "A" },
        { course: "Physics", credits: 5, letter: "B" },
      ],
      finalAttestation: "A-",
      retakes: 0,
    });
    expect(r.json()).toMatchObject({ eligible: true, gpa: 3.5 });
  });

  it("R-23 3.12: grantRanking → ranking best first", async () => {
    const r = await cli(["eligibility"], {
      check: "grantRanking",
      candidates: [
        {
          id: "b",
          grades: [
            { course: "x", credits: 1, letter: "A" },
            { course: "y", credits: 1, letter: "B+" },
          ],
        },
        { id: "a", grades: [{ course: "x", credits: 5, letter: "A-" }] },
        { id: 7, grades: [{ course: "x", credits: 5, letter: "B" }] },
      ],
    });
    expect(r.json()).toMatchObject({ ranking: ["a", "b", "7"] });
  });

  it("CLI: --input reads a file", async () => {
    const file = await tempFile("in.json", JSON.stringify([promotion]));
    const r = await cli(["eligibility", "--input", file]);
    expect(r.code).toBe(0);
    expect((r.json() as unknown[]).length).toBe(1);
    const eq = await cli([`eligibility`, `--input=${file}`]);
    expect(eq.code).toBe(0);
  });
});

describe("CLI eligibility: bad input → exit 2, one message per bad field with its JSON path", () => {
  it("R-23 5.7: [2].gpa: expected a number between 0 and 4", async () => {
    const r = await cli(["eligibility"], [promotion, promotion, { ...promotion, gpa: 4.5 }]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.errors).toEqual(["[2].gpa: expected a number between 0 and 4"]);
  });

  it("CLI: several bad fields in several items → one line each", async () => {
    const r = await cli(
      ["eligibility"],
      [
        { ...promotion, level: "college", funding: 1, gpaa: 2 },
        {
          check: "programChange",
          date: "2025-02-30",
          nextPeriodStart: "x",
          firstPeriodCompleted: "yes",
          relatedProgramme: true,
          funding: "grant",
        },
      ],
    );
    expect(r.code).toBe(2);
    expect(r.errors).toEqual([
      '[0].level: expected one of "bachelor", "master", "phd"',
      '[0].funding: expected one of "grant", "paid"',
      "[0].gpaa: unexpected field",
      "[1].date: expected a real date written YYYY-MM-DD",
      "[1].nextPeriodStart: expected a real date written YYYY-MM-DD",
      "[1].firstPeriodCompleted: expected true or false",
    ]);
  });

  it("CLI: missing fields say 'required'; a single object has paths without brackets", async () => {
    const r = await cli(["eligibility"], { check: "reinstatement", level: "master" });
    expect(r.code).toBe(2);
    expect(r.errors).toEqual([
      "expelledOn: required: expected a date YYYY-MM-DD",
      "date: required: expected a date YYYY-MM-DD",
      'reason: required: expected one of "nonPayment", "other"',
      "nextPeriodStart: required: expected a date YYYY-MM-DD",
    ]);
  });

  it("CLI: unknown or missing check", async () => {
    const r = await cli(["eligibility"], [{ check: "graduation" }, {}]);
    expect(r.errors).toEqual([
      '[0].check: expected one of "promotion", "programChange", "transferOut", "transferIn", "reinstatement", "honours", "grantRanking"',
      '[1].check: required: expected one of "promotion", "programChange", "transferOut", "transferIn", "reinstatement", "honours", "grantRanking"',
    ]);
  });

  it("CLI: root and items must be objects", async () => {
    expect((await cli(["eligibility"], "42")).errors).toEqual(["(root): expected a JSON object or an array of objects"]);
    expect((await cli(["eligibility"], [promotion, "x", null])).errors).toEqual([
      '[1]: expected an object with a "check" field',
      '[2]: expected an object with a "check" field',
    ]);
  });

  it("CLI: invalid JSON on stdin / in --input", async () => {
    const r = await cli(["eligibility"], "{ nope");
    expect(r.code).toBe(2);
    expect(r.errors[0]).toMatch(/^stdin: invalid JSON/);
    const file = await tempFile("bad.json", "[1,");
    expect((await cli(["eligibility", "--input", file])).errors[0]).toMatch(/^--input: invalid JSON/);
  });

  it("MR-595 App. 1: an unknown letter inside grades is reported at its path", async () => {
    const r = await cli(["eligibility"], {
      check: "honours",
      grades: [
        { course: "Math", credits: 5, letter: "A" },
        { course: "Art", credits: 0, letter: "Q" },
      ],
      finalAttestation: "Z",
    });
    expect(r.errors).toEqual([
      "grades[1].credits: expected a number greater than 0 and at most 60",
      "grades[1].letter: expected a letter grade (A, A-, B+, B, B-, C+, C, C-, D+, D, FX, F)",
      "finalAttestation: expected a letter grade (A, A-, B+, B, B-, C+, C, C-, D+, D, FX, F)",
    ]);
  });

  it("R-23 5.7: gpa and grades together, neither, and a course with no next course", async () => {
    const both = await cli(["eligibility"], { ...promotion, grades: [{ course: "x", credits: 5, letter: "A" }] });
    expect(both.errors).toEqual(["gpa: give either gpa or grades, not both"]);
    const { gpa: _g, credits: _c, ...neither } = promotion;
    expect((await cli(["eligibility"], neither)).errors).toEqual([
      "gpa: required: a number between 0 and 4 (or give grades)",
      "credits: required: a number between 0 and 400 (or give grades)",
    ]);
    expect((await cli(["eligibility"], { ...promotion, course: 4 })).errors).toEqual([
      "course: no promotion from course 4 for bachelor: expected 1, 2 or 3",
    ]);
    expect((await cli(["eligibility"], { ...promotion, level: "master", course: 2 })).errors).toEqual([
      "course: no promotion from course 2 for master: expected 1",
    ]);
  });

  it("R-23 4.4: a cut-off needing a year without holiday data is reported on nextPeriodStart", async () => {
    const r = await cli(["eligibility"], {
      check: "transferOut",
      date: "2024-01-02",
      nextPeriodStart: "2024-01-08",
      firstPeriodCompleted: true,
      level: "master",
      funding: "grant",
    });
    expect(r.errors).toEqual(['nextPeriodStart: the holiday calendar "kz" has no data for 2023 (years covered: 2024, 2025, 2026, 2027)']);
  });

  it("R-23 §7: reinstatement date before the expulsion; R-23 3.12: duplicate candidate ids", async () => {
    const r = await cli(
      ["eligibility"],
      [
        {
          check: "reinstatement",
          level: "bachelor",
          expelledOn: "2025-05-01",
          date: "2025-04-01",
          reason: "other",
          nextPeriodStart: "2025-09-01",
        },
        {
          check: "grantRanking",
          candidates: [
            { id: "a", grades: [{ course: "x", credits: 5, letter: "A" }] },
            { id: "a", grades: [{ course: "x", credits: 5, letter: "B" }] },
          ],
        },
      ],
    );
    expect(r.errors).toEqual(["[0].date: must not be before expelledOn", '[1].candidates[1].id: duplicate id "a"']);
  });

  it("CLI: unknown --policy value and unknown per-item policy", async () => {
    expect((await cli(["eligibility", "--policy", "mit"], promotion)).errors).toEqual(['--policy: expected one of "iitu", "kazutb"']);
    expect((await cli(["eligibility"], { ...promotion, policy: "mit" })).errors).toEqual(['policy: expected one of "iitu", "kazutb"']);
  });

  it("CLI: nothing on stdin and no --input", async () => {
    const r = await cli(["eligibility"]);
    expect(r.code).toBe(2);
    expect(r.errors).toEqual(["input: nothing to read: pass --input FILE, --csv FILE or pipe JSON to stdin (see --help)"]);
    expect((await cli(["eligibility"], "  \n")).code).toBe(2);
  });

  it("CLI: unreadable --input file", async () => {
    const r = await cli(["eligibility", "--input", "/nonexistent/x.json"]);
    expect(r.code).toBe(2);
    expect(r.errors).toEqual(['--input: cannot read "/nonexistent/x.json" (ENOENT)']);
  });

  it("CLI: bad arguments — unknown option, unknown command, missing value, stray argument, --input with --csv", async () => {
    expect((await cli(["eligibility", "--verbose"], promotion)).errors).toEqual(["--verbose: unknown option (see --help)"]);
    expect((await cli(["graduate"])).errors).toEqual([
      "graduate: unknown command (expected eligibility, deadlines, verify or diaries; see --help)",
    ]);
    expect((await cli(["eligibility", "--input"])).errors).toEqual(["--input: expected a value"]);
    expect((await cli(["eligibility", "--input", "--compact"])).errors).toEqual(["--input: expected a value"]);
    expect((await cli(["eligibility", "extra"], promotion)).errors).toEqual(["extra: unexpected argument (see --help)"]);
    expect((await cli(["eligibility", "--input", "a", "--csv", "b"])).errors).toEqual(["--csv: give either --input or --csv, not both"]);
    expect((await cli(["eligibility", "--weeks", "3"], promotion)).errors).toEqual(["--weeks: not an option of eligibility"]);
    expect((await cli(["eligibility", "--policy", "iitu", "--policy", "kazutb"], promotion)).errors).toEqual([
      "--policy: given more than once",
    ]);
  });

  it("CLI: --help prints the usage and exits 0; no command prints it to stderr and exits 2", async () => {
    const h = await cli(["--help"]);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain("npm run cli -- eligibility");
    expect(h.stdout).toContain("Exit codes");
    expect((await cli(["eligibility", "-h"])).code).toBe(0);
    expect((await cli(["help"])).code).toBe(0);
    const none = await cli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("Usage:");
  });
});
