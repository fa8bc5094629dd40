import { mkdirSync } from "node:fs";
import type { Connection } from "mongoose";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { boardApp } from "../../src/http/board-app.js";
import { boardApi } from "../../src/http/board/api.js";
import { createBoardAuth, signInitData } from "../../src/http/board/auth.js";
import { createHttpServer, type HttpServer } from "../../src/http/index.js";
import { createHarness, TEST_TOKEN } from "../support/bot-harness.js";
import { memoryLogger } from "../http/http-support.js";
import { ensureBoardBuild } from "./board-build.js";

/** Where the browser tests leave their screenshots (look at them: the letters, the layout, the language). */
export const SHOTS = "/tmp/board-shots";

/** Debian's Chromium (installed by .ci/run), or CHROMIUM_PATH. */
export const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

/** The harness's clock: initData is signed a minute before it. */
export const NOW = new Date("2026-11-23T09:00:00Z");

/** Launch data as Telegram signs it for a person (`language_code` only hints the first screen). */
export function initDataFor(telegramId: number, languageCode = "kk", ageSeconds = 60): string {
  return signInitData(
    {
      query_id: "AAHboard",
      user: JSON.stringify({ id: telegramId, first_name: "Board", language_code: languageCode }),
      auth_date: String(Math.floor(NOW.getTime() / 1000) - ageSeconds),
    },
    TEST_TOKEN,
  );
}

/** The URL Telegram opens: launch parameters in the hash, as its clients pass them. */
export function launchUrl(base: string, initData: string, theme: Record<string, string> = {}): string {
  const hash = new URLSearchParams({
    tgWebAppData: initData,
    tgWebAppVersion: "8.0",
    tgWebAppPlatform: "tdesktop",
    tgWebAppThemeParams: JSON.stringify(theme),
  });
  return `${base}/app/#${hash.toString()}`;
}

/**
 * The smallest real composition main.ts makes for the board: the services over the test database, the HTTP server
 * with the API at /api and the built Mini App at /app, listening on a loopback port.
 */
export async function startBoardServer(
  connection: Connection,
): Promise<{ h: ReturnType<typeof createHarness>; http: HttpServer; base: string }> {
  const h = createHarness({ connection, now: () => NOW });
  const logger = memoryLogger().logger;
  const http = createHttpServer({
    port: 0,
    host: "127.0.0.1",
    logger,
    health: { pingDatabase: () => h.db.ping() },
    routes: [
      { path: "/api", app: boardApi({ auth: createBoardAuth({ botToken: TEST_TOKEN, now: () => NOW }), board: h.services.board, logger }) },
      { path: "/app", app: boardApp({ root: ensureBoardBuild(), logger }) },
    ],
  });
  const port = await http.listen();
  return { h, http, base: `http://127.0.0.1:${port}` };
}

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM });
}

export interface OpenedBoard {
  context: BrowserContext;
  page: Page;
  /** What the page told the Telegram client through the stubbed bridge (`web_app_ready`, …). */
  events: () => Promise<string[]>;
}

/** A new browser context per scenario (changing only the hash would not reload the page), with Telegram's bridge stubbed. */
export async function openBoard(browser: Browser, url: string): Promise<OpenedBoard> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 }, locale: "kk-KZ" });
  await context.addInitScript(() => {
    const events: string[] = [];
    (globalThis as unknown as { __events: string[] }).__events = events;
    (globalThis as unknown as { TelegramWebviewProxy: unknown }).TelegramWebviewProxy = {
      postEvent: (type: string) => void events.push(type),
    };
  });
  const page = await context.newPage();
  await page.goto(url);
  return { context, page, events: () => page.evaluate(() => (globalThis as unknown as { __events: string[] }).__events) };
}
