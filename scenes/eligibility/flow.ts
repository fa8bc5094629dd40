import type { EligibilityKit } from "./kit.js";

/** One check of `/eligibility`: what it takes from the profile, and its questions and answer. */
export interface EligibilityFlow {
  /** Lines of "From your profile:" for the values this check takes instead of asking. */
  prefilled(kit: EligibilityKit): string[];
  run(kit: EligibilityKit): Promise<void>;
}

/** "level of study: …" when the profile gives it. */
export function prefilledLevel(kit: EligibilityKit): string[] {
  return kit.profile ? [kit.t("elig-prefilled-level", { level: kit.profile.level })] : [];
}

/** "the first academic period is completed" for a student in year 2 or later (R-23 3.1). */
export function prefilledFirstPeriod(kit: EligibilityKit): string[] {
  return kit.profile && kit.profile.course >= 2 ? [kit.t("elig-prefilled-first-period", { course: kit.profile.course })] : [];
}

/** "funding: … (as recorded by your department)". */
export function prefilledFunding(kit: EligibilityKit): string[] {
  return kit.record?.funding ? [kit.t("elig-prefilled-funding", { funding: kit.record.funding })] : [];
}
