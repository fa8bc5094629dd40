import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkBin, computeBinCheckDigit, isValidBin } from "../../src/domain/practice/bin.js";

describe("BIN / IIN check digit (domain.md §3: weighted mod 11, second weight set on 10)", () => {
  it("accepts real BINs: Kaspi Bank 971240001315, Kazakhtelecom 940740000911", () => {
    expect(checkBin("971240001315")).toEqual({ ok: true, value: "971240001315" });
    expect(checkBin("940740000911")).toEqual({ ok: true, value: "940740000911" });
  });

  it("ignores spaces and dashes a person types", () => {
    expect(checkBin(" 9712 4000 1315 ")).toEqual({ ok: true, value: "971240001315" });
    expect(checkBin("971240-001315")).toEqual({ ok: true, value: "971240001315" });
  });

  it("uses the second weight set (3…11, 1, 2) when the first sum mod 11 is 10", () => {
    // 0·1+5·2+0·3+3·4+4·5+0·6+0·7+0·8+1·9+8·10+0·11 = 131 ≡ 10; second: 85 ≡ 8
    expect(computeBinCheckDigit("05034000180")).toBe(8);
    expect(checkBin("050340001808").ok).toBe(true);
    expect(checkBin("050340001801")).toEqual({ ok: false, reason: "check-digit" });
  });

  it("refuses 11 digits whose second pass is 10 too, whatever the last digit", () => {
    expect(computeBinCheckDigit("05034000181")).toBeNull();
    for (let d = 0; d <= 9; d++) expect(checkBin(`05034000181${d}`)).toEqual({ ok: false, reason: "check-digit" });
  });

  it("catches a typo in one digit and two swapped digits", () => {
    expect(checkBin("971240001415")).toEqual({ ok: false, reason: "check-digit" });
    expect(checkBin("971249001315")).toEqual({ ok: false, reason: "check-digit" });
    expect(checkBin("972140001315")).toEqual({ ok: false, reason: "check-digit" });
  });

  it("cannot see a typo in the 11th digit when the first pass decides (its weight 11 ≡ 0 mod 11)", () => {
    expect(checkBin("971240001325")).toEqual({ ok: true, value: "971240001325" });
  });

  it("refuses other lengths, letters and all zeros as a format error", () => {
    for (const input of ["97124000131", "9712400013155", "97124000131O", "", "000000000000", "ИИН971240001315"]) {
      expect(checkBin(input), input).toEqual({ ok: false, reason: "format" });
    }
  });

  it("every number built with its computed check digit is valid; changing the last digit breaks it", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{11}$/), (first11) => {
        const digit = computeBinCheckDigit(first11);
        fc.pre(digit !== null && !/^0+$/.test(first11));
        expect(isValidBin(`${first11}${digit}`)).toBe(true);
        expect(isValidBin(`${first11}${(digit + 1) % 10}`)).toBe(false);
      }),
    );
  });
});
