import type { z } from "zod";
import type { GradeInput } from "../domain/rules/gpa.js";
import { evaluateTransferIn } from "../domain/rules/transfer-in.js";
import { rankGrantCandidates } from "../domain/rules/vacant-grant-ranking.js";
import { isRuleInputError } from "../domain/rules/errors.js";
import type { Reason } from "../domain/rules/reason.js";
import { parseLetter } from "../domain/rules/grade-scale.js";
import type { Policy } from "../domain/policies/policy-schema.js";
import {
  runHonoursCheck,
  runProgrammeChangeCheck,
  runPromotionCheck,
  runReinstatementCheck,
  runTransferOutCheck,
} from "../domain/eligibility/checks.js";
import type { CheckContext } from "../domain/eligibility/checks.js";
import { CHECKS, makeSchemas } from "./eligibility-schema.js";
import { oneOf } from "../validation/fields.js";
import type { CheckName, Schemas, SchemaContext } from "./eligibility-schema.js";
import { formatPath, problemsFromZod } from "./format-issues.js";
import type { InputProblem } from "./format-issues.js";

export type JsonObject = Record<string, unknown>;

type Out<K extends CheckName> = z.output<Schemas[K]>;
type GradeOut = { course: string; credits: number; letter: string; retake?: boolean | undefined; attempt?: number | undefined };

function grades(gs: readonly GradeOut[]): GradeInput[] {
  return gs.map((g) => {
    const out: GradeInput = { course: g.course, credits: g.credits, letter: g.letter };
    if (g.retake !== undefined) out.retake = g.retake;
    if (g.attempt !== undefined) out.attempt = g.attempt;
    return out;
  });
}

export interface Evaluator {
  schemas: Schemas;
  ctx: SchemaContext;
}

export function makeEvaluator(ctx: SchemaContext): Evaluator {
  return { schemas: makeSchemas(ctx), ctx };
}

function policyFor(ev: Evaluator, id: string | undefined): Policy {
  const p = ev.ctx.policies.get(id ?? ev.ctx.defaultPolicyId);
  if (!p) throw new Error(`policy ${String(id)} not loaded`);
  return p;
}

/** The policy named by the item (default otherwise) on the CLI's calendar. */
function contextFor(ev: Evaluator, id: string | undefined): CheckContext {
  return { policy: policyFor(ev, id), calendar: ev.ctx.calendar };
}

export function evaluatePromotionItem(ev: Evaluator, v: Out<"promotion">): JsonObject {
  const context = contextFor(ev, v.policy);
  const policy = context.policy;
  const { verdict, publishedGpa } = runPromotionCheck(context, {
    level: v.level,
    course: v.course,
    funding: v.funding,
    gpa: v.gpa,
    credits: v.credits,
    academicDebts: v.academicDebts,
    grades: v.grades === undefined ? undefined : grades(v.grades),
  });
  return {
    id: v.id, // undefined ids vanish in JSON output
    check: "promotion",
    eligible: verdict.eligible,
    toCourse: verdict.toCourse,
    gpa: publishedGpa,
    credits: verdict.credits,
    losesGrant: verdict.losesGrant,
    outcome: verdict.outcome,
    paidRetakes: verdict.paidRetakes,
    policy: policy.id,
    reasons: verdict.reasons,
  };
}

function evaluateItem(ev: Evaluator, check: CheckName, raw: unknown): { value?: JsonObject; problems?: InputProblem[] } {
  const schema = ev.schemas[check];
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { problems: problemsFromZod(parsed.error) };
  switch (check) {
    case "promotion":
      return { value: evaluatePromotionItem(ev, parsed.data as Out<"promotion">) };
    case "programChange": {
      const v = parsed.data as Out<"programChange">;
      const context = contextFor(ev, v.policy);
      const policy = context.policy;
      const r = runProgrammeChangeCheck(context, {
        date: v.date,
        nextPeriodStart: v.nextPeriodStart,
        firstPeriodCompleted: v.firstPeriodCompleted,
        relatedProgramme: v.relatedProgramme,
        funding: v.funding,
        ...(v.fromCreativeProgramme !== undefined && { fromCreativeProgramme: v.fromCreativeProgramme }),
        ...(v.toPedagogicalProgramme !== undefined && { toPedagogicalProgramme: v.toPedagogicalProgramme }),
        ...(v.holidayStart !== undefined && { holidayStart: v.holidayStart }),
      });
      return {
        value: {
          id: v.id,
          check,
          eligible: r.eligible,
          applyBy: r.applyBy,
          losesGrant: r.losesGrant,
          needsUnt: r.needsUnt,
          paidOnly: r.paidOnly,
          fundingAfter: r.fundingAfter,
          policy: policy.id,
          reasons: r.reasons,
        },
      };
    }
    case "transferOut": {
      const v = parsed.data as Out<"transferOut">;
      const context = contextFor(ev, v.policy);
      const policy = context.policy;
      const r = runTransferOutCheck(context, {
        date: v.date,
        nextPeriodStart: v.nextPeriodStart,
        firstPeriodCompleted: v.firstPeriodCompleted,
        level: v.level,
        funding: v.funding,
        ...(v.holidayStart !== undefined && { holidayStart: v.holidayStart }),
      });
      return {
        value: {
          id: v.id,
          check,
          eligible: r.eligible,
          applyBy: r.applyBy,
          paidOnly: r.paidOnly,
          reviewedBy: r.reviewedBy,
          policy: policy.id,
          reasons: r.reasons,
        },
      };
    }
    case "transferIn": {
      const v = parsed.data as Out<"transferIn">;
      const r = evaluateTransferIn({
        date: v.date,
        nextPeriodStart: v.nextPeriodStart,
        firstPeriodCompleted: v.firstPeriodCompleted,
        fromForeignUniversity: v.fromForeignUniversity,
        funding: v.funding,
        ...(v.fromCreativeProgramme !== undefined && { fromCreativeProgramme: v.fromCreativeProgramme }),
      });
      return {
        value: {
          id: v.id,
          check,
          eligible: r.eligible,
          applyBy: r.applyBy,
          paidOnly: r.paidOnly,
          paysGrantDifference: r.paysGrantDifference,
          needsUnt: r.needsUnt,
          reasons: r.reasons,
        },
      };
    }
    case "reinstatement": {
      const v = parsed.data as Out<"reinstatement">;
      const context = contextFor(ev, v.policy);
      const policy = context.policy;
      const r = runReinstatementCheck(context, {
        level: v.level,
        expelledOn: v.expelledOn,
        date: v.date,
        reason: v.reason,
        nextPeriodStart: v.nextPeriodStart,
        ...(v.debtPaid !== undefined && { debtPaid: v.debtPaid }),
      });
      return {
        value: {
          id: v.id,
          check,
          eligible: r.eligible,
          deadline: r.deadline,
          paidOnly: r.paidOnly,
          route: r.route,
          policy: policy.id,
          reasons: r.reasons,
          otherRoute: r.otherRoute,
        },
      };
    }
    case "honours": {
      const v = parsed.data as Out<"honours">;
      const r = runHonoursCheck(contextFor(ev, v.policy), {
        grades: grades(v.grades),
        finalAttestation: parseLetter(v.finalAttestation),
        retakes: v.retakes,
      });
      return {
        value: {
          id: v.id,
          check,
          eligible: r.eligible,
          gpa: r.publishedGpa,
          reasons: r.reasons,
        },
      };
    }
    case "grantRanking": {
      const v = parsed.data as Out<"grantRanking">;
      const policy = policyFor(ev, v.policy);
      const r = rankGrantCandidates(
        v.candidates.map((c) => ({ id: String(c.id), grades: grades(c.grades) })),
        { gpaRounding: policy.gpaRounding },
      );
      return {
        value: {
          id: v.id,
          check,
          ranking: r.ranking,
          candidates: r.candidates.map((c) => ({ id: c.id, rank: c.rank, gpa: c.publishedGpa, category: c.category })),
          reasons: r.reasons,
        },
      };
    }
  }
}

const checkSchema = oneOf(CHECKS);

export interface EligibilityRun {
  /** Output mirroring the input shape (object → object, array → array). */
  output: unknown;
  problems: InputProblem[];
}

/** Validates every item first; evaluates only when the whole input is valid. */
export function runEligibility(ev: Evaluator, input: unknown): EligibilityRun {
  const isArray = Array.isArray(input);
  const items: unknown[] = isArray ? input : [input];
  const problems: InputProblem[] = [];
  const results: JsonObject[] = [];
  if (!isArray && (typeof input !== "object" || input === null)) {
    return { output: null, problems: [{ path: "", message: "expected a JSON object or an array of objects" }] };
  }
  items.forEach((item, i) => {
    const prefix = isArray ? `[${i}]` : "";
    if (typeof item !== "object" || item === null || Array.isArray(item)) {
      problems.push({ path: prefix, message: 'expected an object with a "check" field' });
      return;
    }
    const check = checkSchema.safeParse((item as JsonObject)["check"]);
    if (!check.success) {
      problems.push({ path: formatPath(["check"], prefix), message: check.error.issues[0]?.message ?? "invalid check" });
      return;
    }
    try {
      const r = evaluateItem(ev, check.data, item);
      if (r.problems) problems.push(...r.problems.map((p) => ({ path: prefixPath(prefix, p.path), message: p.message })));
      else if (r.value) results.push(r.value);
    } catch (e) {
      if (!isRuleInputError(e)) throw e;
      problems.push({ path: prefix, message: `${e.code} ${JSON.stringify(e.detail)}` });
    }
  });
  return { output: problems.length > 0 ? null : isArray ? results : results[0], problems };
}

function prefixPath(prefix: string, path: string): string {
  if (prefix === "") return path;
  if (path === "") return prefix;
  return path.startsWith("[") ? `${prefix}${path}` : `${prefix}.${path}`;
}

/** Criteria not met, as "R-23 5.7 minGpa" (for tables). */
export function failingRuleLabels(reasons: readonly Reason[]): string[] {
  return reasons
    .filter((r) => r.kind === "criterion" && !r.met && r.detail.code !== "promotionRule")
    .map((r) => `${r.rule} ${r.detail.code}`);
}
