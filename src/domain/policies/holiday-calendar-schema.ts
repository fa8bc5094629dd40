import { z } from "zod";
import { isIsoDate, isWeekend, yearOf } from "../rules/dates.js";

/**
 * One year of public holidays of a country calendar, as a data file in
 * src/reference-data/holidays/ (domain.md §10: the list changes every year by
 * decree, so it is data, not code).
 */
const isoDate = z.string().refine(isIsoDate, { error: "expected a date YYYY-MM-DD" });

export const calendarDaySchema = z.strictObject({
  date: isoDate,
  kind: z.enum(["holiday", "movedDayOff", "transferredDayOff", "workingWeekendDay"]),
  /** Holiday key for localisation (camelCase). */
  name: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, { error: "expected a camelCase key" }),
  from: isoDate.optional(),
  to: isoDate.optional(),
  provisional: z.boolean().optional(),
  /** Legal basis of this entry (law article, decree, order). */
  basis: z.string().min(1).optional(),
  note: z.string().optional(),
});

export const holidayYearSchema = z
  .strictObject({
    calendarId: z.string().regex(/^[a-z0-9-]+$/),
    year: z.number().int().min(1990).max(2100),
    /** Where the dates come from. */
    source: z.string().min(1),
    references: z.array(z.string()).optional(),
    /** "final" once the year's transfers are published; "provisional" before. */
    status: z.enum(["final", "provisional"]),
    days: z.array(calendarDaySchema),
  })
  .superRefine((y, ctx) => {
    const seen = new Set<string>();
    y.days.forEach((d, i) => {
      const path = ["days", i];
      if (!isIsoDate(d.date)) return;
      if (yearOf(d.date) !== y.year) ctx.addIssue({ code: "custom", path: [...path, "date"], message: `date is not in ${y.year}` });
      if (seen.has(d.date)) ctx.addIssue({ code: "custom", path: [...path, "date"], message: `duplicate date ${d.date}` });
      seen.add(d.date);
      const weekend = isWeekend(d.date);
      if (d.kind === "workingWeekendDay" && !weekend) {
        ctx.addIssue({ code: "custom", path: [...path, "kind"], message: "a working weekend day must be a Saturday or Sunday" });
      }
      if ((d.kind === "movedDayOff" || d.kind === "transferredDayOff") && weekend) {
        ctx.addIssue({ code: "custom", path: [...path, "kind"], message: "a moved/transferred day off must be a weekday" });
      }
      if ((d.kind === "movedDayOff" || d.kind === "transferredDayOff") && d.from === undefined) {
        ctx.addIssue({ code: "custom", path: [...path, "from"], message: "required for a moved/transferred day off" });
      }
      if (d.kind === "workingWeekendDay" && d.to === undefined) {
        ctx.addIssue({ code: "custom", path: [...path, "to"], message: "required for a working weekend day" });
      }
    });
  });

export type HolidayYearFile = z.output<typeof holidayYearSchema>;
