import { createDocumentTranslations } from "../../src/documents/document-i18n.js";
import type { DiaryExportService } from "../../src/services/diary/index.js";
import { sampleDiaryReportData } from "./sample-diary.js";

/** Printed codes of the four answers, issued through the real export (rendered PDF + recorded code). */
export interface IssuedCodes {
  /** The latest version of a diary both supervisors signed off (QP-06 6.2). */
  current: string;
  /** An earlier version of the same diary (before the grade was added). */
  superseded: string;
  /** The latest version of a diary nobody has signed off yet. */
  unsigned: string;
  /** A well-formed code nobody issued. */
  unknown: string;
}

export async function issueVerificationCases(exports: DiaryExportService): Promise<IssuedCodes> {
  const language = { t: createDocumentTranslations().forLocale("ru"), locale: "ru" };
  const old = await exports.issueDiaryPdf(sampleDiaryReportData(6, { placementId: "pl-signed", grade: null }), language);
  const current = await exports.issueDiaryPdf(sampleDiaryReportData(6, { placementId: "pl-signed" }), language);
  const unsigned = await exports.issueDiaryPdf(sampleDiaryReportData(6, { placementId: "pl-draft", signOffs: [], grade: null }), language);
  return { current: current.code, superseded: old.code, unsigned: unsigned.code, unknown: "0000-1111-2222-3333" };
}
