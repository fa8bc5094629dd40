import type { Context } from "hono";

/** A refused request: a short status line body and `Connection: close`, so its remaining body is never read. */
export function refuse(c: Context, status: 400 | 401 | 404 | 405 | 413 | 415): Response {
  c.header("connection", "close");
  return c.text(REASONS[status], status);
}

const REASONS = {
  400: "Bad Request",
  401: "Unauthorized",
  404: "Not Found",
  405: "Method Not Allowed",
  413: "Payload Too Large",
  415: "Unsupported Media Type",
} as const;
