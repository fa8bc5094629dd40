import { beforeAll, describe, expect, it } from "vitest";
import { myStudentsResponseSchema, studentDetailSchema } from "../../src/http/board/contract.js";
import { useTestDatabase } from "../support/database.js";
import { createBoardHarness, type BoardHarness } from "./board-support.js";
import { seedBoard, type BoardFixture } from "./board-fixture.js";

const database = useTestDatabase();

describe("a student's page, their F-76 and a supervisor's students on the board (QP-06 5.8, 5.9)", () => {
  let b: BoardHarness;
  let f: BoardFixture;
  // Read-only tests (the F-76 records its issue, which nothing here reads back): one seed for the file.
  beforeAll(async () => {
    b = createBoardHarness(database.connection());
    f = await seedBoard(b);
    const [, second] = await f.seed.entries(b.h.services, f.placements["active"]!, f.studentPeople[0]!, [
      { date: "2026-11-17", hours: 6 },
      { date: "2026-11-18", hours: 4 },
    ]);
    const decided = await b.post(
      "/api/my/decide",
      { items: [{ entryId: second!.id, version: second!.version }], decision: "approve" },
      f.organisationSupervisor.id,
    );
    expect(decided.json.results).toEqual([{ id: second!.id, ok: true }]);
  });
  const active = () => String(f.students[0]!._id);

  it("GET /api/students/:id — QP-06 5.9: the coordinator sees placement, supervisors, weeks with the norm and the heat-map days", async () => {
    const answer = await b.get(`/api/students/${active()}`, f.coordinator.id);
    expect(answer.status).toBe(200);
    const page = studentDetailSchema.parse(answer.json);
    expect(page).toMatchObject({
      name: "Әбенова Гүлнар Маратқызы",
      studentCode: "210101",
      group: "SE-2201",
      department: { id: String(f.cs._id) },
      status: "active",
      linked: true,
      placement: { id: String(f.placements["active"]!._id), status: "active", practiceType: "production" },
      supervisors: { university: { telegramId: f.universitySupervisor.id, name: "Ерлан" }, organisation: { name: "Айгүл" } },
      hoursApproved: 4,
      hoursRequired: 120,
      report: { latest: null, history: [] },
      characteristic: null,
      grade: null,
      signedOff: { university: false, organisation: false },
      f76Available: true,
    });
    const week1 = page.weeks[0]!;
    // QP-06 3.6: the week's norm is its working days by the calendar × 6 h.
    expect([week1.index, week1.from, week1.normHours, week1.approvedHours]).toEqual([1, "2026-11-16", 30, 4]);
    expect(week1.entries.map((e) => [e.date, e.hours, e.status])).toEqual([
      ["2026-11-17", 6, "submitted"],
      ["2026-11-18", 4, "approved"],
    ]);
    // Every day of the practice, 0 where nothing was written.
    expect(page.days[0]).toEqual({ date: page.placement!.startDate, hours: 0, status: "none" });
    expect(page.days.at(-1)?.date).toBe(page.placement!.endDate);
    expect(page.days.filter((d) => d.status !== "none").map((d) => [d.date, d.hours, d.status])).toEqual([
      ["2026-11-17", 6, "submitted"],
      ["2026-11-18", 4, "approved"],
    ]);
  });

  it("GET /api/students/:id — QP-06 5.8: the student's own supervisors see the page; a student without a placement shows none", async () => {
    for (const id of [f.universitySupervisor.id, f.organisationSupervisor.id]) {
      const answer = await b.get(`/api/students/${active()}`, id);
      expect([id, answer.status]).toEqual([id, 200]);
    }
    const none = studentDetailSchema.parse((await b.get(`/api/students/${String(f.students[4]!._id)}`, f.coordinator.id)).json);
    expect(none).toMatchObject({ status: "none", placement: null, weeks: [], days: [], f76Available: false });
    const draft = studentDetailSchema.parse((await b.get(`/api/students/${String(f.students[3]!._id)}`, f.coordinator.id)).json);
    expect(draft.placement?.status).toBe("draft");
  });

  it("GET /api/students/:id — domain.md §1: another department's coordinator, another student, a supervisor of someone else: 403", async () => {
    const refusals: [number, string][] = [
      [f.otherCoordinator.id, active()],
      [f.studentPeople[1]!.id, active()],
      [f.universitySupervisor.id, String(f.students[1]!._id)],
      [f.organisationSupervisor.id, String(f.students[1]!._id)],
      [f.coordinator.id, String(f.eeStudent._id)],
    ];
    for (const [as, id] of refusals) {
      const answer = await b.get(`/api/students/${id}`, as);
      expect([as, id, answer.status, answer.json]).toEqual([as, id, 403, { error: "forbidden" }]);
    }
    const stranger = await b.get(`/api/students/${active()}`, f.stranger);
    expect([stranger.status, stranger.json]).toEqual([403, { error: "unknownUser" }]);
    expect((await b.call("GET", `/api/students/${active()}`, { authorization: null })).status).toBe(401);
  });

  it("GET /api/students/:id — a malformed id → 400, an unknown one → 404", async () => {
    const bad = await b.get("/api/students/not-an-id", f.coordinator.id);
    expect([bad.status, bad.json.error]).toEqual([400, "badRequest"]);
    const missing = await b.get("/api/students/0123456789abcdef01234567", f.coordinator.id);
    expect([missing.status, missing.json]).toEqual([404, { error: "notFound" }]);
  });

  it("GET /api/students/:id/f76 — the F-76 PDF for the coordinator and the supervisors; 403 for the other department; 404 without a diary", async () => {
    for (const id of [f.coordinator.id, f.universitySupervisor.id]) {
      const answer = await b.get(`/api/students/${active()}/f76`, id);
      expect([id, answer.status, answer.headers.get("content-type")]).toEqual([id, 200, "application/pdf"]);
      expect(new TextDecoder().decode(answer.bytes.slice(0, 5))).toBe("%PDF-");
      expect(answer.headers.get("content-disposition")).toMatch(/^attachment; .*filename\*=UTF-8''.+\.pdf$/);
    }
    const refused = await b.get(`/api/students/${active()}/f76`, f.otherCoordinator.id);
    expect([refused.status, refused.json]).toEqual([403, { error: "forbidden" }]);
    const studentRefused = await b.get(`/api/students/${active()}/f76`, f.studentPeople[1]!.id);
    expect(studentRefused.status).toBe(403);
    const noDiary = await b.get(`/api/students/${String(f.students[4]!._id)}/f76`, f.coordinator.id);
    expect([noDiary.status, noDiary.json]).toEqual([404, { error: "notFound" }]);
    expect((await b.get("/api/students/xyz/f76", f.coordinator.id)).status).toBe(400);
  });

  it("GET /api/my/students — QP-06 5.11: each supervisor's own students, approved hours against the norm so far", async () => {
    const mine = async (as: number) => {
      const answer = await b.get("/api/my/students", as);
      expect(answer.status).toBe(200);
      return myStudentsResponseSchema.parse(answer.json).students;
    };
    const row = {
      id: active(),
      placementId: String(f.placements["active"]!._id),
      studentCode: "210101",
      name: "Әбенова Гүлнар Маратқызы",
      group: "SE-2201",
      hoursApproved: 4,
      // Running since 16.11: five working days before 23.11 × 6 h expected, 10 h handed in (QP-06 3.6).
      hoursExpected: 30,
      hoursRequired: 120,
      pending: 1,
      behind: true,
    };
    const university = await mine(f.universitySupervisor.id);
    expect(university).toEqual([{ ...row, as: "universitySupervisor", hoursExpected: university[0]!.hoursExpected }]);
    expect(university[0]!.hoursExpected).toBeGreaterThanOrEqual(30);
    expect(await mine(f.organisationSupervisor.id)).toEqual([
      { ...row, as: "organisationSupervisor", hoursExpected: university[0]!.hoursExpected },
    ]);
    // A coordinator or a student supervises nobody: an empty list, not someone else's students.
    expect(await mine(f.coordinator.id)).toEqual([]);
    expect(await mine(f.studentPeople[0]!.id)).toEqual([]);
    expect((await b.call("GET", "/api/my/students", { authorization: null })).status).toBe(401);
  });
});
