import { connect, createServer, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import pino from "pino";

export const SECRET = "webhook-secret-0123456789";

/** A logger that keeps its lines for assertions. */
export function memoryLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino({ level: "debug" }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, lines };
}

export function helpUpdate(updateId: number, userId = 4242) {
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: 0,
      chat: { id: userId, type: "private", first_name: "Web" },
      from: { id: userId, is_bot: false, first_name: "Web", language_code: "en" },
      text: "/help",
      entities: [{ type: "bot_command", offset: 0, length: 5 }],
    },
  };
}

export interface RawAnswer {
  /** Everything the server wrote before closing (or before `waitMs`). */
  text: string;
  status: number | undefined;
  /** True when the server closed the connection. */
  closed: boolean;
  ms: number;
}

/**
 * Writes raw bytes to the server (a request no HTTP client would send) and collects the answer until the server
 * closes the connection or `waitMs` passes. `then` writes more after the first write (e.g. a body in chunks),
 * ignoring write errors once the server has closed.
 */
export function rawRequest(
  port: number,
  head: string,
  options: { waitMs?: number; then?: (socket: Socket) => Promise<void> } = {},
): Promise<RawAnswer> {
  const started = Date.now();
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    let text = "";
    let settled = false;
    const finish = (closed: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const match = /^HTTP\/1\.1 (\d{3})/.exec(text);
      resolve({ text, status: match ? Number(match[1]) : undefined, closed, ms: Date.now() - started });
    };
    const timer = setTimeout(() => finish(false), options.waitMs ?? 5_000);
    socket.on("data", (chunk) => (text += chunk.toString("latin1")));
    socket.on("error", () => finish(true));
    socket.on("close", () => finish(true));
    socket.write(head, () => void options.then?.(socket).catch(() => undefined));
  });
}

/** Writes `chunk` `times` times with a pause, stopping when the socket is gone. */
export async function trickle(socket: Socket, chunk: string | Buffer, times: number, pauseMs = 0): Promise<void> {
  for (let i = 0; i < times && !socket.destroyed && socket.writable; i++) {
    await new Promise<void>((done) => socket.write(chunk, () => done()));
    if (pauseMs > 0) await new Promise((done) => setTimeout(done, pauseMs));
  }
}

/**
 * A TCP relay in front of the test database, so a test can take the database away and bring it back:
 * "refuse" cuts every connection and refuses new ones; "hang" accepts and forwards nothing (a ping never returns).
 */
export async function startDatabaseRelay(target: { host: string; port: number }) {
  let mode: "pass" | "refuse" | "hang" = "pass";
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    if (mode === "refuse") {
      client.destroy();
      return;
    }
    sockets.add(client);
    client.on("close", () => sockets.delete(client));
    client.on("error", () => client.destroy());
    if (mode === "hang") return;
    const upstream = connect(target.port, target.host);
    sockets.add(upstream);
    upstream.on("close", () => {
      sockets.delete(upstream);
      client.destroy();
    });
    upstream.on("error", () => upstream.destroy());
    client.on("close", () => upstream.destroy());
    client.on("data", (chunk) => {
      if (mode === "pass") upstream.write(chunk);
    });
    upstream.on("data", (chunk) => {
      if (mode === "pass") client.write(chunk);
    });
  });
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  const cut = (): void => {
    for (const socket of sockets) socket.destroy();
    sockets.clear();
  };
  return {
    port: (server.address() as AddressInfo).port,
    setMode(next: "pass" | "refuse" | "hang"): void {
      mode = next;
      if (next !== "pass") cut();
    },
    async close(): Promise<void> {
      cut();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
