import type { z } from "zod";
import {
  API_PREFIX,
  bulkResponseSchema,
  countsResponseSchema,
  errorResponseSchema,
  meResponseSchema,
  myPendingResponseSchema,
  myStudentsResponseSchema,
  queuesResponseSchema,
  reissueLinksResponseSchema,
  rosterResponseSchema,
  sessionResponseSchema,
  studentDetailSchema,
  supervisorsResponseSchema,
  type ApproveBasesRequest,
  type AssignSupervisorRequest,
  type DecideRequest,
  type ErrorCode,
  type ExportRequest,
  type ReissueLinksRequest,
  type RosterQuery,
} from "../http/board/contract.js";

/** A refused or failed call, by the contract's error code (`network` when no answer came). */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode | "network",
    readonly status: number,
  ) {
    super(code);
  }
}

type Query = Record<string, string | number | boolean | undefined>;

/** `../api/…` from `/app/`: keeps working under whatever prefix PUBLIC_URL puts in front of both. */
function apiUrl(path: string, query: Query = {}): string {
  const url = new URL(`..${API_PREFIX}${path}`, window.location.href);
  url.hash = "";
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === "" || value === false) continue;
    url.searchParams.set(key, value === true ? "1" : String(value));
  }
  return url.toString();
}

/** What a refusal without the contract's body (a proxy's page, a route not deployed yet) means. */
const STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  400: "badRequest",
  401: "badSignature",
  403: "forbidden",
  404: "notFound",
  413: "tooLarge",
};

async function failure(response: Response): Promise<ApiError> {
  const body = errorResponseSchema.safeParse(await response.json().catch(() => null));
  if (body.success) return new ApiError(body.data.error, response.status);
  return new ApiError(STATUS_CODES[response.status] ?? "internal", response.status);
}

/**
 * The board's API client: the first call swaps the launch initData for a session token (`POST /api/session`), later
 * calls carry the token, and an expired token is swapped again once while the initData is still accepted.
 */
export function createApi(initData: string) {
  let token: string | null = null;

  async function session(): Promise<string> {
    const response = await send(apiUrl("/session"), { method: "POST", headers: { authorization: `tma ${initData}` } });
    if (!response.ok) throw await failure(response);
    token = sessionResponseSchema.parse(await response.json()).token;
    return token;
  }

  async function send(url: string, init: RequestInit): Promise<Response> {
    try {
      return await fetch(url, init);
    } catch {
      throw new ApiError("network", 0);
    }
  }

  async function call(path: string, init: { method?: string; query?: Query; body?: unknown } = {}, retried = false): Promise<Response> {
    const bearer = token ?? (await session());
    const response = await send(apiUrl(path, init.query), {
      method: init.method ?? "GET",
      headers: {
        authorization: `Bearer ${bearer}`,
        ...(init.body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    if (response.status === 401 && !retried) {
      token = null;
      return call(path, init, true);
    }
    if (!response.ok) throw await failure(response);
    return response;
  }

  async function json<S extends z.ZodType>(schema: S, path: string, init?: Parameters<typeof call>[1]): Promise<z.output<S>> {
    const response = await call(path, init);
    const parsed = schema.safeParse(await response.json().catch(() => null));
    if (!parsed.success) throw new ApiError("internal", response.status);
    return parsed.data;
  }

  async function file(path: string, init?: Parameters<typeof call>[1]): Promise<Blob> {
    return (await call(path, init)).blob();
  }

  const post = (body: unknown) => ({ method: "POST", body });

  return {
    me: () => json(meResponseSchema, "/me"),
    roster: (query: RosterQuery) => json(rosterResponseSchema, "/roster", { query: query as Query }),
    supervisors: (department: string | undefined) => json(supervisorsResponseSchema, "/supervisors", { query: { department } }),
    student: (id: string) => json(studentDetailSchema, `/students/${encodeURIComponent(id)}`),
    f76: (id: string) => file(`/students/${encodeURIComponent(id)}/f76`),
    queues: (department: string | undefined) => json(queuesResponseSchema, "/queues", { query: { department } }),
    counts: (department: string | undefined) => json(countsResponseSchema, "/counts", { query: { department } }),
    approveBases: (body: ApproveBasesRequest) => json(bulkResponseSchema, "/bulk/approve-bases", post(body)),
    assignSupervisor: (body: AssignSupervisorRequest) => json(bulkResponseSchema, "/bulk/assign-supervisor", post(body)),
    reissueLinks: (body: ReissueLinksRequest) => json(reissueLinksResponseSchema, "/bulk/reissue-links", post(body)),
    exportXlsx: (body: ExportRequest) => file("/bulk/export", post(body)),
    myStudents: () => json(myStudentsResponseSchema, "/my/students"),
    myPending: () => json(myPendingResponseSchema, "/my/pending"),
    decide: (body: DecideRequest) => json(bulkResponseSchema, "/my/decide", post(body)),
  };
}

export type Api = ReturnType<typeof createApi>;

export function errorCode(error: unknown): ErrorCode | "network" {
  return error instanceof ApiError ? error.code : "internal";
}

/** Saves a file the API answered with (the browser's download, also inside Telegram's webview). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
