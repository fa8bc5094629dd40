import { shownDigest } from "../../domain/diary/report-file.js";
import { dottedDate } from "../../domain/rules/dates.js";
import type {
  CharacteristicOutcome,
  CurrentCharacteristic,
  GradeOutcome,
  SignOffOutcome,
  SignOffSummary,
} from "../../services/diary/use-cases/index.js";
import { dottedDateTime } from "../format.js";
import { denialMsg, type Msg } from "./diary-supervision.view.js";

/** Working days without an entry listed by name in a sign-off summary (the rest are counted). */
const MISSING_LISTED = 10;

/** The grade as recorded, or why not (QP-06 6.2–6.5: after both sign-offs and the report; MR-595 App. 1). */
export function gradeLines(result: GradeOutcome): Msg[] {
  switch (result.status) {
    case "graded": {
      const { score, letter, points } = result.grade;
      return [
        { key: "supervision-grade-recorded", params: { student: result.studentName, score, letter, points } },
        ...(result.outcome.passing ? [] : [{ key: "supervision-grade-failing-told" }]),
      ];
    }
    case "notReady":
      return [
        { key: "grade-not-ready", params: { student: result.studentName } },
        ...result.missing.map((m): Msg => ({ key: `grade-missing-${m}` })),
      ];
    case "commissionGraded":
      return [
        {
          key: "grade-commission-locked",
          params: {
            student: result.studentName,
            score: result.score,
            protocol: result.protocolNumber,
            date: dottedDate(result.protocolDate),
          },
        },
      ];
    case "invalid":
      return [{ key: `diary-reason-${result.code}`, params: { min: 0, max: 100 } }];
    case "notFound":
      return [{ key: "diary-reason-notFound" }];
    case "forbidden":
      return [denialMsg(result.reason)];
  }
}

/** "Attached document: file (SHA-256 1a2b3c4d5e6f…)" for a characteristic's document. */
function documentLine(document: { fileName: string; sha256: string } | undefined): Msg {
  return document
    ? { key: "characteristic-document-attached", params: { file: document.fileName, sha: shownDigest(document.sha256) } }
    : { key: "characteristic-document-none" };
}

/** The characteristic already written, shown when `/characteristic` opens it again. */
export function currentCharacteristicLines(current: CurrentCharacteristic, timeZone: string): Msg[] {
  const { studentName, characteristic: c } = current;
  return [
    {
      key: "characteristic-document-current",
      params: { student: studentName, date: dottedDateTime(c.at, timeZone), score: c.suggestedScore, letter: c.suggestedLetter },
    },
    documentLine(c.document),
  ];
}

export type CharacteristicLines = { status: "done"; lines: Msg[] } | { status: "rejected"; key: string };

/** The saved characteristic with its letter (QP-06 6.8), or why not. */
export function characteristicLines(result: CharacteristicOutcome): CharacteristicLines {
  const done = (lines: Msg[]): CharacteristicLines => ({ status: "done", lines });
  switch (result.status) {
    case "saved":
      return done([
        {
          key: "supervision-characteristic-saved",
          params: {
            student: result.studentName,
            score: result.characteristic.suggestedScore,
            letter: result.suggested.letter,
            points: result.suggested.points,
          },
        },
        ...(result.characteristic.document ? [documentLine(result.characteristic.document)] : []),
      ]);
    case "invalid":
      return done(
        result.issues.map((i): Msg =>
          "min" in i ? { key: `diary-reason-${i.code}`, params: { min: i.min, max: i.max } } : { key: `diary-reason-${i.code}` },
        ),
      );
    case "rejected":
      return { status: "rejected", key: `characteristic-document-reason-${result.reason}` };
    case "notFound":
      return done([{ key: "diary-reason-notFound" }]);
    case "forbidden":
      return done([denialMsg(result.reason)]);
  }
}

/** What the supervisor confirms (QP-06 6.2): hours approved of required, missing days, pending entries, and whether it may be signed now. */
export function signOffSummaryLines(summary: SignOffSummary): Msg[] {
  const lines: Msg[] = [
    { key: "signoff-summary-title", params: { student: summary.studentName } },
    { key: "signoff-summary-hours", params: { approved: summary.approvedHours, required: summary.requiredHours } },
  ];
  if (summary.missingDays.length > 0) {
    const days = summary.missingDays.slice(-MISSING_LISTED).map(dottedDate).join(", ");
    lines.push({ key: "signoff-summary-missing", params: { count: summary.missingDays.length, days } });
  }
  lines.push({ key: "signoff-summary-pending", params: { count: summary.pendingEntries } });
  if (summary.early) lines.push({ key: "signoff-summary-early", params: { reason: summary.early.reason } });
  if (!summary.timing.ok) lines.push({ key: "signoff-too-early", params: { date: dottedDate(summary.timing.lastWorkingDay) } });
  else if (summary.alreadySigned) lines.push({ key: "diary-reason-signoff-alreadySigned" });
  else lines.push({ key: "signoff-summary-confirm" });
  return lines;
}

/** The sign-off as recorded, or why not. */
export function signOffLines(result: SignOffOutcome): Msg[] {
  switch (result.status) {
    case "signed":
      return [
        { key: result.complete ? "supervision-signoff-complete" : "supervision-signoff-done", params: { student: result.studentName } },
      ];
    case "alreadySigned":
      return [{ key: "diary-reason-signoff-alreadySigned" }];
    case "tooEarly":
      return signOffSummaryLines(result.summary);
    case "notReady":
      if (result.check.reason === "noEntries") return [{ key: "diary-reason-signoff-noEntries" }];
      return [
        { key: "diary-reason-signoff-entriesNotApproved", params: { count: result.check.notApproved } },
        {
          key: "supervision-signoff-pending-dates",
          params: { student: result.studentName, dates: result.check.dates.map((d) => dottedDate(d)).join(", ") },
        },
      ];
    case "notFound":
      return [{ key: "diary-reason-notFound" }];
    case "forbidden":
      return [denialMsg(result.reason)];
  }
}
