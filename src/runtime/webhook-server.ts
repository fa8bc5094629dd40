import { createServer, type Server } from "node:http";
import { webhookCallback, type Bot } from "grammy";
import type { BotContext } from "../bot/context.js";

/**
 * The webhook endpoint: POST on the path of WEBHOOK_URL, verified by Telegram's secret token header;
 * `GET /healthz` answers 200 only while the database does.
 */
export function createWebhookServer(options: {
  bot: Bot<BotContext>;
  path: string;
  secretToken: string;
  isHealthy(): Promise<boolean>;
}): Server {
  const handleUpdate = webhookCallback(options.bot, "http", { secretToken: options.secretToken, onTimeout: "return" });
  return createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (req.method === "GET" && url.pathname === "/healthz") {
      void options.isHealthy().then((healthy) => {
        res.writeHead(healthy ? 200 : 503, { "content-type": "text/plain" }).end(healthy ? "ok" : "database unavailable");
      });
      return;
    }
    if (req.method === "POST" && url.pathname === options.path) {
      void handleUpdate(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500).end();
      });
      return;
    }
    res.writeHead(404).end();
  });
}
