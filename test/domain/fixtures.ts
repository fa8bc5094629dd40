import { createWorkingCalendar } from "../../src/domain/rules/working-calendar.js";
import type { WorkingCalendar } from "../../src/domain/rules/working-calendar.js";
import { loadReferenceData } from "../../src/reference-data/load.js";
import type { ReferenceData } from "../../src/reference-data/load.js";

let data: Promise<ReferenceData> | undefined;

/** The bundled reference data (policies + kz holiday calendar 2024–2027). */
export function referenceData(): Promise<ReferenceData> {
  data ??= loadReferenceData();
  return data;
}

/** A calendar with weekends only (no holidays) for the given years. */
export function weekendsOnly(fromYear: number, toYear: number): WorkingCalendar {
  const years = [];
  for (let y = fromYear; y <= toYear; y++) years.push({ calendarId: "weekends", year: y, days: [] });
  return createWorkingCalendar("weekends", years);
}
