import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The board's two credentials (core.telegram.org/bots/webapps, "Validating data received via the Mini App"):
 * - `tma <initData>`: the launch data Telegram signed with a key derived from our bot token;
 * - `Bearer <token>`: our own short-lived session token, issued after an initData check, holding only the
 *   Telegram user id and the expiry, signed with a second key derived from the token.
 * Both are checked in constant time; nothing the client parsed is trusted.
 */
export type AuthFailure = "noAuth" | "badSignature" | "stale";
export type AuthResult = { ok: true; telegramId: number; via: "initData" | "session" } | { ok: false; reason: AuthFailure };

export interface BoardAuthOptions {
  botToken: string;
  now: () => Date;
  /** initData older than this is refused (default 24 h). */
  initDataMaxAgeSeconds?: number | undefined;
  /** Lifetime of a session token (default 1 h). */
  sessionTtlSeconds?: number | undefined;
}

const hmac = (key: Buffer | string, message: string): Buffer => createHmac("sha256", key).update(message).digest();

function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Telegram's "WebAppData" check of raw initData; the Telegram user id when it is genuine and fresh. */
export function checkInitData(raw: string, botToken: string, nowSeconds: number, maxAgeSeconds: number): AuthResult {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(raw);
  } catch {
    return { ok: false, reason: "noAuth" };
  }
  const hash = params.get("hash");
  if (!hash || !/^[0-9a-f]{64}$/i.test(hash)) return { ok: false, reason: "badSignature" };
  const lines: string[] = [];
  for (const [key, value] of params) if (key !== "hash") lines.push(`${key}=${value}`);
  lines.sort();
  const secret = hmac("WebAppData", botToken);
  const expected = hmac(secret, lines.join("\n"));
  if (!sameBytes(expected, Buffer.from(hash, "hex"))) return { ok: false, reason: "badSignature" };
  const authDate = Number(params.get("auth_date"));
  if (!Number.isInteger(authDate) || authDate <= 0) return { ok: false, reason: "badSignature" };
  // A launch older than the policy's window is refused, and so is one from the future beyond a clock skew.
  if (nowSeconds - authDate > maxAgeSeconds || authDate - nowSeconds > 300) return { ok: false, reason: "stale" };
  let user: unknown;
  try {
    user = JSON.parse(params.get("user") ?? "null");
  } catch {
    return { ok: false, reason: "badSignature" };
  }
  const id = (user as { id?: unknown } | null)?.id;
  if (typeof id !== "number" || !Number.isSafeInteger(id) || id <= 0) return { ok: false, reason: "badSignature" };
  return { ok: true, telegramId: id, via: "initData" };
}

/** Signs launch data as Telegram does: for tests, the benchmark and `board:dev` (never for a real user). */
export function signInitData(fields: Record<string, string>, botToken: string): string {
  const lines = Object.entries(fields)
    .filter(([key]) => key !== "hash")
    .map(([key, value]) => `${key}=${value}`)
    .sort();
  const hash = hmac(hmac("WebAppData", botToken), lines.join("\n")).toString("hex");
  const params = new URLSearchParams(fields);
  params.set("hash", hash);
  return params.toString();
}

export interface BoardAuth {
  /** Reads an `Authorization` header. */
  authenticate(header: string | undefined): AuthResult;
  /** A session token for `telegramId`, valid for the configured lifetime. */
  issueSession(telegramId: number): { token: string; expiresAt: Date };
}

export function createBoardAuth(options: BoardAuthOptions): BoardAuth {
  const maxAge = options.initDataMaxAgeSeconds ?? 24 * 60 * 60;
  const ttl = options.sessionTtlSeconds ?? 60 * 60;
  // A key of its own: a session token can never pass for initData or for anything else signed with the token.
  const sessionKey = hmac("PraktikaBoardSession", options.botToken);
  const nowSeconds = (): number => Math.floor(options.now().getTime() / 1000);

  function checkSession(token: string): AuthResult {
    const match = /^(\d{1,15})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
    if (!match) return { ok: false, reason: "badSignature" };
    const [, id, expires, signature] = match as unknown as [string, string, string, string];
    const expected = hmac(sessionKey, `${id}.${expires}`);
    if (!sameBytes(expected, Buffer.from(signature, "base64url"))) return { ok: false, reason: "badSignature" };
    if (Number(expires) <= nowSeconds()) return { ok: false, reason: "stale" };
    return { ok: true, telegramId: Number(id), via: "session" };
  }

  return {
    authenticate(header) {
      if (!header) return { ok: false, reason: "noAuth" };
      const space = header.indexOf(" ");
      if (space < 0) return { ok: false, reason: "noAuth" };
      const scheme = header.slice(0, space).toLowerCase();
      const value = header.slice(space + 1).trim();
      if (!value || value.length > 8192) return { ok: false, reason: "noAuth" };
      if (scheme === "tma") return checkInitData(value, options.botToken, nowSeconds(), maxAge);
      if (scheme === "bearer") return checkSession(value);
      return { ok: false, reason: "noAuth" };
    },
    issueSession(telegramId) {
      const expires = nowSeconds() + ttl;
      const signature = hmac(sessionKey, `${telegramId}.${expires}`).toString("base64url");
      return { token: `${telegramId}.${expires}.${signature}`, expiresAt: new Date(expires * 1000) };
    },
  };
}
