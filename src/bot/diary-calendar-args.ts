import { z } from "zod";
import { daysBetween, isIsoDate, type IsoDate } from "../domain/rules/dates.js";
import { EXCUSE_MAX_DAYS, PERMIT_MAX_DAYS } from "../services/diary/diary-calendar.service.js";

/** Why a `/permit` or `/excuse` line was not understood (locale key `diary-calendar-args-<code>`). */
export type CalendarArgsError = "usage" | "badDate" | "badRange" | "tooManyDays" | "reasonLength";

export const EXCUSE_REASON = { min: 3, max: 300 } as const;

const studentNumber = z.string().regex(/^[\p{L}\p{N}][\p{L}\p{N}_.\-/]{0,39}$/u);
/** "dd.mm.yyyy" → ISO date (a day that exists), else the zod issue "badDate". */
const dottedDay = z
  .string()
  .regex(/^\d{1,2}\.\d{1,2}\.\d{4}$/, { error: "badDate" })
  .transform((s, ctx): IsoDate => {
    const [d = "", m = "", y = ""] = s.split(".");
    const iso = `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
    if (!isIsoDate(iso)) {
      ctx.addIssue({ code: "custom", message: "badDate" });
      return z.NEVER;
    }
    return iso;
  });

const permitSchema = z.object({
  studentNumber,
  dates: z
    .string()
    .transform((s) => s.split(",").filter((x) => x.trim() !== ""))
    .pipe(z.array(z.string().trim().pipe(dottedDay)).min(1, { error: "usage" }).max(PERMIT_MAX_DAYS, { error: "tooManyDays" })),
});

const excuseSchema = z
  .object({
    studentNumber,
    from: dottedDay,
    to: dottedDay,
    reason: z
      .string()
      .trim()
      .refine((r) => [...r].length >= EXCUSE_REASON.min && [...r].length <= EXCUSE_REASON.max, { error: "reasonLength" }),
  })
  .superRefine((v, ctx) => {
    if (v.to < v.from) ctx.addIssue({ code: "custom", message: "badRange" });
    else if (daysBetween(v.from, v.to) + 1 > EXCUSE_MAX_DAYS) ctx.addIssue({ code: "custom", message: "tooManyDays" });
  });

type Parsed<T> = { ok: true; value: T } | { ok: false; error: CalendarArgsError };

function errorOf(error: z.ZodError): CalendarArgsError {
  const known: readonly string[] = ["badDate", "badRange", "tooManyDays", "reasonLength"];
  const message = error.issues.find((i) => known.includes(i.message))?.message;
  return (message as CalendarArgsError | undefined) ?? "usage";
}

/** `/permit <student number> <dd.mm.yyyy>[,dd.mm.yyyy…]` */
export function parsePermitArgs(match: string): Parsed<{ studentNumber: string; dates: IsoDate[] }> {
  const [number = "", ...rest] = match.trim().split(/\s+/);
  const r = permitSchema.safeParse({ studentNumber: number, dates: rest.join("") });
  return r.success ? { ok: true, value: r.data } : { ok: false, error: errorOf(r.error) };
}

/** `/excuse <student number> <dd.mm.yyyy>[-dd.mm.yyyy] <reason>` */
export function parseExcuseArgs(match: string): Parsed<{ studentNumber: string; from: IsoDate; to: IsoDate; reason: string }> {
  const m = /^\s*(\S+)\s+(\S+?)(?:\s*[-–—]\s*(\d{1,2}\.\d{1,2}\.\d{4}))?(?:\s+([\s\S]*))?$/u.exec(match);
  if (!m) return { ok: false, error: "usage" };
  const r = excuseSchema.safeParse({ studentNumber: m[1], from: m[2], to: m[3] ?? m[2], reason: m[4] ?? "" });
  return r.success ? { ok: true, value: r.data } : { ok: false, error: errorOf(r.error) };
}
