import { calendarDateIn } from "../../domain/diary/calendar-date.js";
import type { DiaryPlacement } from "../../domain/diary/types.js";
import { resolvePolicy } from "../../domain/policies/helpers.js";
import type { Policy } from "../../domain/policies/policy-schema.js";
import type { IsoDate } from "../../domain/rules/dates.js";
import type { WorkingCalendar } from "../../domain/rules/working-calendar.js";
import type { Persistence } from "../../persistence/create-persistence.js";
import type { ReferenceData } from "../../reference-data/load.js";

/** What the diary services are built from. */
export interface DiaryServiceDeps {
  db: Persistence;
  now(): Date;
  reference: Pick<ReferenceData, "policies" | "calendars" | "calendar">;
}

/** The placement's policy, its holiday calendar and today's date in its time zone. */
export function placementRules(deps: DiaryServiceDeps, placement: Pick<DiaryPlacement, "policyId">) {
  const policy: Policy = resolvePolicy(deps.reference.policies, placement.policyId);
  const calendar: WorkingCalendar = deps.reference.calendars.get(policy.holidayCalendar) ?? deps.reference.calendar;
  const at = deps.now();
  const today: IsoDate = calendarDateIn(at, policy.timeZone);
  return { policy, calendar, at, today };
}
