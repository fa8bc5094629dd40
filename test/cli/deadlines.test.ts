import { describe, expect, it } from "vitest";
import { cli } from "./helpers.js";

describe("CLI deadlines", () => {
  it("QP-06 5.9, Annex 1, 6.3: --policy iitu --type production --start 2025-03-24 --weeks 8 → [{ key, date, audience, rule }]", async () => {
    const r = await cli(["deadlines", "--policy", "iitu", "--type", "production", "--start", "2025-03-24", "--weeks", "8"]);
    expect(r.code).toBe(0);
    const list = r.json() as Record<string, unknown>[];
    expect(list.map((d) => d["key"])).toEqual([
      "distributionToRegistrar",
      "noBaseReported",
      "contractSigned",
      "workPlanApproved",
      "orientation",
      "reportSchedule",
      "characteristic",
      "practiceEnd",
      "reportDue",
    ]);
    for (const d of list) {
      expect(Object.keys(d).filter((k) => k !== "shiftedFrom")).toEqual(["key", "date", "audience", "rule"]);
    }
    expect(list[0]).toEqual({ key: "distributionToRegistrar", date: "2025-03-04", audience: "coordinator", rule: "QP-06 5.9" });
  });

  it("KazUTB-RPA 8.5: default policy is iitu; --policy kazutb gives the one-month contract deadline", async () => {
    const iitu = (await cli(["deadlines", "--type", "production", "--start", "2025-10-06", "--weeks", "4"])).json() as Record<
      string,
      unknown
    >[];
    expect(iitu.find((d) => d["key"] === "contractSigned")).toMatchObject({ date: "2025-09-29", rule: "QP-06 Annex 1 §2.1" });
    const kaz = (
      await cli(["deadlines", "--policy=kazutb", "--type", "production", "--start", "2025-10-06", "--weeks", "4"])
    ).json() as Record<string, unknown>[];
    expect(kaz.find((d) => d["key"] === "contractSigned")).toMatchObject({ date: "2025-09-05", rule: "KazUTB-RPA 8.5" });
  });

  it("CLI: each bad deadlines option → one line, exit 2", async () => {
    const r = await cli(["deadlines", "--policy", "iitu", "--type", "summer", "--start", "2025-13-01", "--weeks", "two"]);
    expect(r.code).toBe(2);
    expect(r.errors).toEqual([
      '--type: expected one of "educational", "pedagogical", "research", "production", "preDiploma"',
      "--start: expected a real date written YYYY-MM-DD",
      "--weeks: expected a whole number between 1 and 52",
    ]);
    expect((await cli(["deadlines", "--type", "production", "--start", "2025-03-03", "--weeks", "0"])).errors).toEqual([
      "--weeks: expected a whole number between 1 and 52",
    ]);
    expect((await cli(["deadlines"])).errors).toEqual([
      '--type: required: expected one of "educational", "pedagogical", "research", "production", "preDiploma"',
      "--start: required: expected a date YYYY-MM-DD",
      "--weeks: required: expected a whole number between 1 and 52",
    ]);
    expect((await cli(["deadlines", "--policy", "x", "--type", "production", "--start", "2025-03-03", "--weeks", "2"])).errors).toEqual([
      '--policy: expected one of "iitu", "kazutb"',
    ]);
    expect((await cli(["deadlines", "--input", "x"])).errors).toEqual(["--input: not an option of deadlines"]);
  });

  it("domain.md §10: a start whose deadlines need a year without holiday data → exit 2 on --start", async () => {
    const r = await cli(["deadlines", "--type", "production", "--start", "2024-01-08", "--weeks", "4"]);
    expect(r.code).toBe(2);
    expect(r.errors).toEqual(['--start: the holiday calendar "kz" has no data for 2023 (years covered: 2024, 2025, 2026, 2027)']);
  });
});
