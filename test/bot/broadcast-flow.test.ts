import { beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { ADMIN_ID, createHarness, type TestPerson } from "../support/bot-harness.js";
import { createSeeder } from "../support/seed.js";
import type { StudentDocument } from "../../src/persistence/models/student.model.js";
import type { DepartmentDocument } from "../../src/persistence/models/department.model.js";
import { toAccessPrincipal } from "../../src/domain/access/roles.js";
import { BroadcastAccessError } from "../../src/services/broadcast.service.js";
import { craftedPress, deliveredTo, formatted, sendContent } from "./broadcast-helpers.js";

const database = useTestDatabase();
let h: ReturnType<typeof createHarness>;
let now: Date;
let cs: DepartmentDocument;
let ee: DepartmentDocument;
const coordinator: TestPerson = { id: 7101, firstName: "Гүлнар" };
const eeCoordinator: TestPerson = { id: 7102, firstName: "Айдос" };
const admin: TestPerson = { id: ADMIN_ID, firstName: "Admin" };
const aida: TestPerson = { id: 7201, firstName: "Аида" };
const bolat: TestPerson = { id: 7202, firstName: "Болат" };
const other: TestPerson = { id: 7203, firstName: "Данияр" };
let students: Record<"aida" | "bolat" | "other", StudentDocument>;

beforeEach(async () => {
  await clearDatabase(database.connection());
  now = new Date("2026-11-23T09:00:00Z");
  h = createHarness({ connection: database.connection(), now: () => now });
  const seed = createSeeder(h.db, () => now);
  cs = await seed.department("CS");
  ee = await seed.department("EE");
  await seed.staff(coordinator, "coordinator", { departmentId: cs._id });
  await seed.staff(eeCoordinator, "coordinator", { departmentId: ee._id });
  students = {
    aida: await seed.student(aida, cs, { fullName: "Аманова Аида", group: "SE-2201", course: 3 }),
    bolat: await seed.student(bolat, cs, { fullName: "Беков Болат", group: "SE-2302", course: 2 }),
    other: await seed.student(other, ee, { fullName: "Досов Данияр", group: "EE-2201", course: 3 }),
  };
  await h.db.users.touch({ id: admin.id, first_name: admin.firstName }, "en");
});

async function speak(person: TestPerson, locale: "kk" | "ru" | "en") {
  await h.db.users.touch({ id: person.id, first_name: person.firstName }, null);
  await h.db.users.setLanguage(person.id, locale);
}

async function broadcastIdOf(): Promise<string> {
  const [broadcast] = await h.db.broadcasts.listRecent(null, 1);
  return String(broadcast!._id);
}

describe("/broadcast: compose → audience → preview → confirm → delivery (issue 10)", () => {
  it("ru: formatted text to one group; the preview shows the exact count; the students of that group get it, nobody else", async () => {
    await speak(coordinator, "ru");
    await h.text(coordinator, "/broadcast");
    expect(h.lastText(coordinator.id)).toBe(h.t("ru", "broadcast-compose"));
    await formatted(h, coordinator, "Собрание <завтра> в 10:00", [{ type: "bold", offset: 0, length: 8 }]);
    expect(h.lastButtons(coordinator.id)).toContain("bc.f:group");
    await h.press(coordinator, "bc.f:group");
    expect(h.lastButtons(coordinator.id)).toEqual(["bc.g:any", "bc.g:SE-2201", "bc.g:SE-2302"]);
    await h.press(coordinator, "bc.g:SE-2201");
    await h.press(coordinator, "bc.f:done");
    await h.press(coordinator, "yn:no");
    await h.press(coordinator, "bc.w:now");
    const preview = h.calls.filter((c) => c.method === "sendMessage" && c.payload["parse_mode"] === "HTML").at(-1);
    expect(preview?.payload["text"]).toBe("<b>Собрание</b> &lt;завтра&gt; в 10:00");
    expect(h.lastText(coordinator.id)).toContain("Получатели: 1 обучающийся");
    expect(h.lastText(coordinator.id)).toContain("группа SE-2201");
    await h.press(coordinator, "yn:yes");
    expect(h.sentTexts(coordinator.id)).toContain(h.t("ru", "broadcast-queued", { count: 1 }));
    const calls = await h.deliver();
    expect(deliveredTo(calls, aida.id)).toHaveLength(1);
    expect(deliveredTo(calls, aida.id)[0]!.payload).toMatchObject({ text: "<b>Собрание</b> &lt;завтра&gt; в 10:00", parse_mode: "HTML" });
    expect(deliveredTo(calls, bolat.id)).toHaveLength(0);
    expect(deliveredTo(calls, other.id)).toHaveLength(0);
  });

  it("kk: a scheduled send validates the local time, is not delivered before it, and is delivered after (Asia/Almaty)", async () => {
    await speak(coordinator, "kk");
    await h.text(coordinator, "/broadcast");
    await h.text(coordinator, "Ертең практика бойынша жиналыс");
    await h.press(coordinator, "bc.f:done");
    await h.press(coordinator, "yn:no");
    await h.press(coordinator, "bc.w:later");
    expect(h.lastText(coordinator.id)).toBe(h.t("kk", "broadcast-ask-time"));
    await h.text(coordinator, "ертең");
    expect(h.lastText(coordinator.id)).toBe(h.t("kk", "broadcast-time-format"));
    await h.text(coordinator, "31.11.2026 10:00");
    expect(h.lastText(coordinator.id)).toBe(h.t("kk", "broadcast-time-invalid-date"));
    await h.text(coordinator, "23.11.2026 13:00"); // 08:00 UTC: an hour ago
    expect(h.lastText(coordinator.id)).toBe(h.t("kk", "broadcast-time-past"));
    await h.sticker(coordinator);
    expect(h.lastText(coordinator.id)).toBe(h.t("kk", "scene-need-text"));
    await h.text(coordinator, "24.11.2026 10:00"); // 05:00 UTC next day
    expect(h.lastText(coordinator.id)).toContain("Алушылар: 2 білім алушы");
    await h.press(coordinator, "yn:yes");
    expect(await h.deliver()).toEqual([]);
    now = new Date("2026-11-24T04:59:00Z");
    expect(await h.deliver()).toEqual([]);
    now = new Date("2026-11-24T05:00:00Z");
    const calls = await h.deliver();
    expect(deliveredTo(calls, aida.id)).toHaveLength(1);
    expect(deliveredTo(calls, bolat.id)).toHaveLength(1);
    expect(deliveredTo(calls, other.id)).toHaveLength(0);
    const [broadcast] = await h.db.broadcasts.listRecent(null, 1);
    expect(broadcast!.scheduledAt).toEqual(new Date("2026-11-24T05:00:00Z"));
  });

  it("en: a photo with a caption goes out with sendPhoto; /cancel mid-scene sends nothing", async () => {
    await speak(coordinator, "en");
    await h.text(coordinator, "/broadcast");
    await h.text(coordinator, "/cancel");
    await h.text(coordinator, "/broadcast");
    await sendContent(h, coordinator, {
      photo: [
        { file_id: "small", file_unique_id: "s", width: 90, height: 90 },
        { file_id: "big", file_unique_id: "b", width: 900, height: 900 },
      ],
    });
    expect(h.lastText(coordinator.id)).toBe(h.t("en", "broadcast-compose-need-caption"));
    await sendContent(h, coordinator, {
      photo: [{ file_id: "big", file_unique_id: "b", width: 900, height: 900 }],
      caption: "Schedule for December",
      caption_entities: [{ type: "italic", offset: 0, length: 8 }],
    });
    await h.press(coordinator, "bc.f:done");
    await h.press(coordinator, "yn:no");
    await h.press(coordinator, "bc.w:now");
    expect(h.calls.filter((c) => c.method === "sendPhoto" && c.payload["chat_id"] === coordinator.id)).toHaveLength(1);
    expect(h.lastText(coordinator.id)).toContain("Recipients: 2 students");
    await h.press(coordinator, "yn:yes");
    const calls = await h.deliver();
    expect(deliveredTo(calls, aida.id)[0]).toMatchObject({
      method: "sendPhoto",
      payload: { photo: "big", caption: "<i>Schedule</i> for December", parse_mode: "HTML" },
    });
    expect(deliveredTo(calls, other.id)).toHaveLength(0);
  });
});

describe("/broadcast: restarts and forged buttons", () => {
  it("kk: a restart of the bot mid-scene keeps the composed text; a forged group button is refused and changes nothing", async () => {
    await speak(coordinator, "kk");
    await h.text(coordinator, "/broadcast");
    await h.text(coordinator, "Қайта іске қосудан кейін де сақталады");
    await h.press(coordinator, "bc.f:group");
    const groupsMessage = h.calls.filter((c) => c.method === "sendMessage" && c.payload["chat_id"] === coordinator.id).at(-1)!;
    await craftedPress(h, coordinator, "bc.g:EE-2201");
    expect(h.calls.at(-1)).toMatchObject({ method: "answerCallbackQuery", payload: { text: h.t("kk", "errors-stale-button") } });
    h = createHarness({ connection: database.connection(), now: () => now, telegram: h.telegram });
    await h.press(coordinator, "bc.g:SE-2302", groupsMessage.result.message_id as number);
    await h.press(coordinator, "bc.f:done");
    await h.press(coordinator, "yn:no");
    await h.press(coordinator, "bc.w:now");
    expect(h.lastText(coordinator.id)).toContain("Алушылар: 1 білім алушы");
    await h.press(coordinator, "yn:yes");
    const calls = await h.deliver();
    expect(deliveredTo(calls, bolat.id)[0]!.payload["text"]).toBe("Қайта іске қосудан кейін де сақталады");
    expect(deliveredTo(calls, aida.id)).toHaveLength(0);
  });
});

describe("acknowledgements and re-send (issue 10)", () => {
  it("en: the ack button records the recipient once; a non-recipient is refused; the report and the re-send reach only those who have not read it", async () => {
    await speak(coordinator, "en");
    await h.text(coordinator, "/broadcast");
    await h.text(coordinator, "Please read the practice rules");
    await h.press(coordinator, "bc.f:done");
    await h.press(coordinator, "yn:yes");
    await h.press(coordinator, "bc.w:now");
    await h.press(coordinator, "yn:yes");
    await h.deliver();
    const id = await broadcastIdOf();
    expect(h.lastButtons(aida.id)).toEqual([`bca:${id}`]);
    await h.press(aida, `bca:${id}`);
    expect(h.calls.at(-2)).toMatchObject({ method: "answerCallbackQuery", payload: { text: h.t("kk", "broadcast-ack-recorded") } });
    expect(await h.services.broadcasts.acknowledge(aida.id, id)).toBe("already");
    expect(await h.services.broadcasts.acknowledge(other.id, id)).toBe("notRecipient");
    await craftedPress(h, other, `bca:${id}`);
    expect(h.calls.at(-1)).toMatchObject({ method: "answerCallbackQuery", payload: { text: h.t("kk", "broadcast-ack-notRecipient") } });

    await h.text(coordinator, "/broadcasts");
    expect(h.lastText(coordinator.id)).toContain("Read: 1");
    await h.press(coordinator, `bcd:${id}`);
    const report = h.lastText(coordinator.id);
    expect(report).toContain(h.t("en", "broadcast-acked", { count: 1 }));
    expect(report).toContain("✅ Аманова Аида (SE-2201, S7201)");
    expect(report).toContain("⏳ Беков Болат (SE-2302, S7202)");
    const resend = h.lastButtons(coordinator.id)[0]!;
    expect(resend).toBe(`bcr:${id}:1`);
    // The re-send asks first and shows how many it would reach; nothing is queued yet.
    await h.press(coordinator, resend);
    expect(h.lastText(coordinator.id)).toBe(h.t("en", "broadcast-resend-confirm", { count: 1 }));
    expect(h.lastButtons(coordinator.id)).toEqual([`bcr.ok:${id}:1`, `bcr.no:${id}`]);
    expect((await h.db.outbox.listByRef(id)).length).toBe(2);
    await h.press(coordinator, `bcr.ok:${id}:1`);
    expect(h.lastText(coordinator.id)).toBe(h.t("en", "broadcast-resent", { count: 1 }));
    expect((await h.db.outbox.listByRef(id)).length).toBe(3);
    // The same confirmation pressed again (an old message) sends nothing twice; the first button now says so too.
    await craftedPress(h, coordinator, `bcr.ok:${id}:1`);
    expect(h.lastText(coordinator.id)).toBe(h.t("en", "broadcast-resend-stale"));
    await craftedPress(h, coordinator, resend);
    expect(h.lastText(coordinator.id)).toBe(h.t("en", "broadcast-resend-stale"));
    expect((await h.db.outbox.listByRef(id)).length).toBe(3);
    // A second press of the same (stale) round sends nothing.
    expect(
      await h.services.broadcasts.resendToRest(
        toAccessPrincipal({ telegramId: coordinator.id, roles: [{ role: "coordinator", departmentId: cs._id }] }, []),
        id,
        1,
      ),
    ).toEqual({ status: "stale" });
    // h.deliver() leaves the previous dispatcher the leader until its 30 s lock lapses.
    now = new Date(now.getTime() + 31_000);
    const calls = await h.deliver();
    expect(deliveredTo(calls, bolat.id)).toHaveLength(1);
    expect(deliveredTo(calls, aida.id)).toHaveLength(0);
    expect(deliveredTo(calls, other.id)).toHaveLength(0);
  });
});

describe("reports name students with their student ID (issue 15)", () => {
  it("kk: two students with the same name in the same group are told apart in the acknowledgement report", async () => {
    const seed = createSeeder(h.db, () => now);
    const twin: TestPerson = { id: 7204, firstName: "Аида" };
    await seed.student(twin, cs, { studentNumber: "20219999", fullName: "Аманова Аида", group: "SE-2201", course: 3 });
    await speak(coordinator, "kk");
    await h.text(coordinator, "/broadcast");
    await h.text(coordinator, "Ережелермен танысыңыз");
    await h.press(coordinator, "bc.f:done");
    await h.press(coordinator, "yn:yes");
    await h.press(coordinator, "bc.w:now");
    await h.press(coordinator, "yn:yes");
    await h.deliver();
    const id = await broadcastIdOf();
    await h.press(aida, `bca:${id}`);
    await h.text(coordinator, "/broadcasts");
    await h.press(coordinator, `bcd:${id}`);
    const report = h.lastText(coordinator.id);
    expect(report).toContain("✅ Аманова Аида (SE-2201, S7201)");
    expect(report).toContain("⏳ Аманова Аида (SE-2201, 20219999)");
    await h.press(coordinator, `bcr:${id}:1`);
    expect(h.lastText(coordinator.id)).toBe(h.t("kk", "broadcast-resend-confirm", { count: 2 }));
    await h.press(coordinator, `bcr.no:${id}`);
    expect(h.calls.at(-2)).toMatchObject({ method: "answerCallbackQuery", payload: { text: h.t("kk", "broadcast-resend-cancelled") } });
    expect((await h.db.outbox.listByRef(id)).length).toBe(3);
  });
});

describe("progress (issue 10)", () => {
  it("ru: a recipient who blocked the bot counts as blocked; refresh edits at most every few seconds; the final report lists the failure", async () => {
    await speak(coordinator, "ru");
    await h.text(coordinator, "/broadcast");
    await h.text(coordinator, "Напоминание о дневниках");
    await h.press(coordinator, "bc.f:done");
    await h.press(coordinator, "yn:no");
    await h.press(coordinator, "bc.w:now");
    await h.press(coordinator, "yn:yes");
    const id = await broadcastIdOf();
    expect(h.lastText(coordinator.id)).toContain("Доставлено: 0 · в очереди: 2 · заблокировали бота: 0 · не доставлено из-за ошибки: 0");
    const progressMessage = h.calls.filter((c) => c.method === "sendMessage" && c.payload["chat_id"] === coordinator.id).at(-1)!.result
      .message_id as number;
    h.failNext({ method: "sendMessage", errorCode: 403, description: "Forbidden: bot was blocked by the user" });
    await h.deliver();
    expect(await h.db.outbox.progress(id)).toMatchObject({ sent: 1, blocked: 1, pending: 0 });
    // Within the interval nothing is edited.
    await h.press(coordinator, `bcp:${id}`, progressMessage);
    expect(h.calls.at(-1)).toMatchObject({ method: "answerCallbackQuery", payload: { text: h.t("ru", "broadcast-progress-unchanged") } });
    now = new Date(now.getTime() + 3_000);
    await h.press(coordinator, `bcp:${id}`, progressMessage);
    const edit = h.calls.filter((c) => c.method === "editMessageText").at(-1)!;
    expect(edit.payload["text"]).toContain(h.t("ru", "broadcast-progress-figures", { sent: 1, pending: 0, blocked: 1, failed: 0 }));
    expect(edit.payload["text"]).toContain(h.t("ru", "broadcast-progress-done", { recipients: 2 }));
    expect(edit.payload["text"]).toMatch(/(Аманова Аида \(SE-2201, S7201\)|Беков Болат \(SE-2302, S7202\)): заблокировал\(а\) бота/u);
    const [broadcast] = await h.db.broadcasts.listRecent(null, 1);
    expect(broadcast!.state).toBe("done");
    // The blocked student is no longer counted for the next announcement.
    const principal = toAccessPrincipal({ telegramId: coordinator.id, roles: [{ role: "coordinator", departmentId: cs._id }] }, []);
    expect(await h.services.broadcasts.audience(principal, String(cs._id), {})).toHaveLength(1);
  });
});

describe("audience scoping: a coordinator never reaches another department (authorization cells)", () => {
  const principalOf = (person: TestPerson, departmentId: unknown) =>
    toAccessPrincipal({ telegramId: person.id, roles: [{ role: "coordinator", departmentId: String(departmentId) }] }, [ADMIN_ID]);

  it("service: audience, options, send, progress, ack report and re-send of another department are refused; the admin reaches everyone", async () => {
    const csCoordinator = principalOf(coordinator, cs._id);
    const eeSide = principalOf(eeCoordinator, ee._id);
    await expect(h.services.broadcasts.audience(csCoordinator, String(ee._id), {})).rejects.toBeInstanceOf(BroadcastAccessError);
    await expect(h.services.broadcasts.audienceOptions(csCoordinator, String(ee._id))).rejects.toBeInstanceOf(BroadcastAccessError);
    await expect(h.services.broadcasts.audience(csCoordinator, null, {})).rejects.toBeInstanceOf(BroadcastAccessError);
    await expect(
      h.services.broadcasts.send(csCoordinator, {
        departmentId: String(ee._id),
        text: "x",
        parseMode: "HTML",
        audience: {},
        ackRequested: true,
      }),
    ).rejects.toBeInstanceOf(BroadcastAccessError);
    const { broadcast } = await h.services.broadcasts.send(eeSide, {
      departmentId: String(ee._id),
      text: "EE only",
      parseMode: "HTML",
      audience: {},
      ackRequested: true,
    });
    const id = String(broadcast._id);
    await expect(h.services.broadcasts.progress(csCoordinator, id)).rejects.toBeInstanceOf(BroadcastAccessError);
    await expect(h.services.broadcasts.ackReport(csCoordinator, id)).rejects.toBeInstanceOf(BroadcastAccessError);
    await expect(h.services.broadcasts.resendToRest(csCoordinator, id, 1)).rejects.toBeInstanceOf(BroadcastAccessError);
    await expect(h.services.broadcasts.resendPreview(csCoordinator, id, 1)).rejects.toBeInstanceOf(BroadcastAccessError);
    expect((await h.services.broadcasts.list(csCoordinator)).map((b) => String(b.broadcast._id))).not.toContain(id);
    const adminPrincipal = toAccessPrincipal({ telegramId: ADMIN_ID, roles: [] }, [ADMIN_ID]);
    expect((await h.services.broadcasts.audience(adminPrincipal, null, {})).map((r) => r.telegramId).sort()).toEqual([
      aida.id,
      bolat.id,
      other.id,
    ]);
    expect((await h.services.broadcasts.audience(eeSide, String(ee._id), {})).map((r) => r.telegramId)).toEqual([other.id]);
    // A student may not broadcast at all.
    const student = toAccessPrincipal({ telegramId: aida.id, roles: [{ role: "student", departmentId: null }] }, [ADMIN_ID]);
    await expect(h.services.broadcasts.audience(student, String(cs._id), {})).rejects.toBeInstanceOf(BroadcastAccessError);
  });

  it("bot: crafted callback data for another department's broadcast is refused; a student cannot open /broadcast", async () => {
    await speak(coordinator, "ru");
    const { broadcast } = await h.services.broadcasts.send(principalOf(eeCoordinator, ee._id), {
      departmentId: String(ee._id),
      text: "EE only",
      parseMode: "HTML",
      audience: {},
      ackRequested: true,
    });
    const id = String(broadcast._id);
    for (const data of [`bcd:${id}`, `bcp:${id}`, `bcr:${id}:1`]) {
      await craftedPress(h, coordinator, data);
      expect(h.calls.at(-1), data).toMatchObject({ method: "answerCallbackQuery", payload: { text: h.t("ru", "errors-not-allowed") } });
    }
    expect(await h.db.outbox.progress(id)).toMatchObject({ pending: 1 });
    await h.text(coordinator, "/broadcasts");
    expect(h.lastText(coordinator.id)).toBe(h.t("ru", "broadcast-list-empty"));
    await h.text(aida, "/broadcast");
    expect(h.lastText(aida.id)).toBe(h.t("kk", "errors-not-allowed"));
    // The coordinator's own audience offers only their department's groups.
    await h.text(coordinator, "/broadcast");
    await h.text(coordinator, "Текст");
    await h.press(coordinator, "bc.f:group");
    expect(h.lastButtons(coordinator.id)).not.toContain("bc.g:EE-2201");
  });

  it("filters: practice type and active placements narrow the audience within the department", async () => {
    const seed = createSeeder(h.db, () => now);
    await seed.placement(students.aida, { practiceType: "production", status: "active" });
    await seed.placement(students.bolat, { practiceType: "educational", status: "approved" });
    await seed.placement(students.other, { practiceType: "production", status: "active" });
    const csCoordinator = principalOf(coordinator, cs._id);
    const ids = async (filter: object) =>
      (await h.services.broadcasts.audience(csCoordinator, String(cs._id), filter)).map((r) => r.telegramId).sort();
    expect(await ids({ activeOnly: true })).toEqual([aida.id]);
    expect(await ids({ practiceType: "educational" })).toEqual([bolat.id]);
    expect(await ids({ course: 2 })).toEqual([bolat.id]);
    expect(await ids({ programmeCode: "6B06102" })).toEqual([aida.id, bolat.id]);
  });
});
