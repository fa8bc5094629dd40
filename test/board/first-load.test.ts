import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBoardBuild } from "./board-build.js";

/** The budget for the board's first load: JavaScript, gzipped. */
const FIRST_LOAD_BUDGET = 150 * 1024;

let dir: string;
let html: string;

beforeAll(() => {
  dir = ensureBoardBuild();
  html = readFileSync(join(dir, "index.html"), "utf8");
}, 120_000);

/** Scripts and module preloads the page asks for before it can show anything. */
function firstLoadScripts(page: string): string[] {
  const scripts = [...page.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...page.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  return [...scripts, ...preloads];
}

describe("the board's first load", () => {
  it("is at most 150 kB of JavaScript gzipped", () => {
    const scripts = firstLoadScripts(html);
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.map((src) => gzipSync(readFileSync(join(dir, src)), { level: 9 }).length).reduce((a, b) => a + b, 0);
    console.log(`[board] first load: ${(gzipped / 1024).toFixed(1)} kB of JavaScript gzipped (${scripts.length} file(s))`);
    expect(gzipped).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
  });

  it("loads nothing from another origin (no CDN, no telegram.org script): every URL is relative", () => {
    const urls = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url, url).toMatch(/^(\.\/|data:)/);
    const js = firstLoadScripts(html)
      .map((src) => readFileSync(join(dir, src), "utf8"))
      .join("\n");
    expect(js).not.toContain("telegram.org/js");
  });
});
