import { describe, expect, it } from "vitest";
import {
  checkCourse,
  checkFullName,
  checkGroup,
  checkProgrammeCode,
  checkStudentNumber,
  programmeCodeLevel,
} from "../../src/domain/profile/student-profile.js";
import { checkCredits, checkGpa, checkPastDate } from "../../src/domain/profile/eligibility-answers.js";

describe("student profile answers", () => {
  it.each([
    ["Ан", "too-short"],
    ["А".repeat(60) + " " + "Б".repeat(60), "too-long"],
    ["Иванов Иван 3", "letters-only"],
    ["Аружан", "need-surname-and-name"],
    ["Бір Екі Үш Төрт Бес Алты", "too-many-words"],
  ])("full name %j is refused as %s", (input, reason) => {
    expect(checkFullName(input)).toMatchObject({ ok: false, reason });
  });

  it("full names are trimmed, single-spaced and capitalised; Kazakh letters, hyphens and apostrophes pass", () => {
    expect(checkFullName("  сейтқали   аружан-ерланқызы ")).toEqual({ ok: true, value: "Сейтқали Аружан-ерланқызы" });
    expect(checkFullName("O'Connor Aidan")).toEqual({ ok: true, value: "O'Connor Aidan" });
  });

  it("student IDs: 4–20 letters/digits/hyphens with a digit, stored upper-case", () => {
    expect(checkStudentNumber(" ab-12 34 ")).toEqual({ ok: true, value: "AB-1234" });
    for (const bad of ["abc", "ABCDEFG", "12", "1".repeat(21), "12 34$"]) expect(checkStudentNumber(bad).ok).toBe(false);
  });

  it("programme codes follow the level (6B bachelor, 7M master, 8D doctorate); Cyrillic look-alikes are accepted", () => {
    expect(checkProgrammeCode("6в06102", "bachelor")).toEqual({ ok: true, value: "6B06102" });
    expect(checkProgrammeCode("7М06101", "master")).toEqual({ ok: true, value: "7M06101" });
    expect(checkProgrammeCode("8Д06101", "phd")).toEqual({ ok: true, value: "8D06101" });
    expect(checkProgrammeCode("7M06101", "bachelor")).toEqual({ ok: false, reason: "level-mismatch", params: { prefix: "6B" } });
    expect(checkProgrammeCode("6B0610", "bachelor")).toMatchObject({ ok: false, reason: "format" });
  });

  it("course ranges depend on the level: bachelor 1–4, master 1–2, doctorate 1–3", () => {
    expect(checkCourse("4", "bachelor")).toEqual({ ok: true, value: 4 });
    expect(checkCourse("5", "bachelor").ok).toBe(false);
    expect(checkCourse("3", "master").ok).toBe(false);
    expect(checkCourse(3, "phd")).toEqual({ ok: true, value: 3 });
    expect(checkCourse("0", "phd").ok).toBe(false);
  });

  it("groups: 2–20 letters, digits, spaces, hyphens, dots or slashes, with a digit", () => {
    expect(checkGroup("se-2203")).toEqual({ ok: true, value: "SE-2203" });
    expect(checkGroup("ИС 21-1")).toEqual({ ok: true, value: "ИС 21-1" });
    for (const bad of ["!", "SE", "-2203", "A".repeat(19) + "12"]) expect(checkGroup(bad).ok).toBe(false);
  });

  it("issue 7 #12: short names and initials are names", () => {
    expect(checkFullName("Ли Ю")).toEqual({ ok: true, value: "Ли Ю" });
    expect(checkFullName("Иванов И.И.")).toEqual({ ok: true, value: "Иванов И.И." });
    expect(checkFullName("иванов и. и.")).toEqual({ ok: true, value: "Иванов И. И." });
    expect(checkFullName("Петрова–Сидорова Анна")).toEqual({ ok: true, value: "Петрова-Сидорова Анна" });
    expect(checkFullName("И.И. Иванов")).toMatchObject({ ok: false, reason: "letters-only" });
  });

  it.each(["----1", "1---", "0000", "12--34", "-1234", "A-000"])("issue 7 #12: student ID %j is a typing slip, not an ID", (input) => {
    expect(checkStudentNumber(input)).toMatchObject({ ok: false, reason: "format" });
  });

  it("issue 7 #12: student IDs with an en dash are normalised", () => {
    expect(checkStudentNumber("ab–1234")).toEqual({ ok: true, value: "AB-1234" });
  });

  it("issue 7 #12: a group keeps the case it was typed in; dashes are normalised", () => {
    expect(checkGroup("ВТиПО-22-1")).toEqual({ ok: true, value: "ВТиПО-22-1" });
    expect(checkGroup("SE–2203")).toEqual({ ok: true, value: "SE-2203" });
    expect(checkGroup("вт-22")).toEqual({ ok: true, value: "ВТ-22" });
  });

  it("issue 7 #18: the level of a programme code is read from its prefix", () => {
    expect(programmeCodeLevel("7M06102")).toBe("master");
    expect(programmeCodeLevel("8D06102")).toBe("phd");
    expect(programmeCodeLevel("6B06102")).toBe("bachelor");
  });
});

describe("eligibility answers", () => {
  it('issue 7 #12: "-1" is a GPA out of range, not "not a number"; negative credits likewise', () => {
    expect(checkGpa("-1")).toEqual({ ok: false, reason: "range", params: { min: 0, max: 4 } });
    expect(checkGpa("−0,5")).toMatchObject({ ok: false, reason: "range" });
    expect(checkCredits("-5")).toMatchObject({ ok: false, reason: "range" });
    expect(checkGpa("abc")).toMatchObject({ ok: false, reason: "format" });
  });

  it('issue 7 #12: a two-digit year is of this century: "15.06.24" is 15 June 2024', () => {
    expect(checkPastDate("15.06.24", "2026-11-23")).toEqual({ ok: true, value: "2024-06-15" });
    expect(checkPastDate("1/2/25", "2026-11-23")).toEqual({ ok: true, value: "2025-02-01" });
    expect(checkPastDate("15.06.27", "2026-11-23")).toMatchObject({ ok: false, reason: "future" });
    expect(checkPastDate("15.06.2027", "2026-11-23")).toMatchObject({ ok: false, reason: "future" });
  });
});
