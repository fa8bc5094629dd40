export { policySchema, promotionThresholdSchema, DEADLINE_POLICY_KEYS, CITATION_KEYS } from "./policy-schema.js";
export type { Policy, PolicyFile } from "./policy-schema.js";
export { holidayYearSchema, calendarDaySchema } from "./holiday-calendar-schema.js";
export type { HolidayYearFile } from "./holiday-calendar-schema.js";
export {
  DEFAULT_POLICY_ID,
  UnknownPolicyError,
  resolvePolicy,
  latestVersions,
  requiredHours,
  promotionOptions,
  reinstatementOptions,
  programmeChangeOptions,
} from "./helpers.js";
