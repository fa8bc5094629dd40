import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/config/config.js";
import { localesDir } from "../../src/paths.js";
import { ROLES } from "../../src/persistence/models/user.model.js";
import { FUNDINGS, LEVELS } from "../../src/domain/rules/types.js";
import { EXPULSION_REASONS } from "../../src/domain/rules/reinstatement.js";
import type { GradeLineErrorCode } from "../../src/domain/rules/grades-text.js";
import type { AcceptResult } from "../../src/services/invitation.service.js";
import { ELIGIBILITY_CHECKS, GPA_SOURCES } from "../../scenes/eligibility/choices.js";
import { SCENES } from "../../scenes/ids.js";
import type { RoleConflict } from "../../src/domain/access/role-conflicts.js";
import { REVOCABLE_ROLES } from "../../src/services/staff-roles.service.js";

/** Plural categories each language needs (CLDR): Russian one/few/many/other, Kazakh and English one/other. */
const PLURAL_CATEGORIES: Record<string, string[]> = {
  kk: new Intl.PluralRules("kk").resolvedOptions().pluralCategories,
  ru: new Intl.PluralRules("ru").resolvedOptions().pluralCategories,
  en: new Intl.PluralRules("en").resolvedOptions().pluralCategories,
};

interface Entry {
  attributes: string[];
  variables: Set<string>;
  selects: Array<{ selector: string; keys: string[] }>;
}

function walk(node: unknown, entry: Entry): void {
  if (Array.isArray(node)) return node.forEach((n) => walk(n, entry));
  if (typeof node !== "object" || node === null) return;
  const n = node as Record<string, any>;
  if (n["type"] === "var") entry.variables.add(n["name"]);
  if (n["type"] === "select") {
    const selector = n["selector"]?.["type"] === "var" ? n["selector"]["name"] : "?";
    entry.selects.push({ selector, keys: n["variants"].map((v: any) => String(v.key.value)) });
  }
  for (const value of Object.values(n)) walk(value, entry);
}

function load(locale: string): Map<string, Entry> {
  const dir = join(localesDir(), locale);
  const entries = new Map<string, Entry>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ftl"))) {
    const resource = new FluentResource(readFileSync(join(dir, file), "utf8"));
    for (const message of resource.body as any[]) {
      if (entries.has(message.id)) throw new Error(`${locale}/${file}: duplicate key ${message.id}`);
      const entry: Entry = { attributes: Object.keys(message.attributes ?? {}).sort(), variables: new Set(), selects: [] };
      walk([message.value, message.attributes], entry);
      entries.set(message.id, entry);
    }
  }
  return entries;
}

const catalogues = Object.fromEntries(LOCALES.map((l) => [l, load(l)])) as Record<string, Map<string, Entry>>;

describe("locales", () => {
  it("kk, ru and en define exactly the same keys and attributes", () => {
    const all = new Set(LOCALES.flatMap((l) => [...catalogues[l]!.keys()]));
    for (const locale of LOCALES) {
      const missing = [...all].filter((key) => !catalogues[locale]!.has(key));
      expect(missing, `missing in ${locale}`).toEqual([]);
      for (const [key, entry] of catalogues[locale]!) {
        expect(entry.attributes, `${locale} ${key} attributes`).toEqual(catalogues["en"]!.get(key)!.attributes);
      }
    }
  });

  it("every translation uses the same variables as English", () => {
    for (const locale of LOCALES) {
      for (const [key, entry] of catalogues[locale]!) {
        expect([...entry.variables].sort(), `${locale} ${key}`).toEqual([...catalogues["en"]!.get(key)!.variables].sort());
      }
    }
  });

  it("plural selections cover every CLDR category of their language (ru: one/few/many/other; kk, en: one/other)", () => {
    for (const locale of LOCALES) {
      for (const [key, entry] of catalogues[locale]!) {
        for (const select of entry.selects) {
          const numeric = select.keys.some((k) => ["one", "few", "many", "other", "zero", "two"].includes(k));
          if (!numeric) continue;
          for (const category of PLURAL_CATEGORIES[locale]!) {
            expect(select.keys, `${locale} ${key}: missing plural category "${category}"`).toContain(category);
          }
        }
      }
    }
  });

  it("every key the code asks for by name exists", () => {
    const sourceDirs = ["src", "scenes"].map((d) => join(localesDir(), "..", d));
    const used = new Set<string>();
    const scan = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) scan(path);
        else if (/\.tsx?$/.test(entry.name)) {
          const text = readFileSync(path, "utf8");
          for (const m of text.matchAll(/\bt\(\s*"([a-z][a-z0-9_-]*(?:\.[a-z]+)?)"/g)) used.add(m[1]!.split(".")[0]!);
          for (const m of text.matchAll(/(?:question|yes|no|giveUpKey): "([a-z][a-z0-9-]*)"/g)) used.add(m[1]!);
          for (const m of text.matchAll(/(?:kit\.yesNo|grades)\("([a-z][a-z0-9-]*)"/g)) used.add(m[1]!);
        }
      }
    };
    sourceDirs.forEach(scan);
    expect(used.size).toBeGreaterThan(20);
    const missing = [...used].filter((key) => !catalogues["en"]!.has(key));
    expect(missing).toEqual([]);
  });

  it("every key the code builds at run time (role-*, invite-*, level-*, reasons …) exists in all languages", () => {
    const gradeErrors: Record<GradeLineErrorCode, true> = {
      unrecognizedLine: true,
      missingLetter: true,
      unknownLetter: true,
      missingCredits: true,
      invalidCredits: true,
      missingCourse: true,
      tooManyLines: true,
    };
    const inviteStatuses: Record<AcceptResult["status"], true> = {
      accepted: true,
      alreadyYours: true,
      invalid: true,
      used: true,
      expired: true,
      revoked: true,
      conflict: true,
      roleConflict: true,
    };
    const roleConflicts: Record<RoleConflict, true> = {
      studentOfDepartment: true,
      staffOfDepartment: true,
      bothSidesOfDepartment: true,
    };
    const keys = [
      ...ROLES.map((role) => `role-${role}`),
      ...Object.keys(inviteStatuses).map((status) => `invite-${status}`),
      ...LEVELS.map((level) => `level-${level}`),
      ...Object.values(SCENES).flatMap((scene) =>
        ["stopped", "expired", "interrupted", ...(scene.drafts ? ["cancelled"] : [])].map((event) => `${scene.keyPrefix}-scene-${event}`),
      ),
      "onboarding-student-number-in-use",
      "onboarding-student-number-listed",
      "onboarding-department-no-match",
      "onboarding-department-too-many",
      ...["too-short", "too-long", "letters-only", "need-surname-and-name", "too-many-words"].map((r) => `onboarding-full-name-${r}`),
      "onboarding-student-number-format",
      "onboarding-programme-code-format",
      "onboarding-group-format",
      ...Object.keys(gradeErrors).map((code) => `elig-grade-error-${code}`),
      ...FUNDINGS.map((funding) => `elig-funding-${funding}`),
      ...ELIGIBILITY_CHECKS.map((check) => `elig-check-${check}`),
      ...EXPULSION_REASONS.map((reason) => `elig-expulsion-${reason}`),
      ...GPA_SOURCES.map((source) => `elig-gpa-source-${source}`),
      ...ELIGIBILITY_CHECKS.flatMap((check) => [`elig-verdict-${check}-yes`, `elig-verdict-${check}-no`]),
      ...Object.keys(roleConflicts).map((conflict) => `staff-roles-conflict-${conflict}`),
      ...REVOCABLE_ROLES.map((role) => `staff-roles-revoked-notice-${role}`),
    ];
    for (const locale of LOCALES) {
      expect(keys.filter((key) => !catalogues[locale]!.has(key)), locale).toEqual([]);
    }
  });
});
