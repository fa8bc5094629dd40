/**
 * The board's JSON API under `${PUBLIC_URL}/api/` (issue 15): the one truth both the server (src/http/board) and the
 * Mini App (the Vite UI) build on. It imports only zod, so the UI can import it as it is.
 *
 * Every request carries `Authorization: tma <raw initData>` (checked against the bot token, refused when stale) or
 * `Authorization: Bearer <token>` from `POST /api/session`. Answers to failures are `{ error: ErrorCode }` with the
 * HTTP status beside each code below; the UI translates the code (keys `board-ui-error-<code>`).
 */
import { z } from "zod";

export const API_PREFIX = "/api";

export const BOARD_LOCALES = ["kk", "ru", "en"] as const;
export const BOARD_ROLES = ["student", "universitySupervisor", "organisationSupervisor", "coordinator", "admin"] as const;
export const BOARD_PRACTICE_TYPES = ["educational", "pedagogical", "research", "production", "preDiploma"] as const;

/**
 * A student's state in the board, one column: no placement yet, then the placement's status, then the diary's end
 * (signed by both supervisors, QP-06 6.2; graded, QP-06 6.5).
 */
export const BOARD_STATUSES = ["none", "draft", "submitted", "returned", "approved", "active", "finished", "signed", "graded"] as const;
export type BoardStatus = (typeof BOARD_STATUSES)[number];

// ---------------------------------------------------------------- errors

/**
 * - 400 `badRequest`: a query, path or body that does not parse;
 * - 401 `noAuth` (no or unreadable header), `badSignature` (tampered initData or token), `stale` (auth_date too old,
 *   or the session token expired);
 * - 403 `unknownUser` (nobody with this Telegram id), `forbidden` (can() refused);
 * - 404 `notFound`; 413 `tooLarge`; 500 `internal`.
 * Row errors in bulk results use the row codes below (HTTP 200 for the request as a whole).
 */
export const ERROR_CODES = [
  "badRequest",
  "noAuth",
  "badSignature",
  "stale",
  "unknownUser",
  "forbidden",
  "notFound",
  "tooLarge",
  "internal",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
export const errorResponseSchema = z.object({ error: z.enum(ERROR_CODES), issues: z.array(z.string()).optional() });
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

/** Why one row of a bulk action failed. */
export const ROW_ERRORS = [
  "forbidden",
  "notFound",
  /** Someone changed the record since the board loaded it (stale version). */
  "changed",
  "alreadyDecided",
  "notSubmitted",
  "organisationRejected",
  "notSupervisor",
  /** The student already claimed their link: nothing to re-issue. */
  "alreadyLinked",
  "reasonRequired",
  "invalid",
  "failed",
] as const;
export type RowError = (typeof ROW_ERRORS)[number];
export const rowResultSchema = z.object({ id: z.string(), ok: z.boolean(), error: z.enum(ROW_ERRORS).optional() });
export type RowResult = z.infer<typeof rowResultSchema>;
export const bulkResponseSchema = z.object({ results: z.array(rowResultSchema) });
export type BulkResponse = z.infer<typeof bulkResponseSchema>;

// ---------------------------------------------------------------- auth and me

/** `POST /api/session` (body empty): a short-lived token for a board left open longer than initData lives. */
export const sessionResponseSchema = z.object({ token: z.string(), expiresAt: z.string().datetime() });
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

const idName = z.object({ id: z.string(), name: z.string() });

/** `GET /api/me`. `departments`: where the person coordinates or supervises (the roster's department switch). */
export const meResponseSchema = z.object({
  telegramId: z.number().int(),
  name: z.string(),
  language: z.enum(BOARD_LOCALES),
  roles: z.array(z.enum(BOARD_ROLES)),
  departments: z.array(idName),
});
export type MeResponse = z.infer<typeof meResponseSchema>;

// ---------------------------------------------------------------- roster

const flag = z
  .enum(["1", "0", "true", "false"])
  .optional()
  .transform((v) => v === "1" || v === "true");
const optionalText = z
  .string()
  .trim()
  .max(100)
  .optional()
  .transform((v) => (v ? v : undefined));

export const ROSTER_SORTS = ["name", "studentCode", "group"] as const;

/**
 * `GET /api/roster?…`: the department's students. `department` may be left out when the person coordinates one
 * department. `q` searches name, student ID and group; `supervisor` is a university supervisor's Telegram id, or
 * `none` for rows without one; `behind=1` keeps rows behind on approved hours; `noBase=1` rows without a placement.
 */
export const rosterQuerySchema = z.object({
  department: z
    .string()
    .regex(/^[0-9a-f]{24}$/i)
    .optional(),
  q: optionalText,
  group: optionalText,
  status: z.enum(BOARD_STATUSES).optional(),
  practiceType: z.enum(BOARD_PRACTICE_TYPES).optional(),
  supervisor: z.union([z.literal("none"), z.string().regex(/^\d{1,15}$/)]).optional(),
  behind: flag,
  noBase: flag,
  sort: z.enum(ROSTER_SORTS).default("name"),
  dir: z.enum(["asc", "desc"]).default("asc"),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type RosterQuery = z.input<typeof rosterQuerySchema>;
export type RosterQueryParsed = z.output<typeof rosterQuerySchema>;

export const rosterRowSchema = z.object({
  /** The student record's id (for /api/students/:id and bulk rows). */
  id: z.string(),
  studentCode: z.string(),
  name: z.string(),
  group: z.string(),
  status: z.enum(BOARD_STATUSES),
  /** The placement the row shows (the newest), for bulk approve / assign; null without one. */
  placementId: z.string().nullable(),
  placementVersion: z.number().int().nullable(),
  practiceType: z.enum(BOARD_PRACTICE_TYPES).nullable(),
  base: z.string().nullable(),
  universitySupervisor: z.string().nullable(),
  organisationSupervisor: z.string().nullable(),
  /** The student has claimed their link (a Telegram account is linked). */
  linked: z.boolean(),
  hoursApproved: z.number(),
  hoursRequired: z.number(),
  /** Approved hours below the norm of the working days so far (QP-06 5.11). */
  behind: z.boolean(),
});
export type RosterRow = z.infer<typeof rosterRowSchema>;
export const rosterResponseSchema = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  rows: z.array(rosterRowSchema),
});
export type RosterResponse = z.infer<typeof rosterResponseSchema>;

/** `GET /api/supervisors?department=`: the university supervisors a coordinator can assign. */
export const supervisorsResponseSchema = z.object({ supervisors: z.array(z.object({ telegramId: z.number().int(), name: z.string() })) });
export type SupervisorsResponse = z.infer<typeof supervisorsResponseSchema>;

// ---------------------------------------------------------------- a student's page

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const ENTRY_STATUSES = ["submitted", "approved", "returned"] as const;

export const studentEntrySchema = z.object({
  id: z.string(),
  date: isoDate,
  hours: z.number(),
  status: z.enum(ENTRY_STATUSES),
  version: z.number().int(),
  text: z.string(),
  returnReason: z.string().nullable(),
  attachments: z.array(z.object({ name: z.string(), type: z.string() })),
});
export type StudentEntry = z.infer<typeof studentEntrySchema>;

export const studentWeekSchema = z.object({
  index: z.number().int(),
  from: isoDate,
  to: isoDate,
  /** Hours the week's working days require (the holiday calendar's norm). */
  normHours: z.number(),
  approvedHours: z.number(),
  entries: z.array(studentEntrySchema),
});
export type StudentWeek = z.infer<typeof studentWeekSchema>;

export const reportVersionSchema = z.object({
  fileName: z.string(),
  uploadedAt: z.string().datetime(),
  sizeBytes: z.number().int().nullable(),
});

/** The `:id` of `/api/students/:id` (a student record's id). */
export const studentParamsSchema = z.object({ id: z.string().regex(/^[0-9a-f]{24}$/i) });
export const PDF_CONTENT_TYPE = "application/pdf";

/** `GET /api/students/:id`. */
export const studentDetailSchema = z.object({
  id: z.string(),
  studentCode: z.string(),
  name: z.string(),
  group: z.string(),
  department: idName,
  status: z.enum(BOARD_STATUSES),
  linked: z.boolean(),
  placement: z
    .object({
      id: z.string(),
      version: z.number().int(),
      status: z.enum(["draft", "submitted", "approved", "returned", "active", "finished"]),
      practiceType: z.enum(BOARD_PRACTICE_TYPES),
      academicYear: z.string().nullable(),
      base: z.string().nullable(),
      startDate: isoDate.nullable(),
      endDate: isoDate.nullable(),
      returnReason: z.string().nullable(),
    })
    .nullable(),
  supervisors: z.object({
    university: z.object({ telegramId: z.number().int(), name: z.string() }).nullable(),
    organisation: z.object({ name: z.string(), confirmed: z.boolean() }).nullable(),
  }),
  hoursApproved: z.number(),
  hoursRequired: z.number(),
  weeks: z.array(studentWeekSchema),
  /** Hours per day for the heat-map: every day of the practice, 0 where nothing was written. */
  days: z.array(z.object({ date: isoDate, hours: z.number(), status: z.enum([...ENTRY_STATUSES, "none"]) })),
  report: z.object({ latest: reportVersionSchema.nullable(), history: z.array(reportVersionSchema) }),
  characteristic: z.object({ text: z.string(), suggestedScore: z.number().nullable(), at: z.string().datetime() }).nullable(),
  grade: z.object({ score: z.number(), letter: z.string(), at: z.string().datetime() }).nullable(),
  signedOff: z.object({ university: z.boolean(), organisation: z.boolean() }),
  /** Whether `GET /api/students/:id/f76` will answer with a PDF. */
  f76Available: z.boolean(),
});
export type StudentDetail = z.infer<typeof studentDetailSchema>;

// ---------------------------------------------------------------- queues and counts

const studentRef = z.object({ studentId: z.string(), studentCode: z.string(), name: z.string(), group: z.string() });

/** `GET /api/queues?department=`: what waits for the coordinator. */
export const queuesResponseSchema = z.object({
  basesToApprove: z.array(
    studentRef.extend({
      placementId: z.string(),
      version: z.number().int(),
      base: z.string().nullable(),
      submittedAt: z.string().datetime().nullable(),
    }),
  ),
  supervisorsWaiting: z.array(studentRef.extend({ placementId: z.string(), supervisorName: z.string() })),
  /** No approved base within `days` days of the practice's start (or with no date at all). */
  noBaseNearDeadline: z.array(studentRef.extend({ startDate: isoDate.nullable() })),
  /** A running diary with nothing written for `days` working days. */
  silentStudents: z.array(studentRef.extend({ lastEntryDate: isoDate.nullable() })),
});
export type QueuesResponse = z.infer<typeof queuesResponseSchema>;

/** `GET /api/counts?department=`: students by status per group. */
export const countsResponseSchema = z.object({
  groups: z.array(z.object({ group: z.string(), total: z.number().int(), counts: z.record(z.enum(BOARD_STATUSES), z.number().int()) })),
});
export type CountsResponse = z.infer<typeof countsResponseSchema>;

// ---------------------------------------------------------------- bulk actions (coordinator)

const objectId = z.string().regex(/^[0-9a-f]{24}$/i);
const MAX_ROWS = 500;

/** `POST /api/bulk/approve-bases`: placements at the version the board showed (stale-safe). Rows: `placementId`. */
export const approveBasesRequestSchema = z.object({
  items: z
    .array(z.object({ placementId: objectId, version: z.number().int().min(0) }))
    .min(1)
    .max(MAX_ROWS),
});
export type ApproveBasesRequest = z.infer<typeof approveBasesRequestSchema>;

/** `POST /api/bulk/assign-supervisor`: a university supervisor of the department to placements. Rows: `placementId`. */
export const assignSupervisorRequestSchema = z.object({
  placementIds: z.array(objectId).min(1).max(MAX_ROWS),
  supervisorTelegramId: z.number().int().positive(),
});
export type AssignSupervisorRequest = z.infer<typeof assignSupervisorRequestSchema>;

/** `POST /api/bulk/reissue-links`: new personal links for students who have not claimed theirs. Rows: `studentId`. */
export const reissueLinksRequestSchema = z.object({ department: objectId.optional(), studentIds: z.array(objectId).min(1).max(MAX_ROWS) });
export type ReissueLinksRequest = z.infer<typeof reissueLinksRequestSchema>;
/** `sheet`: the XLSX of names and fresh links, base64 (null when nobody needed one). The old links stop working. */
export const reissueLinksResponseSchema = bulkResponseSchema.extend({
  count: z.number().int(),
  expiresAt: z.string().datetime().nullable(),
  sheet: z.string().nullable(),
});
export type ReissueLinksResponse = z.infer<typeof reissueLinksResponseSchema>;

/** `POST /api/bulk/export`: the selected students as the department's XLSX (answer: the file). */
export const exportRequestSchema = z.object({ department: objectId.optional(), studentIds: z.array(objectId).min(1).max(5_000) });
export type ExportRequest = z.infer<typeof exportRequestSchema>;
export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// ---------------------------------------------------------------- supervisor views

/** `GET /api/my/students`: the supervisor's students with approved hours against the norm so far. */
export const myStudentsResponseSchema = z.object({
  students: z.array(
    z.object({
      id: z.string(),
      placementId: z.string(),
      studentCode: z.string(),
      name: z.string(),
      group: z.string(),
      /** The role in which the person supervises this student. */
      as: z.enum(["universitySupervisor", "organisationSupervisor"]),
      hoursApproved: z.number(),
      /** The norm of the working days up to today. */
      hoursExpected: z.number(),
      hoursRequired: z.number(),
      pending: z.number().int(),
      behind: z.boolean(),
    }),
  ),
});
export type MyStudentsResponse = z.infer<typeof myStudentsResponseSchema>;

/** `GET /api/my/pending`: entries waiting for this person's decision. */
export const myPendingResponseSchema = z.object({
  entries: z.array(
    z.object({
      entryId: z.string(),
      version: z.number().int(),
      studentId: z.string(),
      studentCode: z.string(),
      name: z.string(),
      date: isoDate,
      hours: z.number(),
      text: z.string(),
      attachments: z.array(z.object({ name: z.string(), type: z.string() })),
    }),
  ),
});
export type MyPendingResponse = z.infer<typeof myPendingResponseSchema>;

/** `POST /api/my/decide`: approve or return entries at the version shown; a return needs a reason (QP-06 5.12). Rows: `entryId`. */
export const decideRequestSchema = z
  .object({
    items: z
      .array(z.object({ entryId: objectId, version: z.number().int().min(0) }))
      .min(1)
      .max(MAX_ROWS),
    decision: z.enum(["approve", "return"]),
    reason: z.string().trim().max(500).optional(),
  })
  .refine((body) => body.decision === "approve" || (body.reason !== undefined && body.reason.length > 0), {
    message: "reasonRequired",
    path: ["reason"],
  });
export type DecideRequest = z.infer<typeof decideRequestSchema>;
