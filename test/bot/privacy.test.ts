import pino from "pino";
import { beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { ADMIN_ID, createHarness, type TestPerson } from "../support/bot-harness.js";
import { deliver, lastAnswer, pressCrafted, readyToGrade, seedDiary, type Harness } from "./diary-supervision-support.js";
import { getReferenceData } from "../../src/reference-data/load.js";
import { createRetention } from "../../src/services/retention.service.js";
import { deletionDecisionData } from "../../src/domain/privacy/retention.js";
import { privacyDecisionButton } from "../../src/bot/features/privacy.feature.js";

/**
 * Privacy (the law on personal data; QP-06 6.12 for what the department keeps): `/mydata`, the deletion request
 * confirmed or refused by the coordinator (exportOwnData, requestDataDeletion, decideDataDeletion pressed through
 * the bot), and the nightly retention of practice records.
 */
const database = useTestDatabase();
const reference = await getReferenceData();
const STUDENT = "Әбілқасымова Айгерім";
let h: Harness;

beforeEach(async () => {
  await clearDatabase(database.connection());
  h = createHarness({ connection: database.connection(), now: () => new Date("2026-11-23T09:00:00Z") });
  await h.db.syncIndexes();
});

type World = Awaited<ReturnType<typeof seedDiary>>;

/** Another student of the same department with a diary entry of their own (what must never leak). */
async function otherStudent(s: World) {
  const other: TestPerson = { id: 991001, firstName: "Ерлан", languageCode: "en" };
  const doc = await s.seed.student(other, s.department, { fullName: "Омаров Ерлан", studentNumber: "20219876", group: "SE-2299" });
  // No supervisor of theirs: `/signoff` of the seeded supervisors stays about the first student.
  const placement = await s.seed.placement(doc);
  await s.seed.entries(h.services, placement, other, [
    { date: "2026-11-18", text: "OTHER-STUDENT-SECRET: configured the staging database." },
  ]);
  return other;
}

async function myData(person: TestPerson): Promise<Record<string, any>> {
  await h.text(person, "/mydata");
  const file = h.telegram.sentDocuments(person.id).at(-1);
  expect(file?.fileName).toMatch(/^praktika-mydata-\d{4}-\d{2}-\d{2}\.json$/);
  return JSON.parse(file!.bytes.toString("utf8")) as Record<string, any>;
}

const retention = (now: Date) =>
  createRetention({
    db: h.db,
    now: () => now,
    timezone: "Asia/Almaty",
    outboxDays: 90,
    draftDays: 30,
    logger: pino({ level: "silent" }),
    reference,
    privacy: h.services.privacy,
  });

describe("/mydata (exportOwnData): everything stored about the person, and nobody else's", () => {
  it("en: a student gets their account, student record, placement, diary entries, report file details, drafts and notifications; not another student's", async () => {
    const s = await seedDiary(h, "en");
    const other = await otherStudent(s);
    await readyToGrade(h, s);
    await h.db.sceneDrafts.saveAnswer(s.student.id, "eligibility", "gpa", 3.1, h.services.now());
    await h.services.outbox.enqueue({ recipient: s.student.id, kind: "test", payload: { key: "help-title" }, dedupeKey: "privacy-test:1" });

    const data = await myData(s.student);
    expect(data["telegramId"]).toBe(s.student.id);
    expect(data["user"].telegramId).toBe(s.student.id);
    expect(data["user"].roles.map((r: { role: string }) => r.role)).toContain("student");
    expect(data["student"].fullName).toBe(STUDENT);
    expect(data["placements"]).toHaveLength(1);
    expect(data["placements"][0]._id).toBe(String(s.placement._id));
    expect(data["diaryEntries"]).toHaveLength(1);
    expect(data["diaryEntries"][0].date).toBe("2026-11-17");
    expect(data["outcomes"][0].report.fileName).toBe("report.pdf");
    expect(data["outcomes"][0].signOffs).toHaveLength(2);
    expect(data["sceneDrafts"][0].answers).toEqual({ gpa: 3.1 });
    expect(data["outbox"].map((m: { dedupeKey: string }) => m.dedupeKey)).toContain("privacy-test:1");

    const text = JSON.stringify(data);
    expect(text).not.toContain("OTHER-STUDENT-SECRET");
    expect(text).not.toContain("Омаров Ерлан");
    expect(text).not.toContain("20219876");
    expect(text).not.toContain(String(other.id));
    // The invitation code's hash is a secret of its own.
    expect(text).not.toContain("codeHash");
  });

  it("ru: a supervisor gets their decisions as acts (which entry, when), never the student's diary text", async () => {
    const s = await seedDiary(h, "ru");
    await readyToGrade(h, s);
    const entryText = (await h.db.diaryEntries.listByPlacement(String(s.placement._id)))[0]!.text;
    const data = await myData(s.organisation);
    expect(data["user"].telegramId).toBe(s.organisation.id);
    expect(data["student"]).toBeNull();
    expect(data["diaryEntries"]).toEqual([]);
    expect(data["decisions"].diaryEntries.map((d: { action: string }) => d.action)).toEqual(["approved"]);
    expect(data["decisions"].outcomes[0].signOffs.map((x: { role: string }) => x.role)).toEqual(["organisationSupervisor"]);
    const text = JSON.stringify(data);
    expect(text).not.toContain(entryText);
    expect(text).not.toContain(STUDENT);
  });
});

/** /forgetme, the button under its explanation; then the coordinator's notification is delivered. */
async function requestDeletion(person: TestPerson) {
  await h.text(person, "/forgetme");
  await h.press(person, "pdu:send");
  await deliver(h);
}

const ADMIN: TestPerson = { id: ADMIN_ID, firstName: "Admin", languageCode: "en" };

describe("deletion request (requestDataDeletion → decideDataDeletion)", () => {
  it("en: a coordinator's own request goes to the admins, never to themselves, naming them by Telegram id and username", async () => {
    const s = await seedDiary(h, "en");
    await h.db.users.touch({ id: s.coordinator.id, first_name: "Сәуле", username: "saule_kz" }, null);
    await requestDeletion(s.coordinator);
    expect(h.lastButtons(s.coordinator.id).filter((b) => b.startsWith("pdr:"))).toEqual([]);
    const ask = h.sentTexts(ADMIN_ID).at(-1)!;
    expect(ask).toContain(`Telegram ${s.coordinator.id}`);
    expect(ask).toContain("@saule_kz");
    const [confirm] = h.lastButtons(ADMIN_ID);
    expect(confirm).toMatch(/^pdr:ok:/);
    // Nor can the coordinator decide it with a crafted button.
    await pressCrafted(h, s.coordinator, confirm!);
    expect((await h.db.users.findByTelegramId(s.coordinator.id))?.roles).not.toEqual([]);
    await h.press(ADMIN, confirm!);
    expect((await h.db.users.findByTelegramId(s.coordinator.id))?.roles).toEqual([]);
  });

  it("ru: the coordinator confirms; the account is anonymised, drafts and notifications deleted, the F-76 kept 3 years after the end with its reason (QP-06 6.12)", async () => {
    const s = await seedDiary(h, "ru");
    await readyToGrade(h, s);
    await h.db.sceneDrafts.saveAnswer(s.student.id, "eligibility", "gpa", 3.1, h.services.now());
    await requestDeletion(s.student);
    expect(h.sentTexts(s.student.id)).toContain(h.t("ru", "privacy-request-sent"));
    const ask = h.sentTexts(s.coordinator.id).at(-1)!;
    expect(ask).toContain(STUDENT);
    const [confirm, refuse] = h.lastButtons(s.coordinator.id);
    expect(confirm).toMatch(/^pdr:ok:[0-9a-f]{24}:1$/);
    expect(refuse).toMatch(/^pdr:no:/);
    // The service builds the same data the bot's codec reads.
    expect(privacyDecisionButton.parse(confirm)).toMatchObject({ decision: "ok", version: 1 });

    // A second request while one is open changes nothing.
    await requestDeletion(s.student);
    expect(h.lastText(s.student.id)).toBe(h.t("ru", "privacy-request-already-open"));

    await h.press(s.coordinator, confirm!);
    expect(lastAnswer(h)).toBe(h.t("ru", "privacy-decided-confirmed"));

    const user = await h.db.users.findByTelegramId(s.student.id);
    expect(user?.firstName).toBe("—");
    expect(user?.roles).toEqual([]);
    expect(user?.anonymisedAt).toBeInstanceOf(Date);
    expect(await h.db.students.findByTelegramId(s.student.id)).toBeNull();
    const student = await h.db.students.findById(s.studentDoc._id);
    expect(student?.fullName).toBe(STUDENT);
    expect(student?.telegramId).toBeUndefined();
    expect(await h.db.diaryEntries.listByPlacement(String(s.placement._id))).toHaveLength(1);
    expect((await h.db.practiceOutcomes.find(String(s.placement._id)))?.report?.fileName).toBe("report.pdf");
    expect(await h.db.models.SceneDraft.countDocuments({ telegramId: s.student.id })).toBe(0);

    await deliver(h);
    // 11.12.2026 + 3 years (QP-06 6.12).
    expect(h.lastText(s.student.id)).toBe(h.t("ru", "privacy-deleted", { diary: "11.12.2029", staffName: "no" }));

    // Pressed again (a double tap, a stale copy): nothing changes, nothing is sent twice.
    const before = await h.db.models.DeletionRequest.findOne({ telegramId: s.student.id }).lean();
    expect(before?.status).toBe("done");
    expect(before?.steps).toEqual(["drafts", "outbox", "practice", "account", "answer"]);
    // The decided message has no buttons any more; a copy of the button elsewhere reaches the service, which refuses it.
    await pressCrafted(h, s.coordinator, confirm!);
    expect(lastAnswer(h)).toBe(h.t("ru", "privacy-decided-stale"));
    expect((await h.db.models.DeletionRequest.findOne({ telegramId: s.student.id }).lean())?.version).toBe(before?.version);
    await deliver(h);
    expect(
      h.sentTexts(s.student.id).filter((t) => t === h.t("ru", "privacy-deleted", { diary: "11.12.2029", staffName: "no" })),
    ).toHaveLength(1);
  });

  it("en: the coordinator refuses; nothing is deleted and the person is told", async () => {
    const s = await seedDiary(h, "en");
    await requestDeletion(s.student);
    const [, refuse] = h.lastButtons(s.coordinator.id);
    await h.press(s.coordinator, refuse!);
    expect(lastAnswer(h)).toBe(h.t("en", "privacy-decided-refused"));
    expect((await h.db.users.findByTelegramId(s.student.id))?.firstName).toBe(s.student.firstName);
    expect((await h.db.students.findByTelegramId(s.student.id))?.fullName).toBe(STUDENT);
    await deliver(h);
    expect(h.lastText(s.student.id)).toBe(h.t("en", "privacy-refused"));
    // Refused requests are closed: a new one may be sent.
    await requestDeletion(s.student);
    expect(h.lastText(s.student.id)).toBe(h.t("en", "privacy-request-sent"));
  });

  it("kk: a coordinator of another department, a stale version and the student themselves cannot decide (decideDataDeletion)", async () => {
    const s = await seedDiary(h, "kk");
    const ee = await s.seed.department("EE", "kazutb");
    const stranger: TestPerson = { id: 870001, firstName: "Марат", languageCode: "kk" };
    await s.seed.staff(stranger, "coordinator", { departmentId: ee._id });
    await requestDeletion(s.student);
    const request = await h.db.models.DeletionRequest.findOne({ telegramId: s.student.id }).lean();
    const id = String(request!._id);
    await pressCrafted(h, stranger, deletionDecisionData("ok", id, 1));
    expect(lastAnswer(h)).toBe(h.t("kk", "placement-denied-otherDepartment"));
    await pressCrafted(h, s.student, deletionDecisionData("ok", id, 1));
    expect(lastAnswer(h)).toBe(h.t("kk", "placement-denied-noRole"));
    await pressCrafted(h, s.coordinator, deletionDecisionData("ok", id, 7));
    expect(lastAnswer(h)).toBe(h.t("kk", "privacy-decided-stale"));
    expect((await h.db.models.DeletionRequest.findById(id).lean())?.status).toBe("pending");
    expect((await h.db.users.findByTelegramId(s.student.id))?.roles).not.toEqual([]);
  });

  it("en: a supervisor's name stays on the diaries they signed (QP-06 6.2), and they are told so", async () => {
    const s = await seedDiary(h, "en");
    await readyToGrade(h, s);
    await h.db.users.setFullName(s.organisation.id, "Нұрланова Гүлнар");
    await requestDeletion(s.organisation);
    // Staff requests are decided by the admins, not the department's coordinator.
    expect(h.lastButtons(s.coordinator.id).filter((b) => b.startsWith("pdr:"))).toEqual([]);
    await h.press(ADMIN, h.lastButtons(ADMIN_ID)[0]!);
    const user = await h.db.users.findByTelegramId(s.organisation.id);
    expect(user?.fullName).toBe("Нұрланова Гүлнар");
    expect(user?.roles).toEqual([]);
    await deliver(h);
    expect(h.lastText(s.organisation.id)).toBe(h.t("en", "privacy-deleted", { diary: "none", staffName: "yes" }));
  });

  it("en: a practice whose 3 years have passed goes with the account, and so does the student row (QP-06 6.12)", async () => {
    const s = await seedDiary(h, "en");
    await readyToGrade(h, s);
    h.setNow(() => new Date("2029-12-20T09:00:00Z"));
    await requestDeletion(s.student);
    await h.press(s.coordinator, h.lastButtons(s.coordinator.id)[0]!);
    expect(await h.db.students.findById(s.studentDoc._id)).toBeNull();
    expect(await h.db.diaryEntries.listByPlacement(String(s.placement._id))).toHaveLength(0);
    expect(await h.db.practiceOutcomes.find(String(s.placement._id))).toBeNull();
    await deliver(h);
    expect(h.lastText(s.student.id)).toBe(h.t("en", "privacy-deleted", { diary: "none", staffName: "no" }));
  });

  it("a confirmed erasure stopped half-way (a crash after the decision) is finished by the nightly run, once", async () => {
    const s = await seedDiary(h, "en");
    await requestDeletion(s.student);
    const request = await h.db.models.DeletionRequest.findOne({ telegramId: s.student.id }).lean();
    // The decision was written, then the process died before any erasure step.
    await h.db.privacy.decide(request!._id, 1, "confirmed", s.coordinator.id, h.services.now());
    await h.db.privacy.markStep(request!._id, "drafts");
    expect((await h.db.users.findByTelegramId(s.student.id))?.firstName).toBe(s.student.firstName);
    expect((await retention(h.services.now()).runOnce()).deletionsResumed).toBe(1);
    expect((await h.db.users.findByTelegramId(s.student.id))?.firstName).toBe("—");
    expect((await h.db.models.DeletionRequest.findById(request!._id).lean())?.status).toBe("done");
    expect((await retention(h.services.now()).runOnce()).deletionsResumed).toBe(0);
  });
});

describe("nightly retention of practice records (QP-06 6.12: 3 years after the practice ended)", () => {
  it("purges the diary, outcome and report file of a practice ended 3 years ago, records what it purged, and is idempotent; a younger one stays", async () => {
    const s = await seedDiary(h, "en");
    await readyToGrade(h, s);
    const placementId = String(s.placement._id);
    const outcome = await h.db.practiceOutcomes.find(placementId);
    const gridFsId = outcome!.report!.gridFsId;
    expect(await h.db.practiceFiles.read(gridFsId)).not.toBeNull();

    // The practice ended 11.12.2026: kept through 10.12.2029.
    expect((await retention(new Date("2029-12-10T09:00:00Z")).runOnce()).practices).toBe(0);
    expect(await h.db.diaryEntries.listByPlacement(placementId)).toHaveLength(1);

    const first = await retention(new Date("2029-12-11T09:00:00Z")).runOnce();
    expect(first.practices).toBe(1);
    expect(await h.db.diaryEntries.listByPlacement(placementId)).toHaveLength(0);
    expect(await h.db.practiceOutcomes.find(placementId)).toBeNull();
    expect(await h.db.practiceFiles.read(gridFsId)).toBeNull();
    const [record] = await h.db.privacy.purgeRecords();
    expect(record).toMatchObject({
      placementId,
      endDate: "2026-12-11",
      keptUntil: "2029-12-11",
      rule: "QP-06 6.12",
      entries: 1,
      files: 1,
      outcomes: 1,
    });
    expect((await h.db.placements.findById(placementId))?.purgedAt).toBeInstanceOf(Date);

    const second = await retention(new Date("2029-12-12T09:00:00Z")).runOnce();
    expect(second.practices).toBe(0);
    expect(await h.db.privacy.purgeRecords()).toEqual([record]);
  });

  it("a purge stopped half-way is finished by the next run, keeping the counts it recorded first", async () => {
    const s = await seedDiary(h, "en");
    await readyToGrade(h, s);
    const placementId = String(s.placement._id);
    const counts = await h.db.privacy.countPlacementRecords(placementId);
    await h.db.privacy.recordPurge({
      _id: placementId,
      placementId,
      departmentId: String(s.department._id),
      endDate: "2026-12-11",
      keptUntil: "2029-12-11",
      rule: "QP-06 6.12",
      ...counts,
      purgedAt: new Date("2029-12-11T00:00:00Z"),
    });
    // Died after deleting the entries only.
    await h.db.models.DiaryEntry.deleteMany({ placementId });
    expect((await retention(new Date("2029-12-12T09:00:00Z")).runOnce()).practices).toBe(1);
    expect(await h.db.practiceOutcomes.find(placementId)).toBeNull();
    const [record] = await h.db.privacy.purgeRecords();
    expect(record).toMatchObject({ entries: 1, files: 1, outcomes: 1 });
  });
});
