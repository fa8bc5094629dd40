import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import {
  bulkResponseSchema,
  countsResponseSchema,
  reissueLinksResponseSchema,
  supervisorsResponseSchema,
  XLSX_CONTENT_TYPE,
} from "../../src/http/board/contract.js";
import { useTestDatabase, clearDatabase } from "../support/database.js";
import { createBoardHarness, type BoardHarness } from "./board-support.js";
import { seedBoard, type BoardFixture } from "./board-fixture.js";

const database = useTestDatabase();

const zero = { none: 0, draft: 0, submitted: 0, returned: 0, approved: 0, active: 0, finished: 0, signed: 0, graded: 0 };

async function sheetRows(bytes: Uint8Array): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  for (let r = 3; r <= sheet.rowCount; r++) rows.push((sheet.getRow(r).values as unknown[]).slice(1));
  return rows;
}

describe("the coordinator's department on the board: supervisors, counts, assigning, export — can() per department and row", () => {
  let b: BoardHarness;
  let f: BoardFixture;
  beforeEach(async () => {
    await clearDatabase(database.connection());
    b = createBoardHarness(database.connection());
    f = await seedBoard(b);
  });

  it("GET /api/supervisors: the coordinator sees the department's university supervisors; others 403; bad id 400 (QP-06 5.6)", async () => {
    const answer = await b.get("/api/supervisors", f.coordinator.id);
    expect(answer.status).toBe(200);
    expect(supervisorsResponseSchema.parse(answer.json).supervisors.map((s) => s.telegramId)).toEqual([f.universitySupervisor.id]);
    const named = await b.get(`/api/supervisors?department=${String(f.cs._id)}`, f.coordinator.id);
    expect(named.json.supervisors.map((s: { telegramId: number }) => s.telegramId)).toEqual([f.universitySupervisor.id]);
    // The EE coordinator sees EE's (none), and may not look at CS.
    expect((await b.get("/api/supervisors", f.otherCoordinator.id)).json).toEqual({ supervisors: [] });
    expect((await b.get(`/api/supervisors?department=${String(f.cs._id)}`, f.otherCoordinator.id)).status).toBe(403);
    for (const id of [f.studentPeople[0]!.id, f.universitySupervisor.id, f.organisationSupervisor.id]) {
      expect([id, (await b.get("/api/supervisors", id)).status]).toEqual([id, 403]);
    }
    expect((await b.get("/api/supervisors", f.stranger)).status).toBe(403);
    expect((await b.call("GET", "/api/supervisors", { authorization: null })).status).toBe(401);
    expect((await b.get("/api/supervisors?department=nope", f.coordinator.id)).status).toBe(400);
    expect((await b.get("/api/supervisors?department=0123456789abcdef01234567", f.coordinator.id)).status).toBe(404);
  });

  it("GET /api/counts: students by status per group of the coordinator's department only (QP-06 5.9)", async () => {
    const answer = await b.get("/api/counts", f.coordinator.id);
    expect(answer.status).toBe(200);
    expect(countsResponseSchema.parse(answer.json).groups).toEqual([
      { group: "SE-2201", total: 2, counts: { ...zero, submitted: 1, active: 1 } },
      { group: "SE-2202", total: 2, counts: { ...zero, draft: 1, submitted: 1 } },
      { group: "SE-2203", total: 1, counts: { ...zero, none: 1 } },
    ]);
    expect((await b.get("/api/counts", f.otherCoordinator.id)).json).toEqual({
      groups: [{ group: "EE-2201", total: 1, counts: { ...zero, submitted: 1 } }],
    });
    expect((await b.get(`/api/counts?department=${String(f.cs._id)}`, f.otherCoordinator.id)).status).toBe(403);
    for (const id of [f.studentPeople[0]!.id, f.universitySupervisor.id, f.organisationSupervisor.id, f.stranger]) {
      expect([id, (await b.get("/api/counts", id)).status]).toEqual([id, 403]);
    }
    expect((await b.call("GET", "/api/counts", { authorization: null })).status).toBe(401);
  });

  it("POST /api/bulk/assign-supervisor: assigned, another department, unknown id, not a supervisor — each on its row (QP-06 5.6)", async () => {
    const { submitted, submitted2, ee } = f.placements as Record<string, NonNullable<(typeof f.placements)[string]>>;
    const missing = "0123456789abcdef01234567";
    const ids = [String(submitted!._id), String(ee!._id), missing];
    const answer = await b.post(
      "/api/bulk/assign-supervisor",
      { placementIds: ids, supervisorTelegramId: f.universitySupervisor.id },
      f.coordinator.id,
    );
    expect(answer.status).toBe(200);
    expect(bulkResponseSchema.parse(answer.json).results).toEqual([
      { id: ids[0], ok: true },
      { id: ids[1], ok: false, error: "forbidden" },
      { id: missing, ok: false, error: "notFound" },
    ]);
    expect((await b.h.db.placements.findById(submitted!._id))?.universitySupervisorTelegramId).toBe(f.universitySupervisor.id);
    expect((await b.h.db.placements.findById(ee!._id))?.universitySupervisorTelegramId ?? null).toBeNull();
    // The coordinator is no university supervisor of CS: nobody is assigned.
    const wrong = await b.post(
      "/api/bulk/assign-supervisor",
      { placementIds: [String(submitted2!._id)], supervisorTelegramId: f.coordinator.id },
      f.coordinator.id,
    );
    expect(wrong.json.results).toEqual([{ id: String(submitted2!._id), ok: false, error: "notSupervisor" }]);
    for (const id of [f.studentPeople[2]!.id, f.universitySupervisor.id, f.organisationSupervisor.id, f.otherCoordinator.id]) {
      const refused = await b.post(
        "/api/bulk/assign-supervisor",
        { placementIds: [String(submitted2!._id)], supervisorTelegramId: f.universitySupervisor.id },
        id,
      );
      expect([id, refused.status, refused.json.results]).toEqual([
        id,
        200,
        [{ id: String(submitted2!._id), ok: false, error: "forbidden" }],
      ]);
    }
    expect((await b.h.db.placements.findById(submitted2!._id))?.universitySupervisorTelegramId ?? null).toBeNull();
    expect((await b.post("/api/bulk/assign-supervisor", { placementIds: [], supervisorTelegramId: 1 }, f.coordinator.id)).status).toBe(400);
    expect((await b.post("/api/bulk/assign-supervisor", { placementIds: ids }, f.coordinator.id)).status).toBe(400);
    expect(
      (await b.post("/api/bulk/assign-supervisor", { placementIds: ids, supervisorTelegramId: f.universitySupervisor.id }, f.stranger))
        .status,
    ).toBe(403);
  });

  it("POST /api/bulk/export: the selected students of the department as the /export workbook; others left out (QP-06 5.9)", async () => {
    const chosen = [f.students[1]!, f.students[4]!, f.eeStudent].map((s) => String(s._id));
    const answer = await b.post("/api/bulk/export", { studentIds: chosen }, f.coordinator.id);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe(XLSX_CONTENT_TYPE);
    expect(answer.headers.get("content-disposition")).toContain("CS-selection.xlsx");
    const rows = await sheetRows(answer.bytes);
    expect(rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      ["Серікұлы Ерлан", "210102", "SE-2201"],
      ["Жанұзақов Тимур", "210105", "SE-2203"],
    ]);
    // EE's coordinator exports EE's student only; CS by name is refused.
    const ee = await b.post("/api/bulk/export", { studentIds: chosen }, f.otherCoordinator.id);
    expect((await sheetRows(ee.bytes)).map((r) => r[0])).toEqual(["Қасымов Болат"]);
    expect((await b.post("/api/bulk/export", { department: String(f.cs._id), studentIds: chosen }, f.otherCoordinator.id)).status).toBe(
      403,
    );
    for (const id of [f.studentPeople[1]!.id, f.universitySupervisor.id, f.organisationSupervisor.id, f.stranger]) {
      expect([id, (await b.post("/api/bulk/export", { studentIds: chosen }, id)).status]).toEqual([id, 403]);
    }
    expect((await b.post("/api/bulk/export", { studentIds: [] }, f.coordinator.id)).status).toBe(400);
    expect((await b.call("POST", "/api/bulk/export", { body: { studentIds: chosen }, authorization: null })).status).toBe(401);
  });

  it("POST /api/bulk/reissue-links: fresh links for the unlinked, per-row refusals (QP-06 5.9: the coordinator manages the roster)", async () => {
    const [linked, , , unlinkedA, unlinkedB] = f.students;
    for (const s of [unlinkedA!, unlinkedB!]) {
      const done = await b.h.db.students.unlinkAccount(s._id, s.telegramId!, { by: f.coordinator.id, at: new Date(), reason: "test" });
      expect(done).not.toBeNull();
    }
    const missing = "0123456789abcdef01234567";
    const ids = [String(unlinkedA!._id), String(unlinkedB!._id), String(linked!._id), String(f.eeStudent._id), missing];
    const answer = await b.post("/api/bulk/reissue-links", { studentIds: ids }, f.coordinator.id);
    expect(answer.status).toBe(200);
    const body = reissueLinksResponseSchema.parse(answer.json);
    expect(body.results).toEqual([
      { id: ids[0], ok: true },
      { id: ids[1], ok: true },
      { id: ids[2], ok: false, error: "alreadyLinked" },
      { id: ids[3], ok: false, error: "forbidden" },
      { id: missing, ok: false, error: "notFound" },
    ]);
    expect(body.count).toBe(2);
    expect(body.expiresAt).not.toBeNull();
    const sheet = await sheetRows(Buffer.from(body.sheet!, "base64"));
    expect(JSON.stringify(sheet)).toContain("t.me/praktika_test_bot");
    // Nobody to re-issue for: no sheet.
    const none = await b.post("/api/bulk/reissue-links", { studentIds: [String(linked!._id)] }, f.coordinator.id);
    expect(none.json).toEqual({
      results: [{ id: String(linked!._id), ok: false, error: "alreadyLinked" }],
      count: 0,
      expiresAt: null,
      sheet: null,
    });
    expect((await b.post("/api/bulk/reissue-links", { department: String(f.cs._id), studentIds: ids }, f.otherCoordinator.id)).status).toBe(
      403,
    );
    for (const id of [f.studentPeople[1]!.id, f.universitySupervisor.id, f.organisationSupervisor.id, f.stranger]) {
      expect([id, (await b.post("/api/bulk/reissue-links", { studentIds: ids }, id)).status]).toEqual([id, 403]);
    }
    expect((await b.post("/api/bulk/reissue-links", { studentIds: ["x"] }, f.coordinator.id)).status).toBe(400);
    expect((await b.call("POST", "/api/bulk/reissue-links", { body: { studentIds: ids }, authorization: null })).status).toBe(401);
  });
});
