import { z } from "zod";
import { practiceDeadlines, PRACTICE_TYPES } from "../domain/rules/practice-deadlines.js";
import { isRuleInputError } from "../domain/rules/errors.js";
import type { Policy } from "../domain/policies/policy-schema.js";
import type { WorkingCalendar } from "../domain/rules/working-calendar.js";
import { int, isoDate, oneOf } from "../validation/fields.js";
import type { InputProblem } from "./format-issues.js";

export interface DeadlinesArgs {
  policy?: string | undefined;
  type?: string | undefined;
  start?: string | undefined;
  weeks?: string | undefined;
}

/** `deadlines --policy iitu --type production --start YYYY-MM-DD --weeks N`. */
export function runDeadlines(
  args: DeadlinesArgs,
  ctx: { policies: ReadonlyMap<string, Policy>; calendars: ReadonlyMap<string, WorkingCalendar>; defaultPolicyId: string },
): { output?: unknown; problems: InputProblem[] } {
  const ids = [...ctx.policies.keys()].sort();
  const schema = z.strictObject({
    "--policy": oneOf(ids),
    "--type": oneOf(PRACTICE_TYPES),
    "--start": isoDate,
    "--weeks": int(1, 52),
  });
  const weeks = args.weeks === undefined ? undefined : /^\d+$/.test(args.weeks) ? Number(args.weeks) : args.weeks;
  const parsed = schema.safeParse({
    "--policy": args.policy ?? ctx.defaultPolicyId,
    "--type": args.type,
    "--start": args.start,
    "--weeks": weeks,
  });
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((i) => ({ path: String(i.path[0] ?? ""), message: i.message })) };
  }
  const v = parsed.data;
  const policy = ctx.policies.get(v["--policy"]);
  const calendar = policy ? ctx.calendars.get(policy.holidayCalendar) : undefined;
  if (!policy || !calendar) return { problems: [{ path: "--policy", message: "policy or its calendar not loaded" }] };
  try {
    const list = practiceDeadlines(policy, calendar, { type: v["--type"], start: v["--start"], weeks: v["--weeks"] });
    return { output: list, problems: [] };
  } catch (e) {
    if (isRuleInputError(e) && e.code === "calendarYearNotCovered") {
      return {
        problems: [
          {
            path: "--start",
            message: `the holiday calendar "${calendar.id}" has no data for ${String(e.detail.year)} (years covered: ${[...calendar.years].sort().join(", ")})`,
          },
        ],
      };
    }
    throw e;
  }
}
