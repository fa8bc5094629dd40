import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Persistence } from "../../src/persistence/create-persistence.js";
import type { DiaryServices } from "../../src/services/diary/index.js";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { buildServices, orgSupervisor, placementFixture, STUDENT_TG, studentOf, testClock, TEXT_KK, uniSupervisor } from "./helpers.js";

const tdb = useTestDatabase();
const clock = testClock("2026-10-14T06:00:00Z"); // Wed 14 Oct 2026, 11:00 in Almaty
let db: Persistence;
let services: DiaryServices;
const placement = placementFixture();
const student = studentOf(placement);
const text = "Изучил структуру отдела и подготовил отчёт о работе.";

beforeAll(async () => {
  ({ db, services } = await buildServices(tdb.connection(), clock));
});
beforeEach(async () => {
  await clearDatabase(tdb.connection());
  clock.set("2026-10-14T06:00:00Z");
});

async function submitted(date = "2026-10-14", body = text, hours = 6) {
  const r = await services.entries.submitEntry({ placement, actor: student, date, hours, text: body });
  if (r.status !== "created" && r.status !== "updated") throw new Error(`not saved: ${JSON.stringify(r)}`);
  return r.entry;
}

describe("writing entries (issue 9)", () => {
  it("a new entry is stored submitted, version 1, with history, and goes to the organisation supervisor", async () => {
    const r = await services.entries.submitEntry({
      placement,
      actor: student,
      date: "2026-10-14",
      hours: 6,
      text: `  ${TEXT_KK}  `,
      evidence: [{ kind: "photo", fileId: "F1", fileUniqueId: "U1" }],
    });
    expect(r).toMatchObject({ status: "created", approvalCleared: false, approverTelegramId: 601, marking: { mark: null } });
    const stored = await db.diaryEntries.findByDate("pl-1", "2026-10-14");
    expect(stored).toMatchObject({ status: "submitted", version: 1, text: TEXT_KK, hours: 6, studentId: "st-1" });
    expect(stored?.evidence).toEqual([{ kind: "photo", fileId: "F1", fileUniqueId: "U1" }]);
    expect(stored?.history.map((h) => h.action)).toEqual(["submitted"]);
  });

  it("each validation error is returned with its reason code and nothing is stored", async () => {
    const r = await services.entries.submitEntry({ placement, actor: student, date: "2026-10-15", hours: 0.25, text: "мало" });
    expect(r.status === "invalid" && r.issues.map((i) => i.code)).toEqual(["futureDate", "hoursOutOfRange", "textTooShort"]);
    const far = await services.entries.submitEntry({ placement, actor: student, date: "2026-10-06", hours: 6, text });
    expect(far.status === "invalid" && far.issues).toEqual([{ field: "date", code: "tooFarBack", earliest: "2026-10-07", limitDays: 7 }]);
    expect(await db.diaryEntries.listByPlacement("pl-1")).toEqual([]);
  });

  it("weekend and holiday entries are allowed but marked (26 Oct 2026 is a moved day off)", async () => {
    clock.set("2026-10-27T06:00:00Z");
    const r = await services.entries.submitEntry({ placement, actor: student, date: "2026-10-26", hours: 3, text });
    expect(r.status === "created" && r.marking.mark).toBe("holiday");
    const sat = await services.entries.submitEntry({ placement, actor: student, date: "2026-10-24", hours: 2, text });
    expect(sat.status === "created" && sat.marking.mark).toBe("weekend");
    const listed = await services.entries.listEntries(placement);
    expect(listed.map((e) => [e.date, e.mark])).toEqual([
      ["2026-10-24", "weekend"],
      ["2026-10-26", "holiday"],
    ]);
  });

  it("one entry per day: writing for a day that has one edits it (version 2, old text in history)", async () => {
    await submitted();
    const r = await services.entries.submitEntry({ placement, actor: student, date: "2026-10-14", hours: 7, text: TEXT_KK });
    expect(r).toMatchObject({ status: "updated", approvalCleared: false, clearedDecision: null });
    const all = await db.diaryEntries.listByPlacement("pl-1");
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ version: 2, text: TEXT_KK, hours: 7, status: "submitted" });
    expect(all[0]!.history.map((h) => [h.action, h.text, h.hours])).toEqual([
      ["submitted", text, 6],
      ["edited", text, 6],
    ]);
  });

  it("sending the same entry again changes nothing", async () => {
    const first = await submitted();
    const again = await services.entries.submitEntry({ placement, actor: student, date: "2026-10-14", hours: 6, text });
    expect(again).toMatchObject({ status: "unchanged", entry: { version: first.version } });
  });

  it("two devices writing the same new day at once end with one entry", async () => {
    const [a, b] = await Promise.all([
      services.entries.submitEntry({ placement, actor: student, date: "2026-10-14", hours: 6, text }),
      services.entries.submitEntry({ placement, actor: student, date: "2026-10-14", hours: 5, text: TEXT_KK }),
    ]);
    expect([a.status, b.status].sort()).toEqual(["created", "updated"]);
    expect(await db.diaryEntries.listByPlacement("pl-1")).toHaveLength(1);
  });

  it("another student, or a supervisor, cannot write into this diary", async () => {
    const r = await services.entries.submitEntry({
      placement,
      actor: { telegramId: 9, role: "student", studentId: "st-2" },
      date: "2026-10-14",
      hours: 6,
      text,
    });
    expect(r).toEqual({ status: "forbidden", reason: "notLinked" });
    const s = await services.entries.submitEntry({ placement, actor: orgSupervisor, date: "2026-10-14", hours: 6, text });
    expect(s).toEqual({ status: "forbidden", reason: "roleCannot" });
  });
});

describe("approve / return (one atomic update guarded by version and status)", () => {
  it("the organisation supervisor approves; the decision records who, role and when", async () => {
    const entry = await submitted();
    clock.advance(60_000);
    const r = await services.entries.approveEntry({ entryId: entry.id, expectedVersion: 1, actor: orgSupervisor, placement });
    expect(r).toMatchObject({ status: "approved", entry: { status: "approved", version: 2 } });
    const stored = await db.diaryEntries.findById(entry.id);
    expect(stored?.decision).toEqual({ kind: "approved", by: 601, role: "organisationSupervisor", at: new Date("2026-10-14T06:01:00Z") });
    expect(stored?.history.at(-1)).toMatchObject({ action: "approved", version: 2, text, hours: 6 });
  });

  it("pressing Approve twice: the second press does nothing and says alreadyDecided", async () => {
    const entry = await submitted();
    await services.entries.approveEntry({ entryId: entry.id, expectedVersion: 1, actor: orgSupervisor, placement });
    const second = await services.entries.approveEntry({ entryId: entry.id, expectedVersion: 1, actor: orgSupervisor, placement });
    expect(second).toMatchObject({ status: "alreadyDecided", decision: { kind: "approved", by: 601 } });
    expect((await db.diaryEntries.findById(entry.id))?.version).toBe(2);
  });

  it("pressing after someone else acted (the university supervisor returned it) says alreadyDecided with their decision", async () => {
    const entry = await submitted();
    const returned = await services.entries.returnEntry({
      entryId: entry.id,
      expectedVersion: 1,
      actor: uniSupervisor,
      placement,
      reason: "Опишите задачи подробнее",
    });
    expect(returned).toMatchObject({
      status: "returned",
      entry: { decision: { reason: "Опишите задачи подробнее", role: "universitySupervisor" } },
    });
    const late = await services.entries.approveEntry({ entryId: entry.id, expectedVersion: 1, actor: orgSupervisor, placement });
    expect(late).toMatchObject({ status: "alreadyDecided", decision: { kind: "returned", by: 501 } });
    expect((await db.diaryEntries.findById(entry.id))?.status).toBe("returned");
  });

  it("pressing on an entry that changed since the message was sent says changed and gives the new version", async () => {
    const entry = await submitted();
    await services.entries.submitEntry({ placement, actor: student, date: "2026-10-14", hours: 6, text: TEXT_KK });
    const stale = await services.entries.approveEntry({ entryId: entry.id, expectedVersion: 1, actor: orgSupervisor, placement });
    expect(stale).toMatchObject({ status: "changed", entry: { version: 2, text: TEXT_KK, status: "submitted" } });
    expect((await db.diaryEntries.findById(entry.id))?.status).toBe("submitted");
    const fresh = await services.entries.approveEntry({ entryId: entry.id, expectedVersion: 2, actor: orgSupervisor, placement });
    expect(fresh.status).toBe("approved");
  });

  it("concurrent presses by both supervisors: exactly one decision wins", async () => {
    const entry = await submitted();
    const noOrg = placementFixture({ organisationSupervisorTelegramId: null });
    const results = await Promise.all([
      services.entries.approveEntry({ entryId: entry.id, expectedVersion: 1, actor: uniSupervisor, placement: noOrg }),
      services.entries.returnEntry({
        entryId: entry.id,
        expectedVersion: 1,
        actor: uniSupervisor,
        placement: noOrg,
        reason: "Нужно больше деталей",
      }),
      services.entries.approveEntry({ entryId: entry.id, expectedVersion: 1, actor: uniSupervisor, placement: noOrg }),
    ]);
    expect(results.filter((r) => r.status === "approved" || r.status === "returned")).toHaveLength(1);
    expect(results.filter((r) => r.status === "alreadyDecided")).toHaveLength(2);
    expect((await db.diaryEntries.findById(entry.id))?.version).toBe(2);
  });

  it("authorization: the university supervisor approves only while no organisation supervisor is linked; strangers never", async () => {
    const entry = await submitted();
    expect(await services.entries.approveEntry({ entryId: entry.id, expectedVersion: 1, actor: uniSupervisor, placement })).toEqual({
      status: "forbidden",
      reason: "organisationSupervisorApproves",
    });
    const stranger = { telegramId: 777, role: "organisationSupervisor" as const };
    expect(await services.entries.approveEntry({ entryId: entry.id, expectedVersion: 1, actor: stranger, placement })).toEqual({
      status: "forbidden",
      reason: "notLinked",
    });
    // A supervisor linked to another placement cannot act on this entry through it.
    const other = placementFixture({ id: "pl-2", studentId: "st-2", organisationSupervisorTelegramId: 777 });
    expect(await services.entries.approveEntry({ entryId: entry.id, expectedVersion: 1, actor: stranger, placement: other })).toEqual({
      status: "forbidden",
      reason: "notLinked",
    });
    expect((await db.diaryEntries.findById(entry.id))?.status).toBe("submitted");
    const noOrg = placementFixture({ organisationSupervisorTelegramId: null });
    expect(
      (await services.entries.approveEntry({ entryId: entry.id, expectedVersion: 1, actor: uniSupervisor, placement: noOrg })).status,
    ).toBe("approved");
  });

  it("a return needs a reason; an unknown entry id is notFound", async () => {
    const entry = await submitted();
    expect(
      await services.entries.returnEntry({ entryId: entry.id, expectedVersion: 1, actor: orgSupervisor, placement, reason: " " }),
    ).toMatchObject({
      status: "invalidReason",
      code: "reasonTooShort",
    });
    expect(
      await services.entries.approveEntry({ entryId: "64b7f0000000000000000000", expectedVersion: 1, actor: orgSupervisor, placement }),
    ).toEqual({
      status: "notFound",
    });
    expect(await services.entries.approveEntry({ entryId: "not-an-id", expectedVersion: 1, actor: orgSupervisor, placement })).toEqual({
      status: "notFound",
    });
  });

  it("a returned entry can be corrected even beyond the backfill limit, and waits for a decision again", async () => {
    const entry = await submitted("2026-10-07");
    await services.entries.returnEntry({
      entryId: entry.id,
      expectedVersion: 1,
      actor: orgSupervisor,
      placement,
      reason: "Добавьте детали",
    });
    clock.set("2026-10-20T06:00:00Z"); // 13 days later
    const r = await services.entries.submitEntry({ placement, actor: student, date: "2026-10-07", hours: 6, text: TEXT_KK });
    expect(r).toMatchObject({ status: "updated", entry: { status: "submitted", version: 3 }, approvalCleared: false });
    expect((await db.diaryEntries.findById(entry.id))?.decision).toBeUndefined();
    const fresh = await services.entries.submitEntry({ placement, actor: student, date: "2026-10-08", hours: 6, text });
    expect(fresh.status).toBe("invalid");
  });
});

describe("approved entries are final: editing one clears its approval (issue 9)", () => {
  it("edit of an approved entry → approvalCleared, the supervisor to tell, history keeps old text and approval", async () => {
    const entry = await submitted();
    clock.advance(3_600_000);
    await services.entries.approveEntry({ entryId: entry.id, expectedVersion: 1, actor: orgSupervisor, placement });
    clock.advance(3_600_000);
    const r = await services.entries.submitEntry({ placement, actor: student, date: "2026-10-14", hours: 6.5, text: TEXT_KK });
    expect(r).toMatchObject({
      status: "updated",
      approvalCleared: true,
      clearedDecision: { kind: "approved", by: 601, role: "organisationSupervisor", at: new Date("2026-10-14T07:00:00Z") },
      approverTelegramId: 601,
      entry: { status: "submitted", version: 3, text: TEXT_KK, hours: 6.5 },
    });
    const stored = await db.diaryEntries.findById(entry.id);
    expect(stored?.decision).toBeUndefined();
    const edit = stored?.history.at(-1);
    expect(edit).toMatchObject({ action: "edited", version: 3, text, hours: 6, decision: { kind: "approved", by: 601 } });
    expect(stored?.history.map((h) => h.action)).toEqual(["submitted", "approved", "edited"]);
  });
});

describe("/pending and approve all", () => {
  it("lists only what waits for this supervisor, grouped by student", async () => {
    const other = placementFixture({ id: "pl-2", studentId: "st-2", organisationSupervisorTelegramId: null });
    await submitted("2026-10-13");
    await submitted("2026-10-14");
    await services.entries.submitEntry({ placement: other, actor: studentOf(other, 2002), date: "2026-10-12", hours: 4, text });
    const org = await services.entries.listPending(orgSupervisor, [placement, other]);
    expect(org.map((g) => [g.studentId, g.entries.map((e) => e.date), g.hours])).toEqual([["st-1", ["2026-10-13", "2026-10-14"], 12]]);
    const uni = await services.entries.listPending(uniSupervisor, [placement, other]);
    expect(uni.map((g) => [g.studentId, g.entries.length])).toEqual([["st-2", 1]]);
  });

  it("approve all approves the shown versions and skips an entry changed after the list was shown", async () => {
    const a = await submitted("2026-10-12");
    const b = await submitted("2026-10-13");
    const c = await submitted("2026-10-14");
    const shown = (await services.entries.listPending(orgSupervisor, [placement]))[0]!.entries.map((e) => ({
      entryId: e.id,
      version: e.version,
    }));
    await services.entries.submitEntry({ placement, actor: student, date: "2026-10-13", hours: 5, text: TEXT_KK });
    const r = await services.entries.approveAllPending({ actor: orgSupervisor, placement, shown });
    expect(r.status === "done" && r.approved.map((e) => e.id).sort()).toEqual([a.id, c.id].sort());
    expect(r.status === "done" && r.skipped).toEqual([{ entryId: b.id, date: "2026-10-13", status: "changed" }]);
    const again = await services.entries.approveAllPending({ actor: orgSupervisor, placement });
    expect(again.status === "done" && again.approved.map((e) => e.date)).toEqual(["2026-10-13"]);
    // An entry of another diary slipped into `shown` is skipped, never approved through this placement.
    const other = placementFixture({ id: "pl-2", studentId: "st-2" });
    const foreign = await services.entries.submitEntry({
      placement: other,
      actor: studentOf(other, 2002),
      date: "2026-10-14",
      hours: 6,
      text,
    });
    const foreignId = foreign.status === "created" ? foreign.entry.id : "";
    const mixed = await services.entries.approveAllPending({
      actor: orgSupervisor,
      placement,
      shown: [{ entryId: foreignId, version: 1 }],
    });
    expect(mixed).toEqual({ status: "done", approved: [], skipped: [{ entryId: foreignId, date: "", status: "notFound" }] });
    expect((await db.diaryEntries.findById(foreignId))?.status).toBe("submitted");
    expect(await services.entries.approveAllPending({ actor: uniSupervisor, placement })).toEqual({
      status: "forbidden",
      reason: "organisationSupervisorApproves",
    });
  });
});

describe("drafts: nothing typed is lost (restart, deploy, version bump, /cancel)", () => {
  it("answers are merged as they come and survive a new service instance over the same database", async () => {
    await services.drafts.saveDraft(STUDENT_TG, { placementId: "pl-1", date: "2026-10-14" });
    await services.drafts.saveDraft(STUDENT_TG, { placementId: "pl-1", hours: 6 });
    await services.drafts.saveDraft(STUDENT_TG, {
      placementId: "pl-1",
      text: TEXT_KK,
      evidence: [{ kind: "document", fileId: "D", fileUniqueId: "DU", fileName: "a.pdf" }],
    });
    const rebuilt = (await buildServices(tdb.connection(), clock)).services;
    expect(await rebuilt.drafts.loadDraft(STUDENT_TG)).toMatchObject({
      telegramId: STUDENT_TG,
      placementId: "pl-1",
      date: "2026-10-14",
      hours: 6,
      text: TEXT_KK,
      evidence: [{ kind: "document", fileId: "D", fileUniqueId: "DU", fileName: "a.pdf" }],
    });
    await rebuilt.drafts.saveDraft(STUDENT_TG, { placementId: "pl-1", hours: null });
    expect((await rebuilt.drafts.loadDraft(STUDENT_TG))?.hours).toBeUndefined();
    expect(await rebuilt.drafts.clearDraft(STUDENT_TG)).toBe(true);
    expect(await rebuilt.drafts.loadDraft(STUDENT_TG)).toBeNull();
  });

  it("a draft of another placement is replaced, not merged; clearing by another date keeps it", async () => {
    await services.drafts.saveDraft(STUDENT_TG, { placementId: "old", date: "2026-10-01", text: "старый черновик" });
    await services.drafts.saveDraft(STUDENT_TG, { placementId: "pl-1", hours: 4 });
    const d = await services.drafts.loadDraft(STUDENT_TG);
    expect(d).toMatchObject({ placementId: "pl-1", hours: 4 });
    expect(d?.text).toBeUndefined();
    await services.drafts.saveDraft(STUDENT_TG, { placementId: "pl-1", date: "2026-10-14" });
    expect(await services.drafts.clearDraft(STUDENT_TG, { placementId: "pl-1", date: "2026-10-13" })).toBe(false);
    expect(await services.drafts.loadDraft(STUDENT_TG)).not.toBeNull();
  });
});

describe("progress and weeks over the database", () => {
  it("/progress and /entries read what was written", async () => {
    clock.set("2026-10-09T06:00:00Z");
    for (const date of ["2026-10-05", "2026-10-06", "2026-10-07"]) await submitted(date);
    const e = await db.diaryEntries.findByDate("pl-1", "2026-10-05");
    await services.entries.approveEntry({ entryId: String(e!._id), expectedVersion: 1, actor: orgSupervisor, placement });
    const p = await services.entries.getProgress(placement);
    expect(p).toMatchObject({
      approvedHours: 6,
      submittedHours: 18,
      requiredHours: 240,
      missingWorkingDays: ["2026-10-08"],
      thisWeek: { hours: 18, target: 30 },
    });
    const weeks = await services.entries.entriesByWeek(placement);
    // /entries counts all the practice's weeks (8), each with its norm
    expect(weeks).toHaveLength(8);
    expect(weeks.map((w) => [w.index, w.entries.length, w.hours, w.approvedHours])[0]).toEqual([1, 3, 18, 6]);
  });
});
