import { beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createHarness, type TestPerson } from "../support/bot-harness.js";
import { getReferenceData } from "../../src/reference-data/load.js";
import { diaryDecision } from "../../src/bot/decision-buttons.js";
import { contact } from "./base-support.js";
import { deliver, entryStatus, lastAnswer, pressCrafted, seedDiary, type Harness } from "./diary-supervision-support.js";

const database = useTestDatabase();
beforeEach(async () => {
  await clearDatabase(database.connection());
});

const AGREEMENT_PHONE = "+77012345678";

/** The agreement names the supervisor's phone (6B03104 §9.1 stage I). */
async function withAgreementPhone(h: Harness, placementId: string) {
  const placement = (await h.db.placements.findById(placementId))!;
  await h.db.placements.change(
    placement._id,
    { statuses: [placement.status] },
    { "organisationSupervisor.phone": AGREEMENT_PHONE },
    { at: h.services.now(), by: 0, action: "edited" },
  );
}

/** The student's new link for their organisation supervisor (`/invite_orgsupervisor`), its code. */
async function newLink(h: Harness, student: TestPerson): Promise<string> {
  await h.text(student, "/invite_orgsupervisor");
  const text = h.sentTexts(student.id).findLast((t) => t.includes("?start="))!;
  return /\?start=(inv_[A-Za-z0-9_-]{22})/.exec(text)![1]!;
}

/** Opens the link, agrees, and shares the given phone as the own contact. */
async function claim(h: Harness, person: TestPerson, code: string, phone: string) {
  await h.text(person, `/start ${code}`);
  await h.press(person, `osv.yes:${code}`);
  await contact(h, person, phone);
}

/** A callback press on a message Telegram no longer shows in full (date 0): only the handler's own checks stand. */
async function pressOld(h: Harness, person: TestPerson, data: string) {
  return h.send({
    callback_query: {
      id: String(h.telegram.nextMessageId()),
      chat_instance: "ci",
      from: { id: person.id, is_bot: false, first_name: person.firstName },
      data,
      message: { message_id: 1, date: 0, chat: { id: person.id, type: "private", first_name: person.firstName } },
    },
  });
}

describe("verified organisation supervisors (QP-06 5.12; 6B03104 §9.1)", () => {
  it("QP-06 5.12: the forged supervisor (student re-invites, second account claims, types the agreement's name) is parked and approves nothing", async () => {
    const h = createHarness({ connection: database.connection(), defaultLocale: "ru" });
    const s = await seedDiary(h, "ru");
    await withAgreementPhone(h, String(s.placement._id));
    const entries = await s.seed.entries(h.services, s.placement, s.student, [{ date: "2026-11-17" }, { date: "2026-11-18" }]);
    const code = await newLink(h, s.student);
    const second = s.seed.person("ru", "Айгерім");

    await claim(h, second, code, "+7 777 000 00 01");
    // The phone did not match: the agreement's name is not offered by one tap; it must be typed.
    expect(h.lastText(second.id)).toBe(h.t("ru", "staff-name-ask"));
    expect(h.lastButtons(second.id)).not.toContain("staff.name:suggested");
    await h.text(second, "Нұрланова Айгүл");
    expect(h.lastText(second.id)).toContain(
      h.t("ru", "osv-claim-pending-replacing", { student: "x", practiceType: "x", organisation: "x" }).slice(0, 40),
    );

    let placement = (await h.db.placements.findById(s.placement._id))!;
    expect(placement.organisationSupervisor?.telegramId).toBe(s.organisation.id);
    expect(placement.organisationSupervisor?.claim).toMatchObject({
      telegramId: second.id,
      phoneMatched: false,
      replaces: s.organisation.id,
    });

    await deliver(h);
    // Everyone concerned hears of it: the coordinator (both names, both phones), the student, the linked supervisor.
    const toCoordinator = h.lastText(s.coordinator.id);
    for (const part of ["Нұрланова Айгүл", "+77770000001", AGREEMENT_PHONE, "Әбілқасымова Айгерім"]) expect(toCoordinator).toContain(part);
    expect(h.lastButtons(s.coordinator.id)).toEqual([
      `osc.ok:${String(s.placement._id)}:${second.id}`,
      `osc.no:${String(s.placement._id)}:${second.id}`,
    ]);
    expect(h.sentTexts(s.organisation.id).join("\n")).toContain(
      h.t("ru", "osv-old-supervisor-claimed", { claimedName: "Нұрланова Айгүл", student: "Әбілқасымова Айгерім" }),
    );
    expect(h.sentTexts(s.student.id).join("\n")).toContain("Нұрланова Айгүл");

    // "Approve all" and single approvals by the parked account count for nothing.
    await h.text(second, "/pending");
    expect(
      h.calls
        .filter((c) => c.method === "sendMessage" && c.payload["chat_id"] === second.id)
        .flatMap((c) =>
          ((c.payload["reply_markup"]?.inline_keyboard ?? []) as { callback_data: string }[][]).flat().map((b) => b.callback_data),
        )
        .filter((d) => d.startsWith("svp.all:")),
    ).toEqual([]);
    for (const entry of entries) {
      await pressCrafted(h, second, diaryDecision.pack("ok", entry.id, entry.version));
      expect((await entryStatus(h, entry.id)).status).toBe("submitted");
    }

    // The coordinator refuses: the linked supervisor stays, the claimant is told.
    await h.press(s.coordinator, `osc.no:${String(s.placement._id)}:${second.id}`);
    placement = (await h.db.placements.findById(s.placement._id))!;
    expect(placement.organisationSupervisor?.telegramId).toBe(s.organisation.id);
    expect(placement.organisationSupervisor?.claim ?? null).toBeNull();
    await deliver(h);
    expect(h.lastText(second.id)).toBe(h.t("ru", "osv-claimant-refused", { student: "Әбілқасымова Айгерім" }));
    for (const entry of entries) expect((await entryStatus(h, entry.id)).status).toBe("submitted");
  });

  it("QP-06 5.12: a replacement waits for the coordinator's confirmation, then everyone is told and only the new supervisor approves", async () => {
    const h = createHarness({ connection: database.connection(), defaultLocale: "kk" });
    const s = await seedDiary(h, "kk");
    await withAgreementPhone(h, String(s.placement._id));
    const [entry] = await s.seed.entries(h.services, s.placement, s.student, [{ date: "2026-11-18" }]);
    const code = await newLink(h, s.student);
    const replacement = s.seed.person("kk", "Бауыржан");
    // Even a matching phone does not replace a linked supervisor without the department (policy default too).
    await claim(h, replacement, code, "8 701 234 56 78");
    expect(h.lastText(replacement.id)).toBe(h.t("kk", "staff-name-ask-suggested", { name: "Нұрланова Айгүл" }));
    await h.text(replacement, "Серікбаев Бауыржан");
    expect((await h.db.placements.findById(s.placement._id))?.organisationSupervisor?.telegramId).toBe(s.organisation.id);

    await deliver(h);
    await h.press(s.coordinator, `osc.ok:${String(s.placement._id)}:${replacement.id}`);
    const placement = (await h.db.placements.findById(s.placement._id))!;
    expect(placement.organisationSupervisor).toMatchObject({
      telegramId: replacement.id,
      status: "confirmed",
      confirmedBy: s.coordinator.id,
    });
    expect(placement.history.at(-1)).toMatchObject({ action: "organisationSupervisorConfirmed", by: s.coordinator.id });
    // A second press (another coordinator's copy, or an old message past the button check) changes nothing.
    await pressOld(h, s.coordinator, `osc.ok:${String(s.placement._id)}:${replacement.id}`);
    expect(lastAnswer(h)).toBe(h.t("kk", "osv-decided-stale"));

    await deliver(h);
    const about = { student: "Әбілқасымова Айгерім", supervisor: "Серікбаев Бауыржан", practiceType: "production" };
    expect(h.lastText(s.organisation.id)).toBe(h.t("kk", "osv-old-supervisor-replaced", about));
    expect(h.lastText(replacement.id)).toBe(h.t("kk", "osv-claimant-confirmed", about));
    expect(h.lastText(s.student.id)).toBe(h.t("kk", "base-supervisor-joined", about));

    await pressCrafted(h, s.organisation, diaryDecision.pack("ok", entry!.id, entry!.version));
    expect((await entryStatus(h, entry!.id)).status).toBe("submitted");
    await pressCrafted(h, replacement, diaryDecision.pack("ok", entry!.id, entry!.version));
    expect((await entryStatus(h, entry!.id)).status).toBe("approved");
  });

  it("policy phoneMatch: a first link whose Telegram-verified phone equals the agreement's is confirmed at once; a mismatch waits (QP-06 5.12)", async () => {
    const reference = await getReferenceData();
    const policies = new Map(reference.policies);
    policies.set("iitu", { ...policies.get("iitu")!, orgSupervisorConfirmation: "phoneMatch" });
    const h = createHarness({ connection: database.connection(), defaultLocale: "en", reference: { ...reference, policies } });
    const s = await seedDiary(h, "en", { organisation: false });
    await withAgreementPhone(h, String(s.placement._id));
    const [entry] = await s.seed.entries(h.services, s.placement, s.student, [{ date: "2026-11-18" }]);
    const code = await newLink(h, s.student);
    await claim(h, s.organisation, code, "77012345678");
    await h.press(s.organisation, "staff.name:suggested");
    expect(h.lastText(s.organisation.id)).toBe(
      h.t("en", "base-consent-accepted", {
        student: "Әбілқасымова Айгерім",
        practiceType: h.t("en", "placement-type-production"),
        organisation: "—",
      }),
    );
    const placement = (await h.db.placements.findById(s.placement._id))!;
    expect(placement.organisationSupervisor).toMatchObject({
      telegramId: s.organisation.id,
      status: "confirmed",
      confirmedVia: "phoneMatch",
    });
    expect((await h.db.users.findByTelegramId(s.organisation.id))?.fullName).toBe("Нұрланова Айгүл");
    await pressCrafted(h, s.organisation, diaryDecision.pack("ok", entry!.id, entry!.version));
    expect((await entryStatus(h, entry!.id)).status).toBe("approved");

    // The same policy, a phone that does not match: parked for the coordinator.
    const other = await h.db.placements.findById(s.placement._id);
    expect(other?.organisationSupervisor?.claim ?? null).toBeNull();
    const s2student = s.seed.person("en", "Dana");
    const s2 = await s.seed.student(s2student, s.department, { fullName: "Омарова Дана" });
    const p2 = await s.seed.placement(s2, {});
    await withAgreementPhone(h, String(p2._id));
    await h.db.users.setLanguage(s2student.id, "en");
    const code2 = await newLink(h, s2student);
    const stranger = s.seed.person("en", "Marat");
    await claim(h, stranger, code2, "+7 702 000 00 00");
    await h.text(stranger, "Маратов Марат");
    expect((await h.db.placements.findById(p2._id))?.organisationSupervisor).toMatchObject({ claim: { telegramId: stranger.id } });
    expect((await h.db.placements.findById(p2._id))?.organisationSupervisor?.telegramId).toBeUndefined();
  });

  it("6B03104 §9.1: the student's own account, the student's phone and someone else's contact are refused; the link stays usable", async () => {
    const h = createHarness({ connection: database.connection(), defaultLocale: "ru" });
    const s = await seedDiary(h, "ru", { organisation: false });
    await withAgreementPhone(h, String(s.placement._id));
    await h.db.users.setVerifiedPhone(s.student.id, "+77015550000");
    const code = await newLink(h, s.student);
    const second = s.seed.person("ru", "Айгерім");

    // Someone else's contact is no answer: asked again.
    await h.text(second, `/start ${code}`);
    await h.press(second, `osv.yes:${code}`);
    await contact(h, second, AGREEMENT_PHONE, s.organisation.id);
    expect(h.lastText(second.id)).toBe(h.t("ru", "osv-contact-not-own"));
    // The student's own phone on a second account.
    await contact(h, second, "8 701 555 00 00");
    expect(h.lastText(second.id)).toBe(h.t("ru", "osv-refused-studentPhone"));
    // The student's own account, even through the service directly.
    const own = await h.services.placements.claimSupervisorLink(
      s.student.id,
      code,
      { userId: s.student.id, phoneNumber: AGREEMENT_PHONE },
      { kind: "agreement" },
    );
    expect(own).toEqual({ status: "ownStudent" });
    expect((await h.db.placements.findById(s.placement._id))?.organisationSupervisor?.claim ?? null).toBeNull();
    expect(await h.services.invitations.preview(code)).toMatchObject({ status: "valid" });
    // The agreement's name is refused without a matching phone, even when asked for directly.
    const adopted = await h.services.placements.claimSupervisorLink(
      second.id,
      code,
      { userId: second.id, phoneNumber: "+77770000009" },
      { kind: "agreement" },
    );
    expect(adopted).toEqual({ status: "nameNeeded" });
    expect(await h.services.invitations.preview(code)).toMatchObject({ status: "valid" });
  });

  it("QP-06 5.12: a Confirm forged by another department's coordinator changes nothing", async () => {
    const h = createHarness({ connection: database.connection(), defaultLocale: "en" });
    const s = await seedDiary(h, "en", { organisation: false });
    const code = await newLink(h, s.student);
    await claim(h, s.organisation, code, "+7 702 111 22 33");
    await h.text(s.organisation, "Нұрланова Айгүл");
    const other = await s.seed.department("EE");
    const outsider = s.seed.person("en", "Olzhas");
    await s.seed.staff(outsider, "coordinator", { departmentId: other._id });
    await pressOld(h, outsider, `osc.ok:${String(s.placement._id)}:${s.organisation.id}`);
    expect(lastAnswer(h)).toBe(h.t("en", "placement-denied-otherDepartment"));
    const placement = (await h.db.placements.findById(s.placement._id))!;
    expect(placement.organisationSupervisor?.telegramId).toBeUndefined();
    expect(placement.organisationSupervisor?.claim).toMatchObject({ telegramId: s.organisation.id });
    // A malformed one is stale, not a crash.
    await pressOld(h, outsider, "osc.ok:zzz:1");
    expect(lastAnswer(h)).toBe(h.t("en", "errors-stale-button"));
  });
});
