import { beforeEach, describe, expect, it } from "vitest";
import { createHarness } from "../support/bot-harness.js";
import { useTestDatabase } from "../support/database.js";
import { issueVerificationCases, type IssuedCodes } from "../documents/issued-codes.js";

const database = useTestDatabase();
const stranger = { id: 710001, firstName: "Странник" };

describe("/verify <code>: anyone checks a printed F-76 (QP-06 6.2: signed-off versions only count)", () => {
  let h: ReturnType<typeof createHarness>;
  let codes: IssuedCodes;
  beforeEach(async () => {
    h = createHarness({ connection: database.connection() });
    codes = await issueVerificationCases(h.services.diary.exports);
  });

  const answer = async (text: string, lang: "kk" | "ru" | "en") => {
    await h.db.users.setLanguage(stranger.id, lang);
    await h.text(stranger, text);
    return h.sentTexts(stranger.id).at(-1) ?? "";
  };

  it.each(["kk", "ru", "en"] as const)("%s: current, superseded, unsigned and unknown codes, with the printout's facts", async (lang) => {
    const current = await answer(`/verify ${codes.current}`, lang);
    expect(current.startsWith(h.t(lang, "verify-status-current"))).toBe(true);
    expect(current).toContain(codes.current);
    expect(current).toContain("Сейтқали Аружан");
    const day = (d: string) => (lang === "en" ? d.replace(/\./g, "/") : d); // en-GB prints 05/10/2026, as the PDF does
    expect(current).toContain(`${day("05.10.2026")} – ${day("12.10.2026")}`);
    expect(current).toContain("Жұмабаев Ерлан Қайратұлы");
    expect(current).toContain(day("22.12.2026"));
    expect(current).toContain("A-");

    const scanned = await answer(`/verify PRAKTIKA F-76 ${codes.superseded.toLowerCase()}`, lang);
    expect(scanned.startsWith(h.t(lang, "verify-status-superseded", { revision: 2, code: codes.current }))).toBe(true);

    const unsigned = await answer(`/verify ${codes.unsigned.replace(/-/g, "")}`, lang);
    expect(unsigned.startsWith(h.t(lang, "verify-status-unsigned"))).toBe(true);
    expect(unsigned).toContain(h.t(lang, "doc-no-signoffs"));

    expect(await answer(`/verify ${codes.unknown}`, lang)).toBe(h.t(lang, "verify-status-unknown", { code: codes.unknown }));
  });

  it("a malformed or missing code gets the usage line, nothing else", async () => {
    expect(await answer("/verify 12-34", "ru")).toBe(h.t("ru", "verify-usage"));
    expect(await answer("/verify", "kk")).toBe(h.t("kk", "verify-usage"));
  });
});
