import type { Policy } from "./policy-schema.js";
import type { PromotionOptions } from "../rules/promotion.js";
import type { ReinstatementOptions } from "../rules/reinstatement.js";
import type { ProgrammeChangeOptions } from "../rules/programme-change.js";

/** The default university policy (IITU: QP-06, R-23). */
export const DEFAULT_POLICY_ID = "iitu";

export class UnknownPolicyError extends Error {
  override readonly name = "UnknownPolicyError";
  readonly code = "unknownPolicy";
  constructor(
    readonly policyId: string,
    readonly known: readonly string[],
  ) {
    super(`unknownPolicy ${JSON.stringify({ policyId, known })}`);
  }
}

/** Picks a policy by id (default DEFAULT_POLICY_ID); throws UnknownPolicyError. */
export function resolvePolicy(policies: ReadonlyMap<string, Policy>, id: string = DEFAULT_POLICY_ID): Policy {
  const p = policies.get(id);
  if (!p) throw new UnknownPolicyError(id, [...policies.keys()].sort());
  return p;
}

/** Of several versions of one policy id, the highest version is in force. */
export function latestVersions(policies: readonly Policy[]): Map<string, Policy> {
  const out = new Map<string, Policy>();
  for (const p of policies) {
    const prev = out.get(p.id);
    if (!prev || p.version > prev.version) out.set(p.id, p);
  }
  return out;
}

/** QP-06 3.6: hours required for a practice of `weeks` weeks. */
export function requiredHours(policy: Pick<Policy, "hoursPerDay" | "daysPerWeek">, weeks: number): number {
  return weeks * policy.hoursPerDay * policy.daysPerWeek;
}

export function promotionOptions(policy: Policy): PromotionOptions {
  return {
    promotionRule: policy.promotionRule,
    gpaRounding: policy.gpaRounding,
    promotionThresholds: policy.promotionThresholds,
  };
}

export function reinstatementOptions(policy: Policy): ReinstatementOptions {
  return {
    reinstatementYears: policy.reinstatementYears,
    nonPaymentReinstatementWeeks: policy.nonPaymentReinstatementWeeks,
    applicationCutoffWorkingDays: policy.applicationCutoffWorkingDays,
  };
}

export function programmeChangeOptions(policy: Policy): ProgrammeChangeOptions {
  return {
    programmeChangePaidOnly: policy.programmeChangePaidOnly,
    applicationCutoffWorkingDays: policy.applicationCutoffWorkingDays,
  };
}
