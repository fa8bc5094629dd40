import { beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { contact, datesAndNoMatch, newOrganisation, principal, restOfForm, world, type Locale } from "./base-support.js";

const database = useTestDatabase();
beforeEach(async () => {
  await clearDatabase(database.connection());
});

async function approvedPlacement(locale: Locale) {
  const w = await world(database.connection(), locale);
  const { h, student, coordinator } = w;
  await datesAndNoMatch(h, student);
  await newOrganisation(h, student);
  await restOfForm(h, student);
  await h.press(student, "base.act:submit");
  const s = await h.db.students.findByTelegramId(student.id);
  const placement = (await h.db.placements.listByStudent(s!._id))[0]!;
  expect((await h.services.placements.approve(await principal(h, coordinator.id), String(placement._id), placement.version)).status).toBe(
    "approved",
  );
  return { ...w, placementId: String(placement._id) };
}

function codeIn(text: string): string {
  const match = /\?start=(inv_[A-Za-z0-9_-]{22})/.exec(text);
  if (!match?.[1]) throw new Error(`no link in ${text}`);
  return match[1];
}

describe("organisation supervisor's invitation (issue 8)", () => {
  it.each<Locale>(["kk", "ru", "en"])(
    "%s: /myplacement, link + QR, a new link revokes the old one, consent + own contact claim it, the coordinator confirms (QP-06 5.12)",
    async (locale) => {
      const { h, student, coordinator, placementId } = await approvedPlacement(locale);
      await h.text(student, "/myplacement");
      expect(h.lastText(student.id)).toContain(h.t(locale, "placement-status-approved"));
      expect(h.lastText(student.id)).toContain("Ахметов Нұрлан");
      expect(h.lastButtons(student.id)).toEqual([`base.inv:${placementId}`]);
      const first = await h.press(student, `base.inv:${placementId}`);
      expect(first.map((c) => c.method)).toContain("sendPhoto");
      const oldCode = codeIn(h.sentTexts(student.id).find((t) => t.includes("?start="))!);

      const calls = await h.text(student, "/invite_orgsupervisor");
      expect(calls.some((c) => c.method === "sendPhoto")).toBe(true);
      const texts = h.sentTexts(student.id).filter((t) => t.includes("?start="));
      const code = codeIn(texts.at(-1)!);
      expect(code).not.toBe(oldCode);
      const vars = { link: "x", expires: "x", supervisor: "x" };
      const revokedNote = h
        .t(locale, "base-invite-created", { ...vars, revoked: "yes" })
        .slice(h.t(locale, "base-invite-created", { ...vars, revoked: "no" }).length);
      expect(revokedNote.trim().length).toBeGreaterThan(5);
      expect(texts.at(-1)!.endsWith(revokedNote)).toBe(true);

      const supervisor = { id: 730001, firstName: "Нұрлан", languageCode: locale };
      await h.text(supervisor, `/start ${oldCode}`);
      expect(h.lastText(supervisor.id)).toContain(h.t(locale, "invite-revoked"));

      await h.text(supervisor, `/start ${code}`);
      expect(h.lastText(supervisor.id)).toContain("Сейітов Ерлан");
      // Dates as on documents, not as stored (found by trying the bot against the emulator).
      expect(h.lastText(supervisor.id)).toContain("11.01.2027");
      expect(h.lastText(supervisor.id)).not.toContain("2027-01-11");
      expect(h.lastButtons(supervisor.id)).toEqual([`osv.yes:${code}`, `osv.no:${code}`]);
      let placement = await h.db.placements.findById(placementId);
      expect(placement?.organisationSupervisor?.telegramId).toBeUndefined();
      await h.press(supervisor, `osv.yes:${code}`);
      // QP-06 5.12: their own Telegram contact first (a request_contact reply keyboard).
      const asked = h.telegram.calls.filter((c) => c.method === "sendMessage" && c.payload["chat_id"] === supervisor.id).at(-1);
      expect(asked?.payload["reply_markup"]?.keyboard?.[0]?.[0]).toMatchObject({ request_contact: true });
      await contact(h, supervisor, "77012345678");
      // The phone matched the agreement's: its name is offered by one tap.
      expect(h.lastText(supervisor.id)).toBe(h.t(locale, "staff-name-ask-suggested", { name: "Ахметов Нұрлан" }));
      await h.press(supervisor, "staff.name:suggested");
      expect((await h.db.users.findByTelegramId(supervisor.id))?.fullName).toBe("Ахметов Нұрлан");
      const params = { student: "Сейітов Ерлан", practiceType: h.t(locale, "placement-type-production"), organisation: "ТОО «Ромашка»" };
      expect(h.lastText(supervisor.id)).toBe(h.t(locale, "osv-claim-pending", params));
      // Parked until the department confirms (policy default `coordinator`).
      placement = await h.db.placements.findById(placementId);
      expect(placement?.organisationSupervisor?.telegramId).toBeUndefined();
      expect(placement?.organisationSupervisor?.claim).toMatchObject({
        telegramId: supervisor.id,
        phone: "+77012345678",
        phoneMatched: true,
      });
      const user = await h.db.users.findByTelegramId(supervisor.id);
      expect(user?.roles.some((r) => r.role === "organisationSupervisor")).toBe(true);
      await h.deliver();
      expect(h.lastButtons(coordinator.id)).toEqual([`osc.ok:${placementId}:${supervisor.id}`, `osc.no:${placementId}:${supervisor.id}`]);
      await h.press(coordinator, `osc.ok:${placementId}:${supervisor.id}`);
      placement = await h.db.placements.findById(placementId);
      expect(placement?.organisationSupervisor).toMatchObject({
        telegramId: supervisor.id,
        status: "confirmed",
        confirmedBy: coordinator.id,
      });
      await h.deliver();
      expect(h.lastText(student.id)).toContain("Ахметов Нұрлан");
      expect(h.lastText(supervisor.id)).toBe(
        h.t(locale, "osv-claimant-confirmed", { student: "Сейітов Ерлан", supervisor: "Ахметов Нұрлан", practiceType: "production" }),
      );
    },
  );

  it("declining links nothing; a crafted consent and the student's own link change nothing (ru)", async () => {
    const { h, student, placementId } = await approvedPlacement("ru");
    await h.text(student, "/invite_orgsupervisor");
    const code = codeIn(h.sentTexts(student.id).find((t) => t.includes("?start="))!);
    const supervisor = { id: 730002, firstName: "Нұрлан", languageCode: "ru" };
    await h.text(supervisor, `/start ${code}`);
    await h.press(supervisor, `osv.no:${code}`);
    expect(h.lastText(supervisor.id)).toBe(h.t("ru", "base-consent-declined"));
    expect((await h.db.placements.findById(placementId))?.organisationSupervisor?.telegramId).toBeUndefined();

    // A forged consent with a made-up code, on the real consent message: nothing is linked.
    const intruder = { id: 730003, firstName: "Пётр", languageCode: "ru" };
    await h.text(intruder, `/start ${code}`);
    const forged = await h.press(intruder, "osv.yes:inv_AAAAAAAAAAAAAAAAAAAAAA");
    expect(forged.some((c) => c.method === "answerCallbackQuery")).toBe(true);
    expect((await h.db.placements.findById(placementId))?.organisationSupervisor?.telegramId).toBeUndefined();

    // The student opening their own link is told to forward it.
    await h.text(student, `/start ${code}`);
    expect(h.lastText(student.id)).toBe(h.t("ru", "base-consent-own-student"));
    expect((await h.db.placements.findById(placementId))?.organisationSupervisor?.telegramId).toBeUndefined();
  });

  it("no approved placement: /invite_orgsupervisor says so (en)", async () => {
    const { h, student } = await world(database.connection(), "en");
    await h.text(student, "/invite_orgsupervisor");
    expect(h.lastText(student.id)).toBe(h.t("en", "base-invite-none"));
  });
});
