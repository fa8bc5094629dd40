import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/config/config.js";
import { localesDir } from "../../src/paths.js";
import { ENTRY_ISSUE_CODES, GRADE_CONSEQUENCE_CODES, REPORT_FILE_REJECTIONS } from "../../src/domain/diary/index.js";
import type { DiaryAccessDenial } from "../../src/domain/diary/index.js";
import { DECISION_ROLES, GRADE_ROLES } from "../../src/domain/diary/types.js";
import { PRACTICE_TYPES } from "../../src/domain/rules/practice-deadlines.js";
import { DEPARTMENT_STATUS_COLUMNS } from "../../src/documents/department-status.xlsx.js";
import { createDocumentTranslations } from "../../src/documents/document-i18n.js";

function bundle(locale: string): FluentBundle {
  const b = new FluentBundle(locale, { useIsolating: false });
  const dir = join(localesDir(), locale);
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ftl")))
    b.addResource(new FluentResource(readFileSync(join(dir, file), "utf8")));
  return b;
}

describe("document and diary locale keys built at run time (kk, ru, en)", () => {
  const denials: Record<DiaryAccessDenial, true> = {
    notLinked: true,
    roleCannot: true,
    organisationSupervisorApproves: true,
    organisationSupervisorPending: true,
  };
  const keys = [
    ...PRACTICE_TYPES.map((type) => `doc-practice-type-${type}`),
    ...[...new Set([...DECISION_ROLES, ...GRADE_ROLES])].map((role) => `doc-role-${role}`),
    "doc-mark-weekend",
    "doc-mark-holiday",
    ...["excellent", "good", "satisfactory", "unsatisfactory"].map((g) => `doc-grade-traditional-${g}`),
    ...DEPARTMENT_STATUS_COLUMNS.map((c) => `doc-xlsx-col-${c}`),
    ...ENTRY_ISSUE_CODES.map((code) => `diary-reason-${code}`),
    ...Object.keys(denials).map((d) => `diary-reason-${d}`),
    ...REPORT_FILE_REJECTIONS.map((r) => `diary-reason-report-${r}`),
    ...GRADE_CONSEQUENCE_CODES.map((c) => `diary-reason-consequence-${c}`),
    "diary-reason-already-approved",
    "diary-reason-already-returned",
    "diary-reason-signoff-entriesNotApproved",
  ];
  it("exist in every language", () => {
    for (const locale of LOCALES) {
      const b = bundle(locale);
      expect(
        keys.filter((k) => !b.hasMessage(k)),
        locale,
      ).toEqual([]);
    }
  });

  it("each renders in every language to real text: no Fluent error, no placeable left unresolved, not empty", () => {
    // The variables the reasons are given where they are shown (dates as the views format them).
    const args = {
      count: 3,
      startDate: "23.11.2026",
      endDate: "18.01.2027",
      openedOn: "23.11.2026",
      earliest: "16.11.2026",
      limitDays: 7,
      min: 1,
      max: 12,
      step: 0.5,
      length: 4,
      maxMb: 20,
      name: "Әлия Сейтқали",
      at: "24.11.2026 10:00",
    };
    for (const locale of LOCALES) {
      const b = bundle(locale);
      const broken = keys.flatMap((key) => {
        const pattern = b.getMessage(key)?.value;
        if (!pattern) return [`${key}: no value`];
        const errors: Error[] = [];
        const text = b.formatPattern(pattern, args, errors).trim();
        if (errors.length > 0) return [`${key}: ${errors.map((e) => e.message).join("; ")}`];
        if (text === "" || /[{}]/.test(text)) return [`${key}: «${text}»`];
        return [];
      });
      expect(broken, locale).toEqual([]);
    }
  });

  it("Kazakh and Russian labels are real translations, not English left behind", () => {
    const kk = createDocumentTranslations().forLocale("kk");
    const ru = createDocumentTranslations().forLocale("ru");
    const en = createDocumentTranslations().forLocale("en");
    for (const key of keys.filter((k) => k.startsWith("doc-") && !k.startsWith("doc-xlsx-none"))) {
      expect(kk(key), key).not.toBe(en(key));
      expect(ru(key), key).not.toBe(en(key));
    }
    expect(kk("doc-page", { page: 2, pages: 5 })).toBe("5 беттің 2-беті");
    expect(ru("diary-reason-signoff-entriesNotApproved", { count: 5 })).toMatch(/^5 записей/);
  });
});
