/** Decision states of a practice base (QP-06 4.1; KazUTB 8.1, 8.3: the department checks the base). */
export const ORGANISATION_STATUSES = ["proposed", "approved", "rejected"] as const;
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];

/** ISO 3166-1 alpha-2 of Kazakhstan: organisations registered here have a BIN (domain.md §3). */
export const HOME_COUNTRY = "KZ";

/** ISO 3166-1 alpha-2 country code, upper-cased; null when it is not two Latin letters. */
export function normaliseCountry(input: string): string | null {
  const text = input.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(text) ? text : null;
}
