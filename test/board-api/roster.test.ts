import { beforeAll, describe, expect, it } from "vitest";
import { rosterResponseSchema } from "../../src/http/board/contract.js";
import { useTestDatabase } from "../support/database.js";
import { createBoardHarness, type BoardHarness } from "./board-support.js";
import { seedBoard, type BoardFixture } from "./board-fixture.js";

const database = useTestDatabase();

describe("GET /api/roster: the department's students, searched, filtered and paged in the database (QP-06 5.9)", () => {
  let b: BoardHarness;
  let f: BoardFixture;
  // Read-only tests: one seed for the file.
  beforeAll(async () => {
    b = createBoardHarness(database.connection());
    f = await seedBoard(b);
  });
  const roster = async (query: string, as = f.coordinator.id) => {
    const answer = await b.get(`/api/roster${query}`, as);
    expect(answer.status).toBe(200);
    return rosterResponseSchema.parse(answer.json);
  };
  const names = (r: { rows: { name: string }[] }) => r.rows.map((row) => row.name);

  it("the coordinator sees every student of their department with status, base, supervisors and hours, by name", async () => {
    const all = await roster("");
    expect(all.total).toBe(5);
    expect(names(all)).toEqual(
      ["Ахметова Алёна", "Әбенова Гүлнар Маратқызы", "Бекова Дана", "Жанұзақов Тимур", "Серікұлы Ерлан"].sort((a, b) => (a < b ? -1 : 1)),
    );
    const byName = new Map(all.rows.map((r) => [r.name, r]));
    expect(byName.get("Жанұзақов Тимур")).toMatchObject({ status: "none", placementId: null, base: null, behind: false });
    expect(byName.get("Бекова Дана")?.status).toBe("draft");
    // Running since 16.11 with nothing written: behind the 30 h of five working days (QP-06 3.6).
    expect(byName.get("Әбенова Гүлнар Маратқызы")).toMatchObject({
      status: "active",
      universitySupervisor: "Ерлан",
      organisationSupervisor: "Айгүл",
      hoursApproved: 0,
      hoursRequired: 120,
      behind: true,
      linked: true,
    });
    expect(all.rows.some((r) => r.name === "Қасымов Болат")).toBe(false);
  });

  it("search by part of a name in any case (Kazakh letters, ё as е), by student ID, by group", async () => {
    expect(names(await roster("?q=" + encodeURIComponent("әбен")))).toEqual(["Әбенова Гүлнар Маратқызы"]);
    expect(names(await roster("?q=" + encodeURIComponent("АЛЕНА")))).toEqual(["Ахметова Алёна"]);
    expect(names(await roster("?q=210104"))).toEqual(["Бекова Дана"]);
    expect((await roster("?q=se-2202")).total).toBe(2);
    expect((await roster("?group=se-2201")).total).toBe(2);
    expect((await roster("?q=" + encodeURIComponent(".*"))).total).toBe(0);
  });

  it("filters: status, practice type, supervisor (or none), behind, no base; each narrows in the database", async () => {
    expect(names(await roster("?status=submitted"))).toEqual(["Ахметова Алёна", "Серікұлы Ерлан"]);
    expect(names(await roster("?status=none"))).toEqual(["Жанұзақов Тимур"]);
    expect((await roster("?practiceType=production")).total).toBe(4);
    expect((await roster("?practiceType=research")).total).toBe(0);
    expect(names(await roster(`?supervisor=${f.universitySupervisor.id}`))).toEqual(["Әбенова Гүлнар Маратқызы"]);
    expect((await roster("?supervisor=none")).total).toBe(3);
    expect(names(await roster("?behind=1"))).toEqual(["Әбенова Гүлнар Маратқызы"]);
    expect((await roster("?noBase=1")).total).toBe(4);
    expect((await roster("?noBase=1&status=submitted")).total).toBe(2);
  });

  it("sorting and paging: page 2 of 2 by student ID descending", async () => {
    const page = await roster("?sort=studentCode&dir=desc&page=2&pageSize=3");
    expect([page.total, page.page, page.pageSize]).toEqual([5, 2, 3]);
    expect(page.rows.map((r) => r.studentCode)).toEqual(["210102", "210101"]);
  });

  it("bad query values → 400 with the fields named, nothing echoed", async () => {
    const bad = await b.get("/api/roster?status=lost&pageSize=100000&sort=evil", f.coordinator.id);
    expect(bad.status).toBe(400);
    expect(bad.json.error).toBe("badRequest");
    expect(bad.json.issues.join(" ")).toMatch(/status.*pageSize.*sort|status/);
  });

  it("another department's coordinator: 403 on CS, their own department otherwise", async () => {
    const refused = await b.get(`/api/roster?department=${String(f.cs._id)}`, f.otherCoordinator.id);
    expect([refused.status, refused.json]).toEqual([403, { error: "forbidden" }]);
    expect(names(await roster("", f.otherCoordinator.id))).toEqual(["Қасымов Болат"]);
  });

  it("students, supervisors and unknown accounts get no roster", async () => {
    for (const id of [f.studentPeople[0]!.id, f.universitySupervisor.id, f.organisationSupervisor.id]) {
      const refused = await b.get("/api/roster", id);
      expect([id, refused.status, refused.json]).toEqual([id, 403, { error: "forbidden" }]);
    }
    const stranger = await b.get("/api/roster", f.stranger);
    expect([stranger.status, stranger.json]).toEqual([403, { error: "unknownUser" }]);
    expect((await b.call("GET", "/api/roster", { authorization: null })).status).toBe(401);
  });
});
