import { groupVerificationCode, isDiarySignedOff, parseVerificationCode, type DiaryReportData } from "../../documents/diary-report-data.js";
import type { DocumentVerificationDocument, VerificationSummary } from "../../persistence/models/document-verification.model.js";
import type { DiaryServiceDeps } from "./context.js";

/** What a verifier is told of an issued F-76: only what the printout itself shows. */
export interface DiaryVerificationFacts {
  /** "1A2B-3C4D-5E6F-7A8B" */
  code: string;
  studentName: string;
  studentNumber: string | null;
  programme: string | null;
  practiceType: string;
  startDate: string;
  endDate: string;
  hours: { handedIn: number; approved: number; required: number };
  grade: { letter: string; score: number | null; points: number | null } | null;
  /** The supervisors' sign-offs, oldest first (ISO instants). */
  signatures: { role: string; by: string; at: string }[];
  /** This copy's revision, the latest issued for the same diary, and when this copy was issued. */
  version: { revision: number; latest: number; issuedAt: string; latestCode: string };
}

/**
 * `current`: the latest issued version of a signed-off diary; `superseded`: a newer version was issued;
 * `unsigned`: the latest version, but the diary was not signed off (a working copy); `unknown`: no such code.
 */
export type DiaryVerification =
  | { status: "unknown"; code: string | null; facts: null }
  | { status: "current" | "superseded" | "unsigned"; code: string; facts: DiaryVerificationFacts };

/** What `document_verifications` keeps of an issued F-76 (QP-06 6.2: the sign-offs it carried). */
export function verificationSummary(data: DiaryReportData): VerificationSummary {
  return {
    studentName: data.student.fullName,
    ...(data.student.studentNumber ? { studentNumber: data.student.studentNumber } : {}),
    programme: data.programme,
    practiceType: data.practiceType,
    startDate: data.startDate,
    endDate: data.endDate,
    entries: data.entries.length,
    totalHours: data.totals.hours,
    approvedHours: data.totals.approvedHours,
    requiredHours: data.totals.requiredHours,
    ...(data.grade
      ? { gradeLetter: data.grade.letter, grade: { score: data.grade.score, letter: data.grade.letter, points: data.grade.points } }
      : {}),
    signOffs: data.signOffs.length,
    signatures: data.signOffs.map((s) => ({ role: s.role, by: s.by, at: s.at })),
    signed: isDiarySignedOff(data),
  };
}

function factsOf(record: DocumentVerificationDocument, latest: DocumentVerificationDocument): DiaryVerificationFacts {
  const s = record.summary;
  return {
    code: groupVerificationCode(record.code),
    studentName: s.studentName,
    studentNumber: s.studentNumber ?? null,
    programme: s.programme ?? null,
    practiceType: s.practiceType,
    startDate: s.startDate,
    endDate: s.endDate,
    hours: { handedIn: s.totalHours, approved: s.approvedHours, required: s.requiredHours },
    grade: s.grade
      ? { letter: s.grade.letter, score: s.grade.score, points: s.grade.points }
      : s.gradeLetter
        ? { letter: s.gradeLetter, score: null, points: null }
        : null,
    signatures: (s.signatures ?? []).map((x) => ({ role: x.role, by: x.by, at: x.at })),
    version: {
      revision: record.revision,
      latest: latest.revision,
      issuedAt: record.issuedAt.toISOString(),
      latestCode: groupVerificationCode(latest.code),
    },
  };
}

/** Checking a printed F-76 by its code, for anyone holding it (the page behind the QR, `/verify`, `cli verify`). */
export function createDiaryVerificationService(deps: Pick<DiaryServiceDeps, "db">) {
  const { db } = deps;
  return {
    /** A typed or scanned code (dashes, spaces, case and the "PRAKTIKA F-76" prefix ignored) → its status and facts. */
    async verifyDiaryCode(input: string): Promise<DiaryVerification> {
      const code = parseVerificationCode(input);
      if (!code) return { status: "unknown", code: null, facts: null };
      const record = await db.documentVerifications.findByCode(code);
      if (!record) return { status: "unknown", code: groupVerificationCode(code), facts: null };
      const latest = (await db.documentVerifications.latest(record.placementId)) ?? record;
      const facts = factsOf(record, latest);
      if (latest.revision > record.revision) return { status: "superseded", code: facts.code, facts };
      // Codes issued before the sign-off state was recorded: signed when any sign-off was printed.
      const signed = record.summary.signed ?? record.summary.signOffs > 0;
      return { status: signed ? "current" : "unsigned", code: facts.code, facts };
    },
  };
}
export type DiaryVerificationService = ReturnType<typeof createDiaryVerificationService>;
