import { checkPracticeWeeks } from "../../src/domain/practice/placement.js";
import { MAX_ATTEMPTS } from "../support/ask.js";
import { checkDate } from "./checks.js";
import type { GroupFlow } from "./kit.js";

/** QP-06 3.6: start, end and weeks are checked together by the service; only missing ones are asked. */
export const fillDates: GroupFlow = async (kit, force) => {
  const { ask } = kit;
  const known = force ? null : kit.snap;
  if (known?.startDate && known.endDate && known.weeks) return "done";
  for (let round = 0; round < MAX_ATTEMPTS; round++) {
    const have = round === 0 && !force ? kit.snap : null;
    const startDate = have?.startDate ?? (await ask.text({ question: "base-ask-start", check: checkDate, errorPrefix: "placement-date" }));
    const endDate = have?.endDate ?? (await ask.text({ question: "base-ask-end", check: checkDate, errorPrefix: "placement-date" }));
    const weeks = have?.weeks ?? (await ask.text({ question: "base-ask-weeks", check: checkPracticeWeeks, errorPrefix: "placement-date" }));
    if (await kit.saveOrSay({ startDate, endDate, weeks })) return "done";
  }
  return ask.giveUp();
};
