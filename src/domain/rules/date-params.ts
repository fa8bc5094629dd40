import { dottedDate, isIsoDate } from "./dates.js";

/**
 * Message parameters as a user reads them: every ISO calendar date («2027-01-29») becomes dd.mm.yyyy («29.01.2027»),
 * the form Kazakh and Russian university letters use; other values are kept. Rules return ISO dates, views show these.
 */
export function withDottedDates<T extends Record<string, string | number>>(params: T): T;
export function withDottedDates<T extends Record<string, string | number>>(params: T | undefined): T | undefined;
export function withDottedDates<T extends Record<string, string | number>>(params: T | undefined): T | undefined {
  if (params === undefined) return undefined;
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, isIsoDate(value) ? dottedDate(value) : value])) as T;
}
