import { beforeEach, describe, expect, it } from "vitest";
import { createHttpServer, type HttpServer } from "../../src/http/index.js";
import { pageLocale, verifyPage } from "../../src/http/verify-page.js";
import { createHarness } from "../support/bot-harness.js";
import { useTestDatabase } from "../support/database.js";
import { issueVerificationCases, type IssuedCodes } from "../documents/issued-codes.js";
import { memoryLogger } from "./http-support.js";

const database = useTestDatabase();

describe("GET /v/<code>: the page behind the F-76's QR code (QP-06 6.2: only a signed-off latest version is current)", () => {
  let h: ReturnType<typeof createHarness>;
  let http: HttpServer;
  let codes: IssuedCodes;
  beforeEach(async () => {
    h = createHarness({ connection: database.connection() });
    codes = await issueVerificationCases(h.services.diary.exports);
    http = createHttpServer({
      port: 0,
      logger: memoryLogger().logger,
      health: { pingDatabase: () => h.db.ping() },
      routes: [
        {
          path: "/v",
          app: verifyPage({
            verifyDiaryCode: (code) => h.services.diary.verification.verifyDiaryCode(code),
            translate: (locale) => (key, params) => h.t(locale, key, params),
            defaultLocale: "kk",
          }),
        },
      ],
    });
  });

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await http.app.request(path, { headers });
    return { status: response.status, headers: response.headers, html: await response.text() };
  };

  it("current: 200, the signed version's facts, self-contained, not cached", async () => {
    const page = await get(`/v/${codes.current}?lang=ru`);
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toBe("no-store");
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(page.html).toContain('<html lang="ru">');
    expect(page.html).toContain(h.t("ru", "verify-status-current"));
    for (const fact of [
      codes.current,
      "Сейтқали Аружан Нұрланқызы",
      "30000042",
      "05.10.2026 – 12.10.2026",
      "Жұмабаев Ерлан Қайратұлы",
      "A-",
    ]) {
      expect(page.html).toContain(fact);
    }
    // Nothing beyond the printout: no diary text, no placement id, no hash; no external assets or scripts.
    expect(page.html).not.toContain("pl-signed");
    expect(page.html).not.toMatch(/<script|<link|src=|https?:\/\//);
  });

  it("superseded: 200, says a newer version exists and names its code", async () => {
    const page = await get(`/v/${codes.superseded.toLowerCase()}`, { "accept-language": "en-US,en;q=0.9,ru;q=0.5" });
    expect(page.status).toBe(200);
    expect(page.html).toContain('<html lang="en">');
    expect(page.html).toContain(h.t("en", "verify-status-superseded", { revision: 2, code: codes.current }));
  });

  it("unsigned: 200, NOT SIGNED — working copy (kk from Accept-Language)", async () => {
    const page = await get(`/v/${codes.unsigned}`, { "accept-language": "de, kk;q=0.8, ru;q=0.7" });
    expect(page.status).toBe(200);
    expect(page.html).toContain('<html lang="kk">');
    expect(page.html).toContain(h.t("kk", "verify-status-unsigned"));
    expect(page.html).toContain(h.t("kk", "doc-no-signoffs"));
  });

  it("unknown and malformed codes: 404 with the page, input escaped", async () => {
    const unknown = await get(`/v/${codes.unknown}?lang=en`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("cache-control")).toBe("no-store");
    expect(unknown.html).toContain(h.t("en", "verify-status-unknown", { code: codes.unknown }));
    const hostile = await get(`/v/${encodeURIComponent("<b>x</b>")}?lang=xx`);
    expect(hostile.status).toBe(404);
    expect(hostile.html).toContain('<html lang="kk">');
    expect(hostile.html).not.toContain("<b>x</b>");
    expect(hostile.html).toContain("&lt;b&gt;x&lt;/b&gt;");
  });

  it("the page language: ?lang= first, then Accept-Language by weight, then the default", () => {
    expect(pageLocale("en", "ru", "kk")).toBe("en");
    expect(pageLocale(undefined, "fr;q=1, ru;q=0.4, en;q=0.6", "kk")).toBe("en");
    expect(pageLocale("de", "ru-RU", "kk")).toBe("ru");
    expect(pageLocale(undefined, undefined, "ru")).toBe("ru");
  });
});
