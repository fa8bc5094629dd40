/**
 * Typed input errors of the rules module. The message is a machine string
 * (`code` + JSON detail), never user prose: callers (bot, CLI) localise by `code`.
 */
export type RuleErrorCode =
  | "unknownLetter"
  | "scoreOutOfRange"
  | "invalidCredits"
  | "noCredits"
  | "invalidGpa"
  | "invalidDate"
  | "invalidCourse"
  | "noPromotionRow"
  | "calendarYearNotCovered"
  | "invalidCount"
  | "dateBeforeExpulsion"
  | "duplicateCandidate";

export class RuleInputError extends Error {
  override readonly name = "RuleInputError";
  readonly code: RuleErrorCode;
  readonly detail: Readonly<Record<string, unknown>>;

  constructor(code: RuleErrorCode, detail: Record<string, unknown> = {}) {
    super(`${code} ${JSON.stringify(detail)}`);
    this.code = code;
    this.detail = detail;
  }
}

export function isRuleInputError(e: unknown): e is RuleInputError {
  return e instanceof RuleInputError;
}
