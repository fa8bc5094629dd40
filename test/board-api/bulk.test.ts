import { beforeEach, describe, expect, it } from "vitest";
import { bulkResponseSchema, myPendingResponseSchema } from "../../src/http/board/contract.js";
import { useTestDatabase, clearDatabase } from "../support/database.js";
import { createBoardHarness, type BoardHarness } from "./board-support.js";
import { seedBoard, type BoardFixture } from "./board-fixture.js";

const database = useTestDatabase();

describe("bulk actions through the chat's use cases, each row checked by can(), failures reported per row", () => {
  let b: BoardHarness;
  let f: BoardFixture;
  beforeEach(async () => {
    await clearDatabase(database.connection());
    b = createBoardHarness(database.connection());
    f = await seedBoard(b);
  });

  it("POST /api/bulk/approve-bases: approved, stale version, another department, unknown id — each on its row (QP-06 4.3)", async () => {
    const { submitted, submitted2, ee } = f.placements as Record<string, NonNullable<(typeof f.placements)[string]>>;
    const missing = "0123456789abcdef01234567";
    const answer = await b.post(
      "/api/bulk/approve-bases",
      {
        items: [
          { placementId: String(submitted!._id), version: submitted!.version },
          { placementId: String(submitted2!._id), version: submitted2!.version + 7 },
          { placementId: String(ee!._id), version: ee!.version },
          { placementId: missing, version: 0 },
        ],
      },
      f.coordinator.id,
    );
    expect(answer.status).toBe(200);
    expect(bulkResponseSchema.parse(answer.json).results).toEqual([
      { id: String(submitted!._id), ok: true },
      { id: String(submitted2!._id), ok: false, error: "changed" },
      { id: String(ee!._id), ok: false, error: "forbidden" },
      { id: missing, ok: false, error: "notFound" },
    ]);
    expect((await b.h.db.placements.findById(submitted!._id))?.status).toBe("approved");
    expect((await b.h.db.placements.findById(submitted2!._id))?.status).toBe("submitted");
    expect((await b.h.db.placements.findById(ee!._id))?.status).toBe("submitted");
    // The student hears of it as from the chat's button.
    const sent = await b.h.deliver();
    expect(sent.filter((c) => c.method === "sendMessage").map((c) => c.payload["chat_id"])).toEqual([f.studentPeople[1]!.id]);
    // Pressing again: already decided, nothing sent twice.
    const again = await b.post(
      "/api/bulk/approve-bases",
      { items: [{ placementId: String(submitted!._id), version: submitted!.version }] },
      f.coordinator.id,
    );
    expect(again.json.results).toEqual([{ id: String(submitted!._id), ok: false, error: "alreadyDecided" }]);
  });

  it("approve-bases by a student, a supervisor or nobody: every row forbidden / 401; a malformed body → 400", async () => {
    const item = { placementId: String(f.placements["submitted"]!._id), version: f.placements["submitted"]!.version };
    for (const id of [f.studentPeople[1]!.id, f.universitySupervisor.id, f.organisationSupervisor.id, f.otherCoordinator.id]) {
      const answer = await b.post("/api/bulk/approve-bases", { items: [item] }, id);
      expect([id, answer.status, answer.json]).toEqual([id, 200, { results: [{ id: item.placementId, ok: false, error: "forbidden" }] }]);
    }
    expect((await b.post("/api/bulk/approve-bases", { items: [item] }, f.stranger)).status).toBe(403);
    expect((await b.call("POST", "/api/bulk/approve-bases", { body: { items: [item] }, authorization: null })).status).toBe(401);
    expect((await b.post("/api/bulk/approve-bases", { items: [] }, f.coordinator.id)).status).toBe(400);
    expect((await b.post("/api/bulk/approve-bases", { items: [{ placementId: "x", version: 1 }] }, f.coordinator.id)).status).toBe(400);
    expect((await b.h.db.placements.findById(item.placementId))?.status).toBe("submitted");
  });

  it("POST /api/my/decide: the organisation supervisor approves in bulk, stale rows refused; returns need a reason (QP-06 5.12)", async () => {
    const student = f.studentPeople[0]!;
    const [first, second, third] = await f.seed.entries(b.h.services, f.placements["active"]!, student, [
      { date: "2026-11-19" },
      { date: "2026-11-20" },
      { date: "2026-11-23" },
    ]);
    const item = (e: typeof first) => ({ entryId: e!.id, version: e!.version });
    // GET /api/my/pending: the organisation supervisor sees the three; the university supervisor none (QP-06 5.12).
    const pending = await b.get("/api/my/pending", f.organisationSupervisor.id);
    expect(myPendingResponseSchema.parse(pending.json).entries.map((e) => [e.date, e.studentCode, e.name])).toEqual([
      ["2026-11-19", "210101", "Әбенова Гүлнар Маратқызы"],
      ["2026-11-20", "210101", "Әбенова Гүлнар Маратқызы"],
      ["2026-11-23", "210101", "Әбенова Гүлнар Маратқызы"],
    ]);
    expect((await b.get("/api/my/pending", f.universitySupervisor.id)).json).toEqual({ entries: [] });
    expect((await b.get("/api/my/pending", f.otherCoordinator.id)).json).toEqual({ entries: [] });
    // The university supervisor does not approve while a confirmed organisation supervisor is linked.
    const byUniversity = await b.post("/api/my/decide", { items: [item(first)], decision: "approve" }, f.universitySupervisor.id);
    expect(byUniversity.json.results).toEqual([{ id: first!.id, ok: false, error: "forbidden" }]);
    const noReason = await b.post("/api/my/decide", { items: [item(third)], decision: "return" }, f.organisationSupervisor.id);
    expect([noReason.status, noReason.json.error]).toEqual([400, "badRequest"]);
    const answer = await b.post(
      "/api/my/decide",
      { items: [item(first), { ...item(second), version: second!.version + 1 }], decision: "approve" },
      f.organisationSupervisor.id,
    );
    expect(answer.json.results).toEqual([
      { id: first!.id, ok: true },
      { id: second!.id, ok: false, error: "changed" },
    ]);
    const returned = await b.post(
      "/api/my/decide",
      { items: [item(third)], decision: "return", reason: "Тапсырманың нәтижесін толығырақ жазыңыз." },
      f.organisationSupervisor.id,
    );
    expect(returned.json.results).toEqual([{ id: third!.id, ok: true }]);
    const statuses = await Promise.all([first, second, third].map(async (e) => (await b.h.db.diaryEntries.findById(e!.id))?.status));
    expect(statuses).toEqual(["approved", "submitted", "returned"]);
    // Another department's coordinator and the student themselves decide nothing.
    for (const id of [f.otherCoordinator.id, student.id, f.coordinator.id]) {
      const refused = await b.post("/api/my/decide", { items: [item(second)], decision: "approve" }, id);
      expect([id, refused.json.results[0].ok]).toEqual([id, false]);
    }
  });
});
