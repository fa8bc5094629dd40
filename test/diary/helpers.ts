import type mongoose from "mongoose";
import type { DiaryActor, DiaryPlacement } from "../../src/domain/diary/index.js";
import { createPersistence, type Persistence } from "../../src/persistence/create-persistence.js";
import { createDiaryServices, type DiaryServices } from "../../src/services/diary/index.js";
import { referenceData } from "../domain/fixtures.js";

/** A clock the test moves. */
export function testClock(start: string) {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set(iso: string) {
      current = new Date(iso);
    },
    advance(ms: number) {
      current = new Date(current.getTime() + ms);
    },
  };
}

export const STUDENT_TG = 1001;
export const UNI_TG = 501;
export const ORG_TG = 601;

/** 8 weeks from Monday 5 Oct 2026 (QP-06 3.6: 240 h). */
export function placementFixture(overrides: Partial<DiaryPlacement> = {}): DiaryPlacement {
  return {
    id: "pl-1",
    studentId: "st-1",
    departmentId: "dep-1",
    policyId: "iitu",
    startDate: "2026-10-05",
    endDate: "2026-11-27",
    requiredHours: 240,
    universitySupervisorTelegramId: UNI_TG,
    organisationSupervisorTelegramId: ORG_TG,
    ...overrides,
  };
}

export function studentOf(placement: DiaryPlacement, telegramId = STUDENT_TG): DiaryActor {
  return { telegramId, role: "student", studentId: placement.studentId };
}
export const orgSupervisor: DiaryActor = { telegramId: ORG_TG, role: "organisationSupervisor" };
export const uniSupervisor: DiaryActor = { telegramId: UNI_TG, role: "universitySupervisor" };

export async function buildServices(
  connection: mongoose.Connection,
  clock: { now(): Date },
): Promise<{ db: Persistence; services: DiaryServices }> {
  const db = createPersistence(connection);
  await db.syncIndexes();
  const reference = await referenceData();
  return { db, services: createDiaryServices({ db, now: () => clock.now(), reference }) };
}

export const TEXT_KK = "Ұйымның құрылымымен таныстым, құжаттарды әзірледім және есеп дайындадым.";
