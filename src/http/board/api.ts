import { Hono, type Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { Logger } from "../../logging/logger.js";
import type { BoardService, BoardViewer } from "../../services/board/index.js";
import type { BoardAuth } from "./auth.js";
import {
  approveBasesRequestSchema,
  decideRequestSchema,
  rosterQuerySchema,
  studentParamsSchema,
  PDF_CONTENT_TYPE,
  type MyStudentsResponse,
  type StudentDetail,
  type BulkResponse,
  type ErrorCode,
  type ErrorResponse,
  type MyPendingResponse,
  type RosterResponse,
} from "./contract.js";

export interface BoardApiDeps {
  auth: BoardAuth;
  board: BoardService;
  logger: Logger;
}

/** What an answer needs of hono's context, whatever the route's input types. */
type Answering = Pick<Context, "header" | "json">;

export type BoardEnv = { Variables: { viewer: BoardViewer } };

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  badRequest: 400,
  noAuth: 401,
  badSignature: 401,
  stale: 401,
  unknownUser: 403,
  forbidden: 403,
  notFound: 404,
  tooLarge: 413,
  internal: 500,
};

/** `{ error }` with its status; the board translates the code. */
export function fail(c: Answering, error: ErrorCode, issues?: string[]): Response {
  const body: ErrorResponse = issues ? { error, issues } : { error };
  c.header("cache-control", "no-store");
  if (STATUS[error] === 401) c.header("www-authenticate", 'tma, Bearer realm="board"');
  return c.json(body, STATUS[error]);
}

/** Where a request failed to parse, as `path: message` (no values echoed back). */
export function issuesOf(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string[] {
  return error.issues.slice(0, 10).map((issue) => `${issue.path.map(String).join(".")}: ${issue.message}`);
}

/** A JSON answer nobody caches (every answer is personal). */
export function ok<T extends object>(c: Answering, body: T): Response {
  c.header("cache-control", "no-store");
  return c.json(body, 200);
}

/**
 * The board's API (mounted at `/api`): every route below the authentication middleware knows its viewer, loaded
 * from the database by the Telegram id the credential proved. Routes parse with the contract's zod schemas, call
 * one service method (which asks `can()`) and serialise its answer.
 */
export function boardApi(deps: BoardApiDeps): Hono {
  const app = new Hono<BoardEnv>();
  app.use("*", async (c, next) => {
    c.header("x-content-type-options", "nosniff");
    const auth = deps.auth.authenticate(c.req.header("authorization"));
    if (!auth.ok) {
      deps.logger.debug({ status: 401, reason: auth.reason }, "board request refused");
      return fail(c, auth.reason);
    }
    const viewer = await deps.board.viewers.load(auth.telegramId);
    if (!viewer) return fail(c, "unknownUser");
    c.set("viewer", viewer);
    await next();
    return undefined;
  });

  app.post("/session", (c) => {
    const { token, expiresAt } = deps.auth.issueSession(c.get("viewer").principal.telegramId);
    return ok(c, { token, expiresAt: expiresAt.toISOString() });
  });
  app.get("/me", async (c) => ok(c, await deps.board.viewers.me(c.get("viewer"))));
  app.get("/roster", async (c) => {
    const query = rosterQuerySchema.safeParse(c.req.query());
    if (!query.success) return fail(c, "badRequest", issuesOf(query.error));
    const result = await deps.board.roster.roster(c.get("viewer").principal, query.data);
    if (result.status !== "ok") return fail(c, result.status);
    const body: RosterResponse = { total: result.total, page: result.page, pageSize: result.pageSize, rows: result.rows };
    return ok(c, body);
  });
  app.post("/bulk/approve-bases", async (c) => {
    const body = approveBasesRequestSchema.safeParse(await c.req.json().catch(() => null));
    if (!body.success) return fail(c, "badRequest", issuesOf(body.error));
    const response: BulkResponse = { results: await deps.board.bulk.approveBases(c.get("viewer").principal, body.data.items) };
    return ok(c, response);
  });
  app.get("/students/:id", async (c) => {
    const params = studentParamsSchema.safeParse(c.req.param());
    if (!params.success) return fail(c, "badRequest", issuesOf(params.error));
    const result = await deps.board.students.detail(c.get("viewer").principal, params.data.id);
    if (result.status !== "ok") return fail(c, result.status);
    const body: StudentDetail = result.detail;
    return ok(c, body);
  });
  app.get("/students/:id/f76", async (c) => {
    const params = studentParamsSchema.safeParse(c.req.param());
    if (!params.success) return fail(c, "badRequest", issuesOf(params.error));
    const viewer = c.get("viewer");
    const result = await deps.board.students.f76(viewer.principal, params.data.id, viewer.language);
    if (result.status !== "ok") return fail(c, result.status);
    const { pdf, fileName } = result.exported;
    return c.body(new Uint8Array(pdf), 200, {
      "content-type": PDF_CONTENT_TYPE,
      "content-disposition": `attachment; filename="document.pdf"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "cache-control": "no-store",
    });
  });
  app.get("/my/students", async (c) => {
    const response: MyStudentsResponse = { students: await deps.board.students.mine(c.get("viewer").principal) };
    return ok(c, response);
  });
  app.get("/my/pending", async (c) => {
    const response: MyPendingResponse = { entries: await deps.board.supervision.pending(c.get("viewer").principal) };
    return ok(c, response);
  });
  app.post("/my/decide", async (c) => {
    const body = decideRequestSchema.safeParse(await c.req.json().catch(() => null));
    if (!body.success) return fail(c, "badRequest", issuesOf(body.error));
    const response: BulkResponse = { results: await deps.board.bulk.decideEntries(c.get("viewer").principal, body.data) };
    return ok(c, response);
  });
  app.notFound((c) => fail(c, "notFound"));
  app.onError((error, c) => {
    deps.logger.error({ err: error.message, path: c.req.routePath }, "board route failed");
    return fail(c, "internal");
  });
  return app as unknown as Hono;
}
