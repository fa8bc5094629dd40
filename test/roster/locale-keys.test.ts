import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/config/config.js";
import { ACTIONS, type DenyReason } from "../../src/domain/access/policy.js";
import { ISSUE_KINDS, ISSUE_REASONS, issueKey } from "../../src/domain/practice/issues.js";
import { PLACEMENT_STATUSES, PRACTICE_TYPES, SUBMISSION_FIELDS } from "../../src/domain/practice/placement.js";
import { localesDir } from "../../src/paths.js";
import { ROSTER_COLUMNS } from "../../src/services/roster/columns.js";
import type { RosterFileRejection } from "../../src/services/roster/parse.js";
import { ROSTER_ERROR_REASONS } from "../../src/services/roster/validate.js";

function keysOf(locale: string): Set<string> {
  const dir = join(localesDir(), locale);
  const keys = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ftl"))) {
    for (const entry of new FluentResource(readFileSync(join(dir, file), "utf8")).body) keys.add(entry.id);
  }
  return keys;
}

describe("locales of placements and rosters: every key the services' codes lead to exists in kk, ru and en", () => {
  const fileRejections: Record<RosterFileRejection, true> = {
    "too-large": true,
    "unsupported-type": true,
    empty: true,
    unreadable: true,
    "too-many-rows": true,
  };
  const denials: Record<DenyReason, true> = {
    noRole: true,
    notOwnRecord: true,
    notAssigned: true,
    notLinked: true,
    otherDepartment: true,
    organisationSupervisorApproves: true,
    notConfirmed: true,
  };
  const keys = [
    ...ROSTER_ERROR_REASONS.map((reason) => `roster-error-${reason}`),
    ...ROSTER_COLUMNS.map((column) => `roster-column-${column}`),
    ...Object.keys(fileRejections).map((reason) => `roster-file-${reason}`),
    ...ISSUE_KINDS.flatMap((kind) => ISSUE_REASONS[kind].map((reason) => issueKey({ kind, reason }))),
    ...PLACEMENT_STATUSES.map((status) => `placement-status-${status}`),
    ...PRACTICE_TYPES.map((type) => `placement-type-${type}`),
    ...SUBMISSION_FIELDS.map((field) => `placement-field-${field}`),
    ...Object.keys(denials).map((reason) => `placement-denied-${reason}`),
  ];

  it.each(LOCALES)("%s", (locale) => {
    const have = keysOf(locale);
    expect(keys.filter((key) => !have.has(key))).toEqual([]);
    expect(keys.length).toBeGreaterThan(90);
  });

  it("the policy's action list is not empty (the lead renders refusals per action)", () => {
    expect(ACTIONS.length).toBeGreaterThan(15);
  });
});
