import type { Types } from "mongoose";
import { resolvePolicy } from "../domain/policies/helpers.js";
import type { Policy } from "../domain/policies/policy-schema.js";
import type { DenyReason } from "../domain/access/policy.js";
import type { IsoDate } from "../domain/rules/dates.js";
import type { WorkingCalendar } from "../domain/rules/working-calendar.js";
import { calendarDateIn } from "../domain/diary/calendar-date.js";
import type { Persistence } from "../persistence/create-persistence.js";
import type { ReferenceData } from "../reference-data/load.js";

/** Dependencies shared by the practice services (placements, organisations, rosters). */
export interface PracticeServiceDeps {
  db: Persistence;
  now: () => Date;
  /** University policies and holiday calendars (src/reference-data). */
  reference: ReferenceData;
  /** Calendar dates are taken in this zone (domain.md §10); default Asia/Almaty. */
  timeZone?: string | undefined;
}

/** Expected refusals every service method may answer with (no exceptions for these). */
export type Refusal = { status: "forbidden"; reason: DenyReason } | { status: "notFound" };

export function createPracticeContext(deps: PracticeServiceDeps) {
  const timeZone = deps.timeZone ?? "Asia/Almaty";
  return {
    today(): IsoDate {
      return calendarDateIn(deps.now(), timeZone);
    },
    /** The policy (and its holiday calendar) of a department; the default policy for an unknown id. */
    async rulesOf(departmentId: Types.ObjectId | string): Promise<{ policy: Policy; calendar: WorkingCalendar }> {
      const department = await deps.db.departments.findById(departmentId);
      const policy =
        deps.reference.policies.get(department?.policyId ?? "") ?? resolvePolicy(deps.reference.policies, deps.reference.defaultPolicyId);
      const calendar = deps.reference.calendars.get(policy.holidayCalendar) ?? deps.reference.calendar;
      return { policy, calendar };
    },
    /** Telegram ids of the department's coordinators (to notify them). */
    async coordinatorsOf(departmentId: Types.ObjectId): Promise<number[]> {
      const users = await deps.db.users.listByRole("coordinator", departmentId);
      return users.map((user) => user.telegramId);
    },
  };
}
export type PracticeContext = ReturnType<typeof createPracticeContext>;
