import type { Connection } from "mongoose";
import { createHttpServer, type HttpServer } from "../../src/http/index.js";
import { boardApi } from "../../src/http/board/api.js";
import { createBoardAuth, signInitData } from "../../src/http/board/auth.js";
import { createHarness, TEST_TOKEN } from "../support/bot-harness.js";
import { memoryLogger } from "../http/http-support.js";

export const NOW = new Date("2026-11-23T09:00:00Z");

/** Launch data as Telegram signs it for `telegramId`, `ageSeconds` before the harness's clock. */
export function initDataFor(telegramId: number, options: { ageSeconds?: number; token?: string; now?: Date } = {}): string {
  const authDate = Math.floor((options.now ?? NOW).getTime() / 1000) - (options.ageSeconds ?? 60);
  return signInitData(
    {
      query_id: "AAH-test",
      user: JSON.stringify({ id: telegramId, first_name: "Board", language_code: "ru" }),
      auth_date: String(authDate),
    },
    options.token ?? TEST_TOKEN,
  );
}

/** The real services over the test database, and the HTTP server with the board's API mounted at `/api`. */
export function createBoardHarness(connection: Connection, options: { adminIds?: number[] } = {}) {
  let clock = NOW;
  const h = createHarness({ connection, now: () => clock, ...(options.adminIds ? { adminIds: options.adminIds } : {}) });
  const auth = createBoardAuth({ botToken: TEST_TOKEN, now: () => clock });
  const http: HttpServer = createHttpServer({
    port: 0,
    logger: memoryLogger().logger,
    health: { pingDatabase: () => h.db.ping() },
    routes: [{ path: "/api", app: boardApi({ auth, board: h.services.board, logger: h.logger, botUsername: () => "praktika_test_bot" }) }],
  });

  async function call(
    method: "GET" | "POST",
    path: string,
    options: { as?: number; authorization?: string | null; body?: unknown } = {},
  ): Promise<{ status: number; json: any; headers: Headers; bytes: Uint8Array }> {
    const headers: Record<string, string> = {};
    const authorization =
      options.authorization !== undefined
        ? options.authorization
        : options.as !== undefined
          ? `tma ${initDataFor(options.as, { now: clock })}`
          : null;
    if (authorization !== null) headers["authorization"] = authorization;
    if (options.body !== undefined) headers["content-type"] = "application/json";
    const response = await http.app.request(path, {
      method,
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const type = response.headers.get("content-type") ?? "";
    const json: unknown = type.includes("json") ? JSON.parse(new TextDecoder().decode(bytes)) : null;
    return { status: response.status, json, headers: response.headers, bytes };
  }

  return {
    h,
    http,
    auth,
    call,
    get: (path: string, as?: number) => call("GET", path, as === undefined ? {} : { as }),
    post: (path: string, body: unknown, as?: number) => call("POST", path, { body, ...(as === undefined ? {} : { as }) }),
    setNow(next: Date) {
      clock = next;
      h.setNow(() => clock);
    },
  };
}
export type BoardHarness = ReturnType<typeof createBoardHarness>;
