import { beforeEach, describe, expect, it } from "vitest";
import { checkInitData, signInitData } from "../../src/http/board/auth.js";
import { meResponseSchema, sessionResponseSchema } from "../../src/http/board/contract.js";
import { TEST_TOKEN } from "../support/bot-harness.js";
import { useTestDatabase } from "../support/database.js";
import { createSeeder } from "../support/seed.js";
import { createBoardHarness, initDataFor, NOW, type BoardHarness } from "./board-support.js";

const database = useTestDatabase();

describe("the board's authentication: Telegram's initData check and our session token", () => {
  let b: BoardHarness;
  const coordinator = { id: 710001, firstName: "Гүлнар", languageCode: "ru" as const };
  beforeEach(async () => {
    b = createBoardHarness(database.connection());
    const seed = createSeeder(b.h.db, () => NOW);
    const department = await seed.department("CS", "iitu", "Ақпараттық жүйелер кафедрасы");
    await seed.staff(coordinator, "coordinator", { departmentId: department._id });
    await b.h.db.users.setLanguage(coordinator.id, "ru");
  });

  it("genuine initData: /api/me names the person, their language, roles and department", async () => {
    const me = await b.get("/api/me", coordinator.id);
    expect(me.status).toBe(200);
    expect(meResponseSchema.parse(me.json)).toEqual({
      telegramId: coordinator.id,
      name: "Гүлнар",
      language: "ru",
      roles: ["coordinator"],
      departments: [{ id: expect.any(String), name: "Ақпараттық жүйелер кафедрасы" }],
    });
    expect(me.headers.get("cache-control")).toBe("no-store");
  });

  it("no header, an unknown scheme, tampered initData, another bot's token → 401 with a code", async () => {
    expect((await b.call("GET", "/api/me", { authorization: null })).json).toEqual({ error: "noAuth" });
    expect((await b.call("GET", "/api/me", { authorization: null })).status).toBe(401);
    expect((await b.call("GET", "/api/me", { authorization: "Basic abc" })).status).toBe(401);
    const genuine = initDataFor(coordinator.id);
    // The same signature over another user id: what a client that edits its own launch data sends.
    const tampered = genuine.replace(encodeURIComponent(`"id":${coordinator.id}`), encodeURIComponent(`"id":${coordinator.id + 1}`));
    expect(tampered).not.toBe(genuine);
    const refused = await b.call("GET", "/api/me", { authorization: `tma ${tampered}` });
    expect([refused.status, refused.json]).toEqual([401, { error: "badSignature" }]);
    const otherBot = await b.call("GET", "/api/me", { authorization: `tma ${initDataFor(coordinator.id, { token: "1:other" })}` });
    expect([otherBot.status, otherBot.json]).toEqual([401, { error: "badSignature" }]);
    const noHash = await b.call("GET", "/api/me", { authorization: `tma ${genuine.replace(/&?hash=[0-9a-f]+/, "")}` });
    expect(noHash.status).toBe(401);
  });

  it("stale initData (older than 24 h) → 401 stale; 23 h old still works", async () => {
    const stale = await b.call("GET", "/api/me", { authorization: `tma ${initDataFor(coordinator.id, { ageSeconds: 24 * 3600 + 5 })}` });
    expect([stale.status, stale.json]).toEqual([401, { error: "stale" }]);
    const fresh = await b.call("GET", "/api/me", { authorization: `tma ${initDataFor(coordinator.id, { ageSeconds: 23 * 3600 })}` });
    expect(fresh.status).toBe(200);
  });

  it("a session token works for an hour, then 401 stale; a forged one 401", async () => {
    const session = await b.post("/api/session", undefined, coordinator.id);
    expect(session.status).toBe(200);
    const { token, expiresAt } = sessionResponseSchema.parse(session.json);
    expect(new Date(expiresAt).getTime() - NOW.getTime()).toBe(3600_000);
    expect((await b.call("GET", "/api/me", { authorization: `Bearer ${token}` })).json.telegramId).toBe(coordinator.id);
    const [id, exp, sig] = token.split(".");
    const forged = await b.call("GET", "/api/me", { authorization: `Bearer ${Number(id) + 1}.${exp}.${sig}` });
    expect([forged.status, forged.json]).toEqual([401, { error: "badSignature" }]);
    b.setNow(new Date(NOW.getTime() + 3600_000 + 1000));
    const expired = await b.call("GET", "/api/me", { authorization: `Bearer ${token}` });
    expect([expired.status, expired.json]).toEqual([401, { error: "stale" }]);
  });

  it("an account the bot has never seen → 403 unknownUser", async () => {
    const stranger = await b.get("/api/me", 999_123);
    expect([stranger.status, stranger.json]).toEqual([403, { error: "unknownUser" }]);
  });

  it("the validator agrees with Telegram's algorithm (every field but hash, sorted, signature kept)", () => {
    const raw = signInitData({ auth_date: "1000", user: '{"id":5}', signature: "abc", chat_type: "private" }, TEST_TOKEN);
    expect(checkInitData(raw, TEST_TOKEN, 1000, 86400)).toEqual({ ok: true, telegramId: 5, via: "initData" });
    const withoutSignature = new URLSearchParams(raw);
    withoutSignature.delete("signature");
    expect(checkInitData(withoutSignature.toString(), TEST_TOKEN, 1000, 86400)).toEqual({ ok: false, reason: "badSignature" });
  });
});
