import dayjs from "dayjs";
import utc from "dayjs/plugin/utc.js";
import timezone from "dayjs/plugin/timezone.js";

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * Kazakhstan moved to a single time zone, UTC+5, on 1 March 2024 (domain.md §10; tz 2024a).
 * Returns a problem description when the platform's time-zone data predates that, else null.
 */
export function checkTimeZoneData(zone = "Asia/Almaty"): string | null {
  const offset = dayjs.tz("2024-06-01T12:00:00", zone).utcOffset();
  if (offset === 300) return null;
  return `time-zone data is older than tz 2024a: ${zone} shows UTC${offset >= 0 ? "+" : ""}${offset / 60} in June 2024, expected UTC+5. Update the system tzdata or Node.js.`;
}
