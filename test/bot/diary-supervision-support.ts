import { expect } from "vitest";
import type { createHarness, TestPerson } from "../support/bot-harness.js";
import { createSeeder } from "../support/seed.js";
import { diaryDecision } from "../../src/bot/decision-buttons.js";
import type { DiaryEntryView } from "../../src/services/diary/views.js";

export type Harness = ReturnType<typeof createHarness>;
export type Locale = "kk" | "ru" | "en";

/** A department with a student, both supervisors (or only the university one) and a coordinator, all in `locale`. */
export async function seedDiary(h: Harness, locale: Locale, options: { organisation?: boolean } = {}) {
  const seed = createSeeder(h.db, h.services.now);
  const department = await seed.department("CS");
  const student = seed.person(locale, "Айгерім");
  const university = seed.person(locale, "Данияр");
  const organisation = seed.person(locale, "Гүлнар");
  const coordinator = seed.person(locale, "Сәуле");
  const studentDoc = await seed.student(student, department, { fullName: "Әбілқасымова Айгерім" });
  await seed.staff(university, "universitySupervisor", { departmentId: department._id });
  await seed.staff(coordinator, "coordinator", { departmentId: department._id });
  const withOrganisation = options.organisation ?? true;
  if (withOrganisation) await seed.staff(organisation, "organisationSupervisor", { studentId: studentDoc._id });
  const placement = await seed.placement(studentDoc, {
    universitySupervisor: university,
    ...(withOrganisation ? { organisationSupervisor: organisation } : {}),
  });
  for (const person of [student, university, organisation, coordinator]) await h.db.users.setLanguage(person.id, locale);
  return { seed, department, student, studentDoc, university, organisation, coordinator, placement };
}

/** The notification a supervisor gets for a handed-in entry (as the student side sends it), delivered. */
export async function notify(h: Harness, supervisor: TestPerson, entry: Pick<DiaryEntryView, "id" | "version" | "date" | "text">) {
  await h.services.outbox.enqueue({
    recipient: supervisor.id,
    kind: "diary-entry",
    payload: {
      key: "supervision-entry",
      params: { student: "Әбілқасымова Айгерім", date: entry.date, hours: 6, text: entry.text },
      keyboard: diaryDecision.outboxKeyboard(entry.id, entry.version, {
        approve: "supervision-button-approve",
        return: "supervision-button-return",
      }),
    },
    dedupeKey: `test-entry:${entry.id}:${entry.version}`,
  });
  await deliver(h);
}

/** Drains the outbox a minute later (the dispatcher's lease of the previous drain runs a second ahead of a frozen clock). */
export async function deliver(h: Harness) {
  const next = h.services.now().getTime() + 60_000;
  h.setNow(() => new Date(next));
  return h.deliver();
}

/** The last callback answer the bot gave. */
export function lastAnswer(h: Harness): string {
  const call = h.calls.filter((c) => c.method === "answerCallbackQuery").at(-1);
  return String(call?.payload["text"] ?? "");
}

/** Presses crafted callback data on a message whose keyboard carries it (the button guard lets it through). */
export async function pressCrafted(h: Harness, person: TestPerson, data: string) {
  return h.send({
    callback_query: {
      id: String(h.telegram.nextMessageId()),
      chat_instance: "ci",
      from: { id: person.id, is_bot: false, first_name: person.firstName },
      data,
      message: {
        message_id: h.telegram.nextMessageId(),
        date: Math.floor(h.services.now().getTime() / 1000),
        chat: { id: person.id, type: "private", first_name: person.firstName },
        text: "…",
        reply_markup: { inline_keyboard: [[{ text: "x", callback_data: data }]] },
      },
    },
  });
}

export async function entryStatus(h: Harness, id: string) {
  const entry = await h.services.diary.entries.getEntry(id);
  expect(entry).not.toBeNull();
  return { status: entry!.status, version: entry!.version, decision: entry!.decision };
}

/** The practice's last working day in the seeded placement (16.11–11.12.2026; QP-06 6.2: sign-off from then). */
export const LAST_DAY = "2026-12-11T09:00:00Z";

/** `/signoff` and the confirmation under its summary (QP-06 6.2). */
export async function signOff(h: Harness, supervisor: TestPerson, placementId: string) {
  await h.text(supervisor, "/signoff");
  await h.press(supervisor, `svs.ok:${placementId}`);
}

/** A small PDF (its first bytes are what the report check reads). */
export const REPORT_PDF = new Uint8Array(Buffer.from("%PDF-1.4\n% practice report\n%%EOF\n", "latin1"));

/**
 * A finished practice (QP-06 6.2–6.5): one entry approved, the clock on the last working day, both
 * supervisors signed, the report handed in through `/report`.
 */
export async function readyToGrade(h: Harness, s: Awaited<ReturnType<typeof seedDiary>>) {
  const placementId = String(s.placement._id);
  const entries = await s.seed.entries(h.services, s.placement, s.student, [{ date: "2026-11-17" }]);
  for (const entry of entries) {
    await notify(h, s.organisation, entry);
    await h.press(s.organisation, diaryDecision.pack("ok", entry.id, entry.version));
  }
  h.setNow(() => new Date(LAST_DAY));
  await signOff(h, s.university, placementId);
  await signOff(h, s.organisation, placementId);
  await h.text(s.student, "/report");
  await h.document(s.student, "report.pdf", "application/pdf", { bytes: REPORT_PDF });
  const outcome = await h.db.practiceOutcomes.find(placementId);
  expect(outcome?.signOffs).toHaveLength(2);
  expect(outcome?.report?.fileName).toBe("report.pdf");
  return placementId;
}
