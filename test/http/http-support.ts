import { connect, type Socket } from "node:net";
import pino from "pino";
import type { Update } from "grammy/types";

export const SECRET = "webhook-secret-0123456789";

/** A logger that keeps its lines for assertions. */
export function memoryLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino({ level: "debug" }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, lines };
}

export function helpUpdate(updateId: number, userId = 4242): Update & { message: NonNullable<Update["message"]> } {
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
