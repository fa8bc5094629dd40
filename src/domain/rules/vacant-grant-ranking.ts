import { RuleInputError } from "./errors.js";
import { computeGpa, gpaHundredths } from "./gpa.js";
import type { GradeInput } from "./gpa.js";
import type { Letter } from "./grade-scale.js";
import { info } from "./reason.js";
import type { GradeCategory, Reason } from "./reason.js";
import type { GpaRounding } from "./types.js";

export interface GrantCandidate {
  id: string;
  /** Grades of the whole study (the latest grade of each course counts). */
  grades: readonly GradeInput[];
}

export interface RankedCandidate {
  id: string;
  /** 1 = best; candidates tied on GPA and category share a rank. */
  rank: number;
  gpa: number;
  publishedGpa: number;
  category: GradeCategory;
}

export interface GrantRanking {
  /** Ids, best first (ties in input order). */
  ranking: string[];
  candidates: RankedCandidate[];
  reasons: Reason[];
}

const EXCELLENT: ReadonlySet<Letter> = new Set(["A", "A-"]);
const EXCELLENT_OR_GOOD: ReadonlySet<Letter> = new Set(["A", "A-", "B+", "B", "B-", "C+"]);
const CATEGORY_ORDER: Readonly<Record<GradeCategory, number>> = { onlyExcellent: 0, excellentAndGood: 1, mixed: 2 };

/** R-23 3.12 tie-breaker: only A/A-, then A…C+, then mixed grades over the whole study. */
export function gradeCategory(letters: readonly Letter[]): GradeCategory {
  if (letters.every((l) => EXCELLENT.has(l))) return "onlyExcellent";
  if (letters.every((l) => EXCELLENT_OR_GOOD.has(l))) return "excellentAndGood";
  return "mixed";
}

/**
 * R-23 3.12: vacant grants go to paid students by GPA (compared at published
 * precision, domain.md §10); equal GPAs are ordered by grade category.
 * Candidates still equal share a rank.
 */
export function rankGrantCandidates(candidates: readonly GrantCandidate[], options: { gpaRounding?: GpaRounding } = {}): GrantRanking {
  const rounding = options.gpaRounding ?? "halfUp";
  const seen = new Set<string>();
  const scored = candidates.map((c, order) => {
    if (seen.has(c.id)) throw new RuleInputError("duplicateCandidate", { id: c.id });
    seen.add(c.id);
    const r = computeGpa(c.grades);
    return {
      id: c.id,
      order,
      gpa: r.gpa,
      hundredths: gpaHundredths(r.gpa, rounding),
      category: gradeCategory(r.grades.map((g) => g.letter)),
    };
  });
  scored.sort((a, b) => b.hundredths - a.hundredths || CATEGORY_ORDER[a.category] - CATEGORY_ORDER[b.category] || a.order - b.order);
  const ranked: RankedCandidate[] = [];
  scored.forEach((s, i) => {
    const prev = scored[i - 1];
    const prevRank = ranked[i - 1]?.rank;
    const tied = prev !== undefined && prev.hundredths === s.hundredths && prev.category === s.category;
    ranked.push({
      id: s.id,
      rank: tied && prevRank !== undefined ? prevRank : i + 1,
      gpa: s.gpa,
      publishedGpa: s.hundredths / 100,
      category: s.category,
    });
  });
  const reasons: Reason[] = ranked.map((r) =>
    info("R-23 3.12", {
      code: "grantRank",
      id: r.id,
      rank: r.rank,
      gpa: r.publishedGpa,
      category: r.category,
      tiedWith: ranked.filter((o) => o.rank === r.rank && o.id !== r.id).map((o) => o.id),
    }),
  );
  return { ranking: ranked.map((r) => r.id), candidates: ranked, reasons };
}
