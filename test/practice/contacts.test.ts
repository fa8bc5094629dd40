import { describe, expect, it } from "vitest";
import { checkEmail, checkOrganisationName, checkPhone, checkText, normaliseOrganisationName } from "../../src/domain/practice/contacts.js";

describe("Kazakhstan phone numbers (6B03104 §9.1: the organisation's and supervisor's phones)", () => {
  it.each([
    ["+7 (701) 234-56-78", "+77012345678"],
    ["8 701 234 56 78", "+77012345678"],
    ["87012345678", "+77012345678"],
    ["77012345678", "+77012345678"],
    ["701 234 5678", "+77012345678"],
    ["+7 7172 55-66-77", "+77172556677"],
    ["8(727)2-50-50-50", "+77272505050"],
    ["+7.700.123.45.67", "+77001234567"],
  ])("normalises %s to %s", (input, expected) => {
    expect(checkPhone(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["+7 701 234 56 7", "length"],
    ["8 701 234 56 789", "length"],
    ["12345", "length"],
    ["+998 90 123 45 67", "prefix"],
    ["9 701 234 56 78", "prefix"],
    ["+7 916 123 45 67", "not-kazakhstan"],
    ["8 495 123 45 67", "not-kazakhstan"],
    ["+7 701 234 56 78 доб. 12", "characters"],
    ["phone", "characters"],
    ["", "characters"],
  ])("refuses %s (%s)", (input, reason) => {
    expect(checkPhone(input)).toEqual({ ok: false, reason });
  });

  it("keeps an international number for a foreign organisation only when allowed", () => {
    expect(checkPhone("+998 90 123 45 67", { allowForeign: true })).toEqual({ ok: true, value: "+998901234567" });
    expect(checkPhone("+49 30 12", { allowForeign: true })).toEqual({ ok: false, reason: "length" });
    expect(checkPhone("8 701 234 56 78", { allowForeign: true })).toEqual({ ok: true, value: "+77012345678" });
  });
});

describe("e-mail", () => {
  it("trims and lower-cases", () => {
    expect(checkEmail("  A.Seitkali@IITU.edu.KZ ")).toEqual({ ok: true, value: "a.seitkali@iitu.edu.kz" });
    expect(checkEmail("hr@kaspi.kz")).toEqual({ ok: true, value: "hr@kaspi.kz" });
  });
  it.each(["a.seitkali", "a@b", "a@@b.kz", "a b@c.kz", "a@b.k", "@kaspi.kz", "hr@kaspi..kz", "hr@.kz"])("refuses %s", (input) => {
    expect(checkEmail(input)).toEqual({ ok: false, reason: "format" });
  });
  it("refuses addresses longer than 254 characters", () => {
    expect(checkEmail(`${"a".repeat(60)}@${"b".repeat(200)}.kz`)).toEqual({ ok: false, reason: "too-long", params: { max: 254 } });
  });
});

describe("organisation names", () => {
  it('normalises for look-up: case, «» and " quotes, spaces, ё', () => {
    expect(normaliseOrganisationName("  ТОО  «Kaspi   Бизнес»  ")).toBe("тоо kaspi бизнес");
    expect(normaliseOrganisationName('АО "Казахтелеком"')).toBe("ао казахтелеком");
    expect(normaliseOrganisationName("ЖШС „Ёлка“")).toBe("жшс елка");
    expect(normaliseOrganisationName("«Қазақстан темір жолы» ҰК АҚ")).toBe("қазақстан темір жолы ұк ақ");
  });
  it("keeps the full name as written, spaces collapsed; refuses empty and over-long names", () => {
    expect(checkOrganisationName('  ТОО   "Kaspi"  ')).toEqual({ ok: true, value: 'ТОО "Kaspi"' });
    expect(checkOrganisationName("«»")).toEqual({ ok: false, reason: "too-short", params: { min: 2 } });
    expect(checkOrganisationName("x".repeat(301))).toEqual({ ok: false, reason: "too-long", params: { max: 300 } });
  });
  it("bounds free text", () => {
    expect(checkText("  отдел   разработки ", { min: 2, max: 200 })).toEqual({ ok: true, value: "отдел разработки" });
    expect(checkText(" ", { min: 1, max: 10 })).toEqual({ ok: false, reason: "too-short", params: { min: 1 } });
  });
});
