/** Shared value types of the rules module. */

export const LEVELS = ["bachelor", "master", "phd"] as const;
export type Level = (typeof LEVELS)[number];

/** `targetedGrant`: a bachelor state grant bound to this university (R-23 4.1). */
export const FUNDINGS = ["grant", "targetedGrant", "paid"] as const;
export type Funding = (typeof FUNDINGS)[number];

export function isGrantFunded(funding: Funding): boolean {
  return funding !== "paid";
}

/** Funding where a targeted grant counts as any other grant (promotion, programme change). */
export const GRANT_OR_PAID = FUNDINGS.filter((funding): funding is Exclude<Funding, "targetedGrant"> => funding !== "targetedGrant");

/** The funding a student of `level` can have: R-23 4.1–4.2, only a bachelor's state grant can be targeted. */
export function fundingsFor(level: Level): readonly Funding[] {
  return level === "bachelor" ? FUNDINGS : GRANT_OR_PAID;
}

export function isLevel(value: unknown): value is Level {
  return typeof value === "string" && (LEVELS as readonly string[]).includes(value);
}

export function isFunding(value: unknown): value is Funding {
  return typeof value === "string" && (FUNDINGS as readonly string[]).includes(value);
}

/** R-23 5.3 (both criteria) vs R-23 5.7 wording ("или": either criterion). */
export type PromotionRule = "both" | "either";

/**
 * How a computed GPA becomes the two-decimal published value that is compared
 * (domain.md §10). `halfUp`: 1.665 → 1.67 (transcript rounding, default);
 * `truncate`: 1.669 → 1.66. Both neutralise floating-point noise first.
 */
export type GpaRounding = "halfUp" | "truncate";
