import { can } from "../../../domain/access/policy.js";
import { toAccessPrincipal, type Principal } from "../../../domain/access/roles.js";
import { parseCommissionMembers, parseProtocolDate, parseProtocolNumber, type CommissionIssue } from "../../../domain/diary/assignment.js";
import { calendarDateIn } from "../../../domain/diary/calendar-date.js";
import { gradePractice, validateScore } from "../../../domain/diary/practice-grade.js";
import { gradeReadiness, signOffsComplete } from "../../../domain/diary/sign-off.js";
import { renderCommissionProtocolPdf } from "../../../documents/commission-protocol.pdf.js";
import type {
  CommissionProtocolDocument,
  ProtocolStudentRecord,
} from "../../../persistence/repositories/commission-protocol.repository.js";
import type { GradeRecord } from "../../../persistence/repositories/practice-outcome.repository.js";
import { safeFileName, type DocumentLanguage } from "../diary-export.service.js";
import type { LoadedDiaryPlacement } from "../diary-placements.js";
import { ask, forbidden, namesOf, type DiaryUseCaseDeps, type Forbidden, type NotFound } from "./context.js";

/** Students heard in one session at most (one protocol, one scene). */
export const MAX_SESSION_STUDENTS = 30;

export interface HeardStudent {
  placementId: string;
  studentName: string;
  group: string;
}

export type CommissionSessionInput = {
  departmentId: string;
  number: string;
  /** dd.mm.yyyy as typed. */
  date: string;
  /** One member a line, the chair first. */
  members: string;
  grades: { placementId: string; score: number }[];
};

export type CommissionOutcome =
  | { status: "recorded"; protocol: CommissionProtocolDocument }
  | { status: "invalid"; issue: CommissionIssue }
  | { status: "invalidScore"; placementId: string; min: number; max: number }
  | { status: "noStudents" }
  /** QP-06 6.2–6.5: a student heard without both sign-offs or the report. */
  | { status: "notReady"; studentName: string; missing: ("signOffs" | "report")[] }
  | { status: "duplicateNumber"; number: string }
  | NotFound
  | Forbidden;

export type ProtocolPdfOutcome =
  { status: "found"; pdf: Buffer; fileName: string; protocol: CommissionProtocolDocument } | NotFound | Forbidden;

/**
 * QP-06 6.5–6.6: the department's commission hears the reports and decides the grades by majority; the coordinator
 * records the session (members, protocol number and date, a grade per student) and gets the protocol as a PDF. The
 * grade gating stays: a student is heard only after both sign-offs and the report (QP-06 6.2–6.5).
 */
export function createCommissionDesk(deps: DiaryUseCaseDeps) {
  async function readiness(diary: LoadedDiaryPlacement) {
    const outcome = await deps.db.practiceOutcomes.find(diary.diary.id);
    return {
      outcome,
      ready: gradeReadiness({
        signedOff: outcome !== null && signOffsComplete(diary.diary, outcome.signOffs),
        hasReport: outcome?.report != null,
      }),
    };
  }

  return {
    /** The department's students the commission may hear now: signed off, report in, no commission grade yet. */
    async studentsToHear(user: Principal, departmentId: string): Promise<HeardStudent[] | Forbidden> {
      const principal = toAccessPrincipal(user, deps.adminTelegramIds);
      const decision = can(principal, "recordCommissionGrade", { departmentId });
      if (!decision.allowed) return forbidden(decision);
      const out: HeardStudent[] = [];
      for (const diary of await deps.placements.ofDepartment(departmentId)) {
        if (out.length >= MAX_SESSION_STUDENTS) break;
        if (!ask(deps, user, "recordCommissionGrade", diary.diary, diary.student.telegramId).allowed) continue;
        const { outcome, ready } = await readiness(diary);
        if (!ready.ok || outcome?.grade?.commission) continue;
        out.push({ placementId: diary.diary.id, studentName: diary.student.fullName, group: diary.student.group });
      }
      return out;
    },

    /**
     * Records the session: every input checked and every student allowed and ready before anything is written;
     * the protocol (unique number in the department) first, then each student's grade with its reference, and the
     * students are told. A retry with the same number is refused as a duplicate, never recorded twice.
     */
    async recordSession(user: Principal, input: CommissionSessionInput): Promise<CommissionOutcome> {
      const today = calendarDateIn(deps.now());
      const number = parseProtocolNumber(input.number);
      if (!number.ok) return { status: "invalid", issue: number.issue };
      const date = parseProtocolDate(input.date, today);
      if (!date.ok) return { status: "invalid", issue: date.issue };
      const members = parseCommissionMembers(input.members);
      if (!members.ok) return { status: "invalid", issue: members.issue };
      if (input.grades.length === 0) return { status: "noStudents" };
      const principal = toAccessPrincipal(user, deps.adminTelegramIds);
      if (!can(principal, "recordCommissionGrade", { departmentId: input.departmentId }).allowed)
        return { status: "forbidden", reason: "notLinked" };
      const heard: { diary: LoadedDiaryPlacement; score: number }[] = [];
      for (const g of input.grades.slice(0, MAX_SESSION_STUDENTS)) {
        const diary = await deps.placements.load(g.placementId);
        if (!diary || diary.diary.departmentId !== input.departmentId) return { status: "notFound" };
        const decision = ask(deps, user, "recordCommissionGrade", diary.diary, diary.student.telegramId);
        if (!decision.allowed) return forbidden(decision);
        const issue = validateScore(g.score);
        if (issue) return { status: "invalidScore", placementId: g.placementId, min: 0, max: 100 };
        const { ready } = await readiness(diary);
        if (!ready.ok) return { status: "notReady", studentName: diary.student.fullName, missing: ready.missing };
        heard.push({ diary, score: g.score });
      }
      const organisations = new Map<string, string | null>();
      const students: ProtocolStudentRecord[] = [];
      for (const { diary, score } of heard) {
        const orgId = diary.placement.organisationId ? String(diary.placement.organisationId) : null;
        if (orgId && !organisations.has(orgId)) organisations.set(orgId, (await deps.db.organisations.findById(orgId))?.fullName ?? null);
        const grade = gradePractice(score, diary.placement.practiceType);
        students.push({
          placementId: diary.diary.id,
          studentId: diary.diary.studentId,
          studentName: diary.student.fullName,
          studentNumber: diary.student.studentNumber ?? null,
          group: diary.student.group,
          practiceType: diary.placement.practiceType,
          organisation: orgId ? (organisations.get(orgId) ?? null) : null,
          score,
          letter: grade.letter,
          points: grade.points,
        });
      }
      const at = deps.now();
      const protocol = await deps.db.commissionProtocols.create({
        departmentId: input.departmentId,
        number: number.value,
        date: date.value,
        members: members.value,
        students,
        by: user.telegramId,
        at,
      });
      if (!protocol) return { status: "duplicateNumber", number: number.value };
      const commission = { protocolId: String(protocol._id), number: protocol.number, date: protocol.date };
      for (const { diary, score } of heard) {
        const outcome = gradePractice(score, diary.placement.practiceType);
        const grade: GradeRecord = {
          score,
          letter: outcome.letter,
          points: outcome.points,
          by: user.telegramId,
          role: "coordinator",
          at,
          commission,
        };
        await deps.db.practiceOutcomes.setGrade(diary.diary, grade);
        const student = diary.student.telegramId;
        if (student == null) continue;
        const payloads = [
          { key: "commission-grade-student", params: { score, letter: outcome.letter, points: outcome.points, number: protocol.number } },
          ...outcome.consequences.map((c) => ({ key: `diary-reason-consequence-${c.code}` })),
        ];
        await deps.outbox.enqueueMany(
          payloads.map((payload, i) => ({
            recipient: student,
            kind: "diary-grade",
            ref: diary.diary.id,
            payload,
            dedupeKey: `commission-grade:${String(protocol._id)}:${diary.diary.id}:${i}`,
          })),
        );
      }
      return { status: "recorded", protocol };
    },

    /** The protocol as a PDF (pdfkit, DejaVu fonts as the F-76), for the department's coordinator. */
    async protocolPdf(user: Principal, protocolId: string, language: DocumentLanguage): Promise<ProtocolPdfOutcome> {
      const protocol = await deps.db.commissionProtocols.findById(protocolId);
      if (!protocol) return { status: "notFound" };
      const decision = can(toAccessPrincipal(user, deps.adminTelegramIds), "recordCommissionGrade", {
        departmentId: protocol.departmentId,
      });
      if (!decision.allowed) return forbidden(decision);
      const department = await deps.db.departments.findById(protocol.departmentId);
      const recorder = (await namesOf(deps, [protocol.by])).get(protocol.by) ?? `#${protocol.by}`;
      const pdf = await renderCommissionProtocolPdf(
        {
          department: department?.name ?? null,
          number: protocol.number,
          date: protocol.date,
          members: protocol.members,
          students: protocol.students,
          recordedBy: recorder,
          recordedAt: protocol.at.toISOString(),
        },
        language,
      );
      return { status: "found", pdf, fileName: safeFileName(["protocol", protocol.number, protocol.date], "pdf"), protocol };
    },
  };
}
export type CommissionDesk = ReturnType<typeof createCommissionDesk>;
