import type { DiaryVerification } from "../services/diary/diary-verification.service.js";
import { documentFormats, type Translate } from "./translate.js";

/** The answer to a verification code in one language: a headline and the printout's facts as label/value rows. */
export interface VerificationText {
  status: DiaryVerification["status"];
  headline: string;
  rows: [label: string, value: string][];
}

/** The calendar day of an instant in Asia/Almaty (domain.md §10), "YYYY-MM-DD". */
function almatyDay(at: string): string {
  return new Date(at).toLocaleDateString("en-CA", { timeZone: "Asia/Almaty" });
}

/** Renders a verification answer with the document's own labels (the bot's `/verify` and the page behind the QR). */
export function verificationText(result: DiaryVerification, t: Translate, locale: string): VerificationText {
  if (result.status === "unknown") {
    return { status: "unknown", headline: t("verify-status-unknown", { code: result.code ?? "—" }), rows: [] };
  }
  const f = result.facts;
  const fmt = documentFormats(locale);
  const headline =
    result.status === "superseded"
      ? t("verify-status-superseded", { revision: f.version.latest, code: f.version.latestCode })
      : t(`verify-status-${result.status}`);
  const rows: [string, string][] = [
    [t("doc-verification-title"), f.code],
    [t("doc-student"), f.studentName],
    ...(f.studentNumber ? ([[t("doc-student-number"), f.studentNumber]] as [string, string][]) : []),
    ...(f.programme ? ([[t("doc-programme"), f.programme]] as [string, string][]) : []),
    [t("doc-practice-type"), t(`doc-practice-type-${f.practiceType}`)],
    [t("doc-period"), `${fmt.date(f.startDate)} – ${fmt.date(f.endDate)}`],
    [
      t("verify-hours"),
      t("verify-hours-line", {
        approved: fmt.number(f.hours.approved),
        required: fmt.number(f.hours.required),
        handedIn: fmt.number(f.hours.handedIn),
      }),
    ],
    [
      t("doc-grade-title"),
      f.grade
        ? f.grade.score !== null && f.grade.points !== null
          ? t("verify-grade-line", { score: f.grade.score, letter: f.grade.letter, points: fmt.number(f.grade.points) })
          : f.grade.letter
        : t("doc-no-grade"),
    ],
    [
      t("doc-signoffs-title"),
      f.signatures.length > 0
        ? f.signatures.map((s) => `${s.by} (${t(`doc-role-${s.role}`)}), ${fmt.dateTime(s.at)}`).join("; ")
        : t("doc-no-signoffs"),
    ],
    [
      t("verify-version"),
      t("verify-version-line", { revision: f.version.revision, latest: f.version.latest, date: fmt.date(almatyDay(f.version.issuedAt)) }),
    ],
  ];
  return { status: result.status, headline, rows };
}
