import { describe, expect, it } from "vitest";
import type { Types } from "mongoose";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createHarness, type TestPerson } from "../support/bot-harness.js";
import { createSeeder } from "../support/seed.js";
import type { Locale } from "../../src/config/config.js";
import { notifyPlacementSubmitted } from "../../src/bot/placement-notices.js";
import { placementDecision } from "../../src/bot/decision-buttons.js";
import { approveShownBasesData, basesData } from "../../src/bot/features/coordinator-practice/callback-data.js";
import type { PlacementDocument } from "../../src/persistence/models/placement.model.js";
import type { StudentDocument } from "../../src/persistence/models/student.model.js";
import { craftedPress } from "./broadcast-helpers.js";

const database = useTestDatabase();

let h: ReturnType<typeof createHarness>;
let cs: Types.ObjectId;
let coordinator: TestPerson;
let otherCoordinator: TestPerson;

const alerts = (calls: { method: string; payload: Record<string, any> }[]): string[] =>
  calls.filter((c) => c.method === "answerCallbackQuery").map((c) => String(c.payload["text"] ?? ""));

interface Submitted {
  person: TestPerson;
  student: StudentDocument;
  placement: PlacementDocument;
}

/** `n` students of CS, each with a base sent for approval (at one organisation, or at a rejected one for `rejected`). */
async function setUp(locale: Locale, n: number, rejected: readonly number[] = []): Promise<Submitted[]> {
  await clearDatabase(database.connection());
  h = createHarness({ connection: database.connection() });
  const seed = createSeeder(h.db);
  cs = (await seed.department("CS", "iitu"))._id;
  const ee = (await seed.department("EE", "iitu"))._id;
  coordinator = seed.person(locale, "Гүлнар");
  otherCoordinator = seed.person(locale, "Марат");
  await seed.staff(coordinator, "coordinator", { departmentId: cs });
  await seed.staff(otherCoordinator, "coordinator", { departmentId: ee });
  for (const person of [coordinator, otherCoordinator]) await h.db.users.setLanguage(person.id, locale);
  const organisation = async (name: string) =>
    (
      await h.db.organisations.propose({
        fullName: name,
        normalisedName: name.toLowerCase(),
        country: "KZ",
        phones: [],
        departmentId: cs,
        proposedBy: coordinator.id,
      })
    ).organisation;
  const good = await organisation("ТОО «Каспий Софт»");
  const bad = await organisation("ТОО «Жоқ»");
  await h.db.organisations.decide(bad._id, { status: "rejected", reason: "Қызметі бағдарламаға сәйкес емес" }, coordinator.id, new Date());
  const out: Submitted[] = [];
  for (let i = 0; i < n; i++) {
    const person = seed.person(locale);
    // Two students share a name and group: the list tells them apart by their student ID.
    const fullName = i === 1 ? "Оқушы00 Тест" : `Оқушы${String(i).padStart(2, "0")} Тест`;
    const student = await seed.student(person, { _id: cs }, { studentNumber: `2022${1000 + i}`, fullName, group: "SE-2201" });
    await h.db.users.setLanguage(person.id, locale);
    const created = await seed.placement(student, { status: "submitted", startDate: "2027-01-11", endDate: "2027-03-05", weeks: 8 });
    const placement = (await h.db.placements.change(
      created._id,
      { statuses: ["submitted"] },
      { organisationId: (rejected.includes(i) ? bad : good)._id },
      { at: new Date(), by: 0, action: "edited" },
    ))!;
    out.push({ person, student, placement });
  }
  return out;
}

async function notifyAll(submitted: readonly Submitted[]): Promise<void> {
  for (const { placement, student } of submitted) {
    await notifyPlacementSubmitted(h.services, {
      placement,
      student,
      organisation: placement.organisationId ? await h.db.organisations.findById(placement.organisationId) : null,
      coordinators: [coordinator.id],
      contract: null,
      resubmitted: false,
    });
  }
}

/** The id of the last message to the coordinator whose keyboard holds `data` (a press on that very message). */
function messageWith(data: string): number {
  const call = h.calls
    .filter((c) => c.method === "sendMessage" && c.payload["chat_id"] === coordinator.id)
    .filter((c) => JSON.stringify(c.payload["reply_markup"] ?? {}).includes(JSON.stringify(data)))
    .at(-1);
  if (!call) throw new Error(`no message holds ${data}`);
  return call.result.message_id as number;
}

const statusOf = async (s: Submitted) => (await h.db.placements.findById(s.placement._id))?.status;

describe.each(["kk", "ru", "en"] as const)("bases in bulk (%s)", (locale) => {
  it("6B03104 §9.1: 12 bases sent at once reach the coordinator as ONE list naming each student by ID, with a button to /bases", async () => {
    const submitted = await setUp(locale, 12);
    await notifyAll(submitted);
    const delivered = (await h.deliver()).filter((c) => c.payload["chat_id"] === coordinator.id && c.method === "sendMessage");
    expect(delivered).toHaveLength(1);
    const text = String(delivered[0]!.payload["text"]);
    expect(text.split("\n")[0]).toBe(h.t(locale, "cp-grouped-placement-submitted", { count: 12 }));
    expect(text).toContain("• Оқушы00 Тест (20221000, SE-2201) — ТОО «Каспий Софт»");
    expect(text).toContain("• Оқушы00 Тест (20221001, SE-2201) — ТОО «Каспий Софт»");
    expect(text.split("\n").filter((l) => l.startsWith("• "))).toHaveLength(12);
    // The list's button is the list's, not one placement's Approve / Return.
    const markup = delivered[0]!.payload["reply_markup"] as { inline_keyboard: { text: string; callback_data: string }[][] };
    expect(markup.inline_keyboard.flat()).toEqual([
      { text: h.t(locale, "cp-grouped-bases-button"), callback_data: basesData.pack(String(cs), 0) },
    ]);
    const docs = await h.db.models.OutboxMessage.find({ recipient: coordinator.id }).lean();
    expect(docs.map((d) => d.state)).toEqual(Array(12).fill("sent"));
    // The button opens /bases, five a page, with "approve all shown".
    await h.press(coordinator, basesData.pack(String(cs), 0));
    expect(h.sentTexts(coordinator.id)).toContain(h.t(locale, "cp-bases-header", { count: 12, page: 1, pages: 3 }));
    expect(h.lastButtons(coordinator.id)[0]).toMatch(/^cpb\.all:/);
  });

  it("a single base sent alone keeps its own Approve / Return message", async () => {
    const [only] = await setUp(locale, 1);
    await notifyAll([only!]);
    await h.deliver();
    expect(h.lastButtons(coordinator.id)[0]).toBe(placementDecision.pack("ok", String(only!.placement._id), only!.placement.version));
  });

  it("QP-06 4.3–4.5: approve all shown approves exactly the page shown, each re-checked, with an outcome per row; a stale button approves nothing", async () => {
    const submitted = await setUp(locale, 7, [3]);
    await h.text(coordinator, "/bases");
    const [shownButton] = h.lastButtons(coordinator.id);
    const shown = approveShownBasesData.parse(shownButton);
    expect(shown).toMatchObject({ page: 0 });
    expect(h.lastText(coordinator.id)).toBe(h.t(locale, "cp-page-of", { page: 1, pages: 2 }));

    // Stale: since the page was shown, one of its bases was approved on its own message.
    const single = placementDecision.pack("ok", String(submitted[0]!.placement._id), submitted[0]!.placement.version);
    await h.press(coordinator, single, messageWith(single));
    expect(await statusOf(submitted[0]!)).toBe("approved");
    const stale = await h.press(coordinator, shownButton!);
    expect(alerts(stale)).toContain(h.t(locale, "cp-bases-list-changed"));
    expect(await Promise.all(submitted.slice(1).map(statusOf))).toEqual(Array(6).fill("submitted"));

    // The page shown again has its own button: it approves those five, the rejected organisation's base is reported.
    const [fresh] = h.lastButtons(coordinator.id);
    expect(fresh).not.toBe(shownButton);
    const pressed = await h.press(coordinator, fresh!);
    expect(alerts(pressed)).toContain(h.t(locale, "cp-bases-approved-shown", { approved: 4, count: 5 }));
    const summary = h.lastText(coordinator.id).split("\n");
    expect(summary[0]).toBe(h.t(locale, "cp-bases-approved-shown", { approved: 4, count: 5 }));
    expect(summary).toContain(
      h.t(locale, "cp-bases-approved-shown-line", { student: "Оқушы03 Тест", studentNumber: "20221003", outcome: "organisationRejected" }),
    );
    expect(summary).toContain(
      h.t(locale, "cp-bases-approved-shown-line", { student: "Оқушы00 Тест", studentNumber: "20221001", outcome: "approved" }),
    );
    expect(await Promise.all(submitted.map(statusOf))).toEqual([
      "approved",
      "approved",
      "approved",
      "submitted",
      "approved",
      "approved",
      "submitted",
    ]);
    // Each approved student is told once.
    const delivered = await h.deliver();
    for (const i of [1, 2, 4, 5]) expect(delivered.filter((c) => c.payload["chat_id"] === submitted[i]!.person.id)).toHaveLength(1);
    expect(delivered.filter((c) => c.payload["chat_id"] === submitted[3]!.person.id)).toHaveLength(0);

    // The same button pressed again (a second press, an old message): nothing more is approved.
    const again = await craftedPress(h, coordinator, fresh!);
    expect(alerts(again)).toContain(h.t(locale, "cp-bases-list-changed"));
    expect(await statusOf(submitted[6]!)).toBe("submitted");
  });

  it("a coordinator of another department pressing a CS page's button approves nothing", async () => {
    const submitted = await setUp(locale, 3);
    await h.text(coordinator, "/bases");
    const [button] = h.lastButtons(coordinator.id);
    const pressed = await craftedPress(h, otherCoordinator, button!);
    expect(alerts(pressed)).toEqual([h.t(locale, "placement-denied-otherDepartment")]);
    expect(await Promise.all(submitted.map(statusOf))).toEqual(["submitted", "submitted", "submitted"]);
  });
});
