import { beforeEach, describe, expect, it } from "vitest";
import pino from "pino";
import type { Api } from "grammy";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createHarness, type TestPerson } from "../support/bot-harness.js";
import { createSeeder } from "../support/seed.js";
import type { DepartmentDocument } from "../../src/persistence/models/department.model.js";
import { createBroadcastProgressJob, type BroadcastProgressJobDeps } from "../../src/jobs/broadcast-progress.js";
import type { Locale } from "../../src/config/config.js";

const database = useTestDatabase();
let h: ReturnType<typeof createHarness>;
let now: Date;
let cs: DepartmentDocument;
const coordinator: TestPerson = { id: 7301, firstName: "Гүлнар" };
const aida: TestPerson = { id: 7401, firstName: "Аида" };
const bolat: TestPerson = { id: 7402, firstName: "Болат" };
const dana: TestPerson = { id: 7403, firstName: "Дана" };
/** The coordinator's progress message of the current test. */
let progressMessage = 0;

beforeEach(async () => {
  await clearDatabase(database.connection());
  now = new Date("2026-11-23T09:00:00Z");
  h = createHarness({ connection: database.connection(), now: () => now });
  const seed = createSeeder(h.db, () => now);
  cs = await seed.department("CS");
  await seed.staff(coordinator, "coordinator", { departmentId: cs._id });
  await seed.student(aida, cs, { fullName: "Аманова Аида", group: "SE-2201" });
  await seed.student(bolat, cs, { fullName: "Беков Болат", group: "SE-2201" });
  await seed.student(dana, cs, { fullName: "Ержанова Дана", group: "SE-2201" });
});

function tick(ms = 3_000) {
  now = new Date(now.getTime() + ms);
}

function jobFor(options: { api?: BroadcastProgressJobDeps["api"]; sleep?: BroadcastProgressJobDeps["sleep"] } = {}) {
  return createBroadcastProgressJob({
    broadcasts: h.services.broadcasts,
    api: options.api ?? h.bot.api,
    i18n: h.i18n,
    localeOf: async (telegramId) => (await h.db.users.getLanguage(telegramId)) ?? "kk",
    logger: pino({ level: "silent" }),
    ...(options.sleep ? { sleep: options.sleep } : {}),
  });
}

/** The coordinator sends an announcement to the three students through /broadcast; returns the progress message id. */
async function broadcastAsCoordinator(locale: Locale): Promise<number> {
  await h.db.users.touch({ id: coordinator.id, first_name: coordinator.firstName }, null);
  await h.db.users.setLanguage(coordinator.id, locale);
  await h.text(coordinator, "/broadcast");
  await h.text(coordinator, "Дневники до пятницы");
  await h.press(coordinator, "bc.f:done");
  await h.press(coordinator, "yn:no");
  await h.press(coordinator, "bc.w:now");
  await h.press(coordinator, "yn:yes");
  const message = h.calls.filter((c) => c.method === "sendMessage" && c.payload["chat_id"] === coordinator.id).at(-1)!;
  progressMessage = message.result.message_id as number;
  return progressMessage;
}

/** Edits of the progress message (the scene edits its own question messages too). */
const edits = () => h.calls.filter((c) => c.method === "editMessageText" && c.payload["message_id"] === progressMessage);
const reports = () =>
  h.calls.filter(
    (c) =>
      c.method === "sendMessage" &&
      c.payload["chat_id"] === coordinator.id &&
      (c.payload["reply_parameters"] as { message_id?: number } | undefined)?.message_id === progressMessage,
  );

describe("broadcast progress job (issue 10: a progress message edited at most every few seconds; the final report)", () => {
  it("ru: edits the figures as messages go out, never twice within 3 s, not when unchanged; then the final edit and one report naming the failure", async () => {
    await broadcastAsCoordinator("ru");
    const job = jobFor();
    await h.deliver(1);
    // The scene showed the message just now: within the interval nothing is edited.
    expect(await job.runOnce()).toEqual({ edited: 0, reported: 0 });
    tick();
    expect(await job.runOnce()).toEqual({ edited: 1, reported: 0 });
    const first = edits().at(-1)!;
    expect(first.payload["message_id"]).toBe(progressMessage);
    expect(first.payload["text"]).toContain(h.t("ru", "broadcast-progress-figures", { sent: 1, pending: 2, blocked: 0, failed: 0 }));
    expect(first.payload["reply_markup"]).toBeDefined();
    // Figures change again at once: the edit waits for the interval.
    await h.deliver(1);
    expect(await job.runOnce()).toEqual({ edited: 0, reported: 0 });
    tick(2_999);
    expect(await job.runOnce()).toEqual({ edited: 0, reported: 0 });
    tick(1);
    expect(await job.runOnce()).toEqual({ edited: 1, reported: 0 });
    expect(edits().at(-1)!.payload["text"]).toContain(
      h.t("ru", "broadcast-progress-figures", { sent: 2, pending: 1, blocked: 0, failed: 0 }),
    );
    // Unchanged figures: no edit however long it has been.
    tick(60_000);
    expect(await job.runOnce()).toEqual({ edited: 0, reported: 0 });
    expect(edits()).toHaveLength(2);

    h.failNext({ method: "sendMessage", errorCode: 403, description: "Forbidden: bot was blocked by the user" });
    await h.deliver();
    expect(await job.runOnce()).toEqual({ edited: 1, reported: 1 });
    const final = edits().at(-1)!;
    expect(final.payload["text"]).toContain(h.t("ru", "broadcast-progress-done", { recipients: 3 }));
    expect(final.payload["text"]).toContain(h.t("ru", "broadcast-progress-figures", { sent: 2, pending: 0, blocked: 1, failed: 0 }));
    expect(final.payload["reply_markup"]).toBeUndefined();
    const [report] = reports();
    expect(report!.payload["text"]).toContain(h.t("ru", "broadcast-report-some-failed", { sent: 2, refused: 1 }));
    expect(report!.payload["text"]).toContain(h.t("ru", "broadcast-progress-failures", { count: 1 }));
    // Named with the student ID, so two students of one name and group are told apart.
    expect(report!.payload["text"]).toMatch(/• (Аманова Аида|Беков Болат|Ержанова Дана) \(SE-2201, S\d+\): заблокировал\(а\) бота/u);
    // Done and reported: the broadcast leaves the job's list.
    tick();
    expect(await job.runOnce()).toEqual({ edited: 0, reported: 0 });
    expect(reports()).toHaveLength(1);
    expect(await h.services.broadcasts.openProgress()).toEqual([]);
  });

  it("en: two instances at the same moment edit once and report once; all delivered says so", async () => {
    await broadcastAsCoordinator("en");
    await h.deliver();
    tick();
    const results = await Promise.all([jobFor().runOnce(), jobFor().runOnce()]);
    expect(results.reduce((sum, r) => sum + r.edited, 0)).toBe(1);
    expect(results.reduce((sum, r) => sum + r.reported, 0)).toBe(1);
    expect(edits()).toHaveLength(1);
    const [report] = reports();
    expect(report!.payload["text"]).toContain(h.t("en", "broadcast-report-all-delivered", { sent: 3 }));
    expect(report!.payload["text"]).not.toContain(h.t("en", "broadcast-progress-failures", { count: 0 }));
  });

  it("kk: a refresh that already showed the final figures leaves the report to the job; a report Telegram fails with 5xx is sent on the next pass", async () => {
    // Telegram's 5xx reaches the job at once (the transport's own retries are turned off for the test).
    h = createHarness({ connection: database.connection(), now: () => now, transport: { serverErrorRetries: 0 } });
    await broadcastAsCoordinator("kk");
    await h.deliver();
    tick();
    const broadcastId = (await h.db.broadcasts.listRecent(null, 1))[0]!._id;
    await h.press(coordinator, `bcp:${String(broadcastId)}`, progressMessage);
    expect(edits()).toHaveLength(1);
    const job = jobFor();
    h.failNext({ method: "sendMessage", errorCode: 500, description: "Internal Server Error" });
    expect(await job.runOnce()).toEqual({ edited: 0, reported: 0 });
    expect(await job.runOnce()).toEqual({ edited: 0, reported: 1 });
    expect(edits()).toHaveLength(1);
    expect(reports().filter((c) => c.result?.message_id)).toHaveLength(1);
    expect(reports().at(-1)!.payload["text"]).toContain(h.t("kk", "broadcast-report-all-delivered", { sent: 3 }));
  });

  it("stop() waits for the edit in flight before it resolves (so it never outlives the database)", async () => {
    await broadcastAsCoordinator("en");
    await h.deliver(1);
    tick();
    let entered!: () => void;
    const editStarted = new Promise<void>((resolve) => (entered = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const api: BroadcastProgressJobDeps["api"] = {
      editMessageText: async (...args: Parameters<Api["editMessageText"]>) => {
        entered();
        await gate;
        return h.bot.api.editMessageText(...args);
      },
      sendMessage: h.bot.api.sendMessage.bind(h.bot.api),
    };
    const job = jobFor({
      api,
      sleep: (_ms, signal) => new Promise<void>((resolve) => signal.addEventListener("abort", () => resolve(), { once: true })),
    });
    job.start();
    await editStarted;
    let stopped = false;
    const stopping = job.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stopped).toBe(false);
    expect(edits()).toHaveLength(0);
    release();
    await stopping;
    expect(edits()).toHaveLength(1);
    expect(() => job.start()).toThrow(/stopped/);
  });
});
