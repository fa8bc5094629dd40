import { Types } from "mongoose";
import { can } from "../../domain/access/policy.js";
import type { AccessPrincipal } from "../../domain/access/roles.js";
import { diaryTarget } from "../../domain/diary/diary-access.js";
import { expectedHoursBy, isBehind } from "../../domain/diary/expected-hours.js";
import { groupEntriesByWeek } from "../../domain/diary/weeks.js";
import { addDays } from "../../domain/rules/dates.js";
import { displayName } from "../../domain/profile/display-name.js";
import type { DiaryEntryDocument } from "../../persistence/models/diary-entry.model.js";
import type { Locale } from "../../config/config.js";
import type { DiaryPlacements, LoadedDiaryPlacement } from "../diary/diary-placements.js";
import type { DocumentLanguage, ExportedDiary } from "../diary/diary-export.service.js";
import { placementLinks } from "../diary/diary-placements.js";
import type { DiaryUseCases } from "../diary/use-cases/index.js";
import type { BoardContext } from "./context.js";
import { rowPlacement } from "./roster.js";
import { boardStatusOf, type BoardStatus } from "./statuses.js";

export interface BoardStudentsDeps {
  diaryPlacements: Pick<DiaryPlacements, "load" | "supervisedBy">;
  diaryUseCases: Pick<DiaryUseCases, "card">;
  /** How a document (the F-76) is written in `locale`: the translations, the time zone, the public URL of its QR code. */
  documentLanguage: (locale: Locale) => DocumentLanguage;
  adminTelegramIds: readonly number[];
}

type EntryStatus = "submitted" | "approved" | "returned";
const SHOWN: readonly string[] = ["submitted", "approved", "returned"];
const shown = (e: DiaryEntryDocument): e is DiaryEntryDocument & { status: EntryStatus } => SHOWN.includes(e.status);

const fileOf = (f: { fileName: string; uploadedAt: Date; size?: number | null }) => ({
  fileName: f.fileName,
  uploadedAt: f.uploadedAt.toISOString(),
  sizeBytes: typeof f.size === "number" ? f.size : null,
});

export interface MyStudentRow {
  id: string;
  placementId: string;
  studentCode: string;
  name: string;
  group: string;
  as: "universitySupervisor" | "organisationSupervisor";
  hoursApproved: number;
  hoursExpected: number;
  hoursRequired: number;
  pending: number;
  behind: boolean;
}

/** A student's page and a supervisor's students on the board: the diary read as the bot's student card reads it. */
export function createBoardStudents(ctx: BoardContext, deps: BoardStudentsDeps) {
  const { db } = ctx;

  /** The student, their shown placement and its diary, if `can(viewDiary)` lets the viewer in (QP-06 5.8, 5.9). */
  async function visible(principal: AccessPrincipal, studentId: string) {
    if (!Types.ObjectId.isValid(studentId)) return { status: "notFound" as const };
    const student = await db.students.findById(studentId);
    if (!student) return { status: "notFound" as const };
    const placement = rowPlacement(await db.placements.listByStudent(student._id));
    // Without a placement the page belongs to the department (its coordinator); with one, to its supervisors too.
    const target = placement
      ? diaryTarget(
          { departmentId: String(placement.departmentId), studentId: String(student._id), ...placementLinks(placement) },
          student.telegramId ?? null,
        )
      : { departmentId: String(student.departmentId), studentId: String(student._id), studentTelegramId: student.telegramId ?? null };
    if (!can(principal, "viewDiary", target).allowed) return { status: "forbidden" as const };
    const loaded: LoadedDiaryPlacement | null = placement ? await deps.diaryPlacements.load(placement._id) : null;
    return { status: "ok" as const, student, placement, loaded };
  }

  return {
    /** `GET /api/students/:id`: placement, supervisors, weeks with their norm, the heat-map's days, report, grade. */
    async detail(principal: AccessPrincipal, studentId: string) {
      const found = await visible(principal, studentId);
      if (found.status !== "ok") return found;
      const { student, placement, loaded } = found;
      const placementId = placement ? String(placement._id) : null;
      const [department, outcome, entries, baseOf, people] = await Promise.all([
        db.departments.findById(student.departmentId),
        placementId ? db.practiceOutcomes.find(placementId) : null,
        placementId ? db.diaryEntries.listByPlacement(placementId) : [],
        db.board.organisationNames(placement?.organisationId ? [placement.organisationId] : []),
        db.board.peopleOf(
          [placement?.universitySupervisorTelegramId, placement?.organisationSupervisor?.telegramId].filter(
            (id): id is number => typeof id === "number",
          ),
        ),
      ]);
      const written: readonly DiaryEntryDocument[] = entries;
      const listed = written.filter(shown);
      const weeks = loaded ? groupEntriesByWeek(listed, loaded.diary, loaded.diary.endDate) : [];
      const days: { date: string; hours: number; status: EntryStatus | "none" }[] = [];
      if (loaded) {
        const byDate = new Map(listed.map((e) => [e.date, e] as const));
        for (let day = loaded.diary.startDate; day <= loaded.diary.endDate; day = addDays(day, 1)) {
          const entry = byDate.get(day);
          days.push({ date: day, hours: entry?.hours ?? 0, status: entry?.status ?? "none" });
        }
      }
      const approved = listed.filter((e) => e.status === "approved").reduce((sum, e) => sum + e.hours, 0);
      const links = placement ? placementLinks(placement) : null;
      const university = people.find((u) => u.telegramId === links?.universitySupervisorTelegramId);
      const linkedOrganisation = people.find((u) => u.telegramId === links?.organisationSupervisorTelegramId);
      const organisation = placement?.organisationSupervisor;
      // As the roster names them: the linked account's name, else the name the placement was given.
      const organisationName = (linkedOrganisation ? displayName(linkedOrganisation) : null) ?? organisation?.fullName ?? null;
      const status: BoardStatus = boardStatusOf(
        placement ? { status: placement.status } : null,
        outcome ? { graded: !!outcome.grade, signOffs: outcome.signOffs.length } : null,
      );
      const signedBy = new Set((outcome?.signOffs ?? []).map((s) => s.role));
      return {
        status: "ok" as const,
        detail: {
          id: String(student._id),
          studentCode: student.studentNumber,
          name: student.fullName,
          group: student.group,
          department: { id: String(student.departmentId), name: department?.name ?? "" },
          status,
          linked: student.telegramId != null,
          placement: placement
            ? {
                id: String(placement._id),
                version: placement.version,
                status: placement.status,
                practiceType: placement.practiceType,
                academicYear: placement.academicYear ?? null,
                base: placement.organisationId ? (baseOf.get(String(placement.organisationId)) ?? null) : null,
                startDate: placement.startDate ?? null,
                endDate: placement.endDate ?? null,
                returnReason: placement.returnReason ?? null,
              }
            : null,
          supervisors: {
            university: university
              ? { telegramId: university.telegramId, name: displayName(university) ?? String(university.telegramId) }
              : null,
            // QP-06 5.12: a link the department has not confirmed yet.
            organisation: organisationName ? { name: organisationName, confirmed: organisation?.status !== "pending" } : null,
          },
          hoursApproved: approved,
          hoursRequired: loaded?.diary.requiredHours ?? placement?.requiredHours ?? 0,
          weeks: weeks.map((w) => ({
            index: w.index,
            from: w.from,
            to: w.to,
            normHours: w.norm ?? 0,
            approvedHours: w.approvedHours,
            entries: w.entries.map((e) => ({
              id: String(e._id),
              date: e.date,
              hours: e.hours,
              status: e.status,
              version: e.version,
              text: e.text,
              returnReason: e.status === "returned" ? (e.decision?.reason ?? null) : null,
              attachments: e.evidence.map((a) => ({ name: a.fileName ?? a.kind, type: a.kind })),
            })),
          })),
          days,
          report: {
            latest: outcome?.report ? fileOf(outcome.report) : null,
            history: (outcome?.reportHistory ?? []).map(fileOf),
          },
          characteristic: outcome?.characteristic
            ? {
                text: outcome.characteristic.text,
                suggestedScore: outcome.characteristic.suggestedScore,
                at: outcome.characteristic.at.toISOString(),
              }
            : null,
          grade: outcome?.grade ? { score: outcome.grade.score, letter: outcome.grade.letter, at: outcome.grade.at.toISOString() } : null,
          // QP-06 6.2: both supervisors sign the diary.
          signedOff: { university: signedBy.has("universitySupervisor"), organisation: signedBy.has("organisationSupervisor") },
          // The F-76 is made of a diary: a placement with dates.
          f76Available: loaded !== null,
        },
      };
    },

    /** `GET /api/students/:id/f76`: the current F-76, issued and verifiable as the bot's card issues it. */
    async f76(
      principal: AccessPrincipal,
      studentId: string,
      locale: Locale,
    ): Promise<{ status: "ok"; exported: ExportedDiary } | { status: "notFound" | "forbidden" }> {
      const found = await visible(principal, studentId);
      if (found.status !== "ok") return found;
      if (!found.loaded) return { status: "notFound" };
      // The card desk asks can(viewDiary) again on the placement it loads.
      const made = await deps.diaryUseCases.card.diaryPdf(principal, found.loaded.diary.id, deps.documentLanguage(locale));
      if (made.status !== "found") return { status: made.status };
      return { status: "ok", exported: made.exported };
    },

    /** `GET /api/my/students`: the viewer's supervised students, approved hours against the norm so far (QP-06 3.6, 5.11). */
    async mine(principal: AccessPrincipal): Promise<MyStudentRow[]> {
      const today = ctx.practice.today();
      const rows: MyStudentRow[] = [];
      for (const d of await deps.diaryPlacements.supervisedBy(principal.telegramId)) {
        if (!can(principal, "viewDiary", diaryTarget(d.diary, d.student.telegramId ?? null)).allowed) continue;
        const entries = await db.diaryEntries.listByPlacement(d.diary.id);
        const approved = entries.filter((e) => e.status === "approved").reduce((sum, e) => sum + e.hours, 0);
        const submitted = entries.filter((e) => e.status === "submitted");
        const { policy, calendar } = await ctx.rulesOf(d.diary.departmentId);
        const expected = d.diary.startDate <= today ? expectedHoursBy(d.diary, today, calendar, policy.hoursPerDay) : 0;
        rows.push({
          id: String(d.student._id),
          placementId: d.diary.id,
          studentCode: d.student.studentNumber,
          name: d.student.fullName,
          group: d.student.group,
          as: d.diary.universitySupervisorTelegramId === principal.telegramId ? "universitySupervisor" : "organisationSupervisor",
          hoursApproved: approved,
          hoursExpected: expected,
          hoursRequired: d.diary.requiredHours,
          pending: submitted.length,
          // As the roster counts it: hours handed in (approved or waiting) against the norm so far (QP-06 5.11).
          behind: isBehind(approved + submitted.reduce((sum, e) => sum + e.hours, 0), expected),
        });
      }
      return rows;
    },
  };
}
export type BoardStudents = ReturnType<typeof createBoardStudents>;
