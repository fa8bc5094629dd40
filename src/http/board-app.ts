import { existsSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import type { Logger } from "../logging/logger.js";
import { projectRoot } from "../paths.js";

/** Where `npm run build` puts the board's Mini App (Vite, vite.board.config.ts). */
export function boardBuildDir(): string {
  return join(projectRoot(), "dist", "board");
}

export interface BoardAppOptions {
  /** The built Mini App (index.html + assets/); default `dist/board`. */
  root?: string;
  /** Where the server mounts it (default `/app`). */
  mountPath?: string;
  logger: Logger;
}

/** Content-hashed file names (`assets/index-BHZU5s9T.js`) never change content: browsers keep them for a year. */
const HASHED_ASSET = /\/assets\/[^/]+-[A-Za-z0-9_-]{6,}\.[a-z0-9]+$/;

/**
 * `GET /app/…` (mounted at `/app`): the board's Mini App, as built. index.html is revalidated on every open so a
 * deploy reaches everyone at once; hashed assets are cached for a year. No `X-Frame-Options`: Telegram Web shows
 * Mini Apps in an iframe.
 */
export function boardApp(options: BoardAppOptions): Hono {
  const root = options.root ?? boardBuildDir();
  const mount = options.mountPath ?? "/app";
  const app = new Hono();
  if (!existsSync(join(root, "index.html"))) {
    options.logger.warn({ root }, "the board is not built (npm run build); /app/ answers 503");
    return app.get("*", (c) => {
      c.header("cache-control", "no-store");
      return c.text("The board is not built: run npm run build.", 503);
    });
  }
  app.get("/", (c, next) => {
    // `/app` without the slash would resolve the page's relative asset URLs against `/`.
    if (!c.req.path.endsWith("/")) return c.redirect(`${mount}/`, 301);
    return next();
  });
  app.use("*", async (c, next) => {
    await next();
    c.header("x-content-type-options", "nosniff");
    c.header("referrer-policy", "no-referrer");
    if (c.res.headers.get("content-type")?.startsWith("text/html")) {
      c.header("cache-control", "no-cache");
      c.header(
        "content-security-policy",
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'self'",
      );
    } else if (c.res.ok && HASHED_ASSET.test(c.req.path)) {
      c.header("cache-control", "public, max-age=31536000, immutable");
    }
  });
  app.use(
    "*",
    serveStatic({
      root,
      rewriteRequestPath: (path) => path.slice(mount.length) || "/",
    }),
  );
  return app;
}
