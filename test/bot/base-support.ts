import { expect } from "vitest";
import type { Connection } from "mongoose";
import { createHarness, type TestPerson } from "../support/bot-harness.js";
import { createSeeder } from "../support/seed.js";
import { computeBinCheckDigit } from "../../src/domain/practice/bin.js";
import { toAccessPrincipal } from "../../src/domain/access/roles.js";

export type Harness = ReturnType<typeof createHarness>;
export type Locale = "kk" | "ru" | "en";

/** A BIN with a correct check digit (weighted mod-11), and one with a wrong one. */
export function bin(first11: string): string {
  return `${first11}${computeBinCheckDigit(first11)}`;
}
export function badBin(first11: string): string {
  return `${first11}${(computeBinCheckDigit(first11)! + 1) % 10}`;
}

export async function world(connection: Connection, locale: Locale) {
  const h = createHarness({ connection });
  const seed = createSeeder(h.db);
  const department = await seed.department("CS", "iitu");
  const student: TestPerson = { id: 710001, firstName: "Ерлан", languageCode: locale };
  const coordinator: TestPerson = { id: 720001, firstName: "Гүлнар", languageCode: locale };
  await seed.student(student, department, { fullName: "Сейітов Ерлан", group: "SE-2203" });
  await seed.staff(coordinator, "coordinator", { departmentId: department._id });
  await h.db.users.setLanguage(student.id, locale);
  await h.db.users.setLanguage(coordinator.id, locale);
  return { h, seed, department, student, coordinator };
}

export async function principal(h: Harness, telegramId: number) {
  const user = await h.db.users.findByTelegramId(telegramId);
  return toAccessPrincipal(user!, h.services.config.adminTelegramIds);
}

/** An approved base the coordinator added earlier. */
export async function approvedOrganisation(h: Harness, coordinatorId: number, name: string, binValue: string): Promise<string> {
  const p = await principal(h, coordinatorId);
  const proposed = await h.services.organisations.propose(p, { fullName: name, bin: binValue, phones: ["+7 701 111 22 33"] });
  if (proposed.status !== "proposed") throw new Error(proposed.status);
  const id = String(proposed.organisation._id);
  expect((await h.services.organisations.approve(p, id)).status).toBe("approved");
  return id;
}

/** Sends a photo (no text) from `person`. */
export function photo(h: Harness, person: TestPerson) {
  return h.send({
    message: {
      message_id: h.telegram.nextMessageId(),
      date: Math.floor(Date.now() / 1000),
      chat: { id: person.id, type: "private", first_name: person.firstName },
      from: { id: person.id, is_bot: false, first_name: person.firstName },
      photo: [{ file_id: "p", file_unique_id: "p", width: 10, height: 10 }],
    },
  });
}

/** Answers the date questions and the base search that ends with no match. */
export async function datesAndNoMatch(h: Harness, student: TestPerson): Promise<void> {
  await h.text(student, "/base");
  await h.press(student, "base.type:production");
  await h.text(student, "11.01.2027");
  await h.text(student, "05.02.2027");
  await h.text(student, "4");
  await h.text(student, "Ромашка");
}

/** The rest after the organisation: unit, agreement, organisation supervisor. */
export async function restOfForm(h: Harness, student: TestPerson, contractDate = "20.12.2026"): Promise<void> {
  await h.text(student, "IT department");
  await h.text(student, "П-17/2026");
  await h.text(student, contractDate);
  await h.text(student, "Ахметов Нұрлан");
  await h.text(student, "8 (701) 234-56-78");
  await h.text(student, "n.akhmetov@romashka.kz");
}

export async function newOrganisation(h: Harness, student: TestPerson): Promise<void> {
  await h.press(student, "base.org:new");
  await h.text(student, "ТОО «Ромашка»");
  await h.press(student, "base.where:kz");
  await h.text(student, bin("19044000123"));
  await h.text(student, "Алматы, Абай д-лы 10");
  await h.text(student, "+7 727 300 00 00");
  await h.text(student, "info@romashka.kz");
  await h.text(student, "Бағдарламалық жасақтама");
}

/** Shares a Telegram contact from `person` (their own unless `userId` names another account). */
export function contact(h: Harness, person: TestPerson, phoneNumber: string, userId: number | undefined = person.id) {
  return h.send({
    message: {
      message_id: h.telegram.nextMessageId(),
      date: Math.floor(Date.now() / 1000),
      chat: { id: person.id, type: "private", first_name: person.firstName },
      from: { id: person.id, is_bot: false, first_name: person.firstName },
      contact: { phone_number: phoneNumber, first_name: person.firstName, ...(userId !== undefined ? { user_id: userId } : {}) },
    },
  });
}
