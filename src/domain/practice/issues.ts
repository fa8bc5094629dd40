import { PLACEMENT_REASONS } from "./placement.js";

/**
 * A refused field of a placement or organisation form. `kind` groups the reasons by the check that
 * produced them; the bot shows the message `placement-<kind>-<reason>` (locales/…/roster.ftl).
 */
export const ISSUE_KINDS = ["required", "bin", "phone", "email", "name", "text", "date", "country", "organisation", "status"] as const;
export type IssueKind = (typeof ISSUE_KINDS)[number];

export interface FieldIssue {
  field: string;
  kind: IssueKind;
  reason: string;
  params?: Record<string, string | number>;
}

/** Every reason code per kind (the locale test checks each `placement-<kind>-<reason>` key exists). */
export const ISSUE_REASONS: Readonly<Record<IssueKind, readonly string[]>> = {
  required: ["missing"],
  bin: ["format", "check-digit", "not-for-foreign"],
  phone: ["characters", "length", "prefix", "not-kazakhstan"],
  email: ["format", "too-long"],
  name: ["too-short", "too-long", "letters-only", "need-surname-and-name", "too-many-words"],
  text: ["too-short", "too-long"],
  date: PLACEMENT_REASONS,
  country: ["format"],
  organisation: ["not-found", "rejected"],
  status: ["locked"],
};

export function issueKey(issue: Pick<FieldIssue, "kind" | "reason">): string {
  return `placement-${issue.kind}-${issue.reason}`;
}
