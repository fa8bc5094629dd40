import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TranslateFunction } from "@grammyjs/i18n";
import { createI18n } from "../../src/bot/i18n.js";
import { localesDir } from "../../src/paths.js";
import { LOCALES } from "../../src/config/config.js";
import { eligibilityRenderer } from "../../src/bot/views/eligibility.view.js";
import { addDays } from "../../src/domain/rules/dates.js";
import { evaluateReinstatement, type ReinstatementInput } from "../../src/domain/rules/reinstatement.js";
import { LEVELS } from "../../src/domain/rules/types.js";
import { reinstatementLines } from "../../scenes/eligibility/reinstatement.flow.js";
import { weekendsOnly } from "../domain/fixtures.js";

/** The reinstatement answer as the bot writes it, over random cases in every language (issue 7 #5). */
const i18n = createI18n({ localesDir: localesDir(), defaultLocale: "en", resolveLocale: () => null });
// From 2023: a cut-off five working days before an early-January period falls in the previous year.
const calendar = weekendsOnly(2023, 2032);
const day = (offset: number): string => addDays("2024-01-01", offset);

const inputArb = fc
  .record({
    level: fc.constantFrom(...LEVELS),
    expelled: fc.integer({ min: 0, max: 700 }),
    elapsed: fc.integer({ min: 0, max: 2000 }),
    startAfter: fc.integer({ min: 1, max: 200 }),
    reason: fc.constantFrom("nonPayment" as const, "other" as const),
    debtPaid: fc.boolean(),
  })
  .map(({ level, expelled, elapsed, startAfter, reason, debtPaid }): ReinstatementInput => ({
    level,
    expelledOn: day(expelled),
    date: day(expelled + elapsed),
    nextPeriodStart: day(expelled + elapsed + startAfter),
    reason,
    debtPaid,
  }));

describe("the reinstatement answer (R-23 7.2, 7.4, 7.7)", () => {
  it("R-23 7.2, 7.4: a ✅ verdict stands above no ❌ of its route, and the other route is never shown as failed", () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom(...LOCALES), (input, locale) => {
        const t = ((key: string, vars?: Record<string, string | number>) => i18n.t(locale, key, vars)) as TranslateFunction;
        const verdict = evaluateReinstatement(input, calendar);
        const lines = reinstatementLines(t, eligibilityRenderer(t, locale), verdict);
        expect(lines[0]!.startsWith("✅")).toBe(verdict.eligible);
        const otherRoute = lines.indexOf(t("elig-other-route-nonPayment"));
        const ownRoute = otherRoute === -1 ? lines : lines.slice(0, otherRoute);
        if (verdict.eligible) expect(ownRoute.filter((line) => line.startsWith("❌"))).toEqual([]);
        else expect(ownRoute.slice(1).some((line) => line.startsWith("❌"))).toBe(true);
        if (otherRoute !== -1) expect(lines.slice(otherRoute).some((line) => line.includes("❌"))).toBe(false);
        expect(otherRoute !== -1).toBe(verdict.otherRoute !== null);
      }),
      { numRuns: 300 },
    );
  });
});
