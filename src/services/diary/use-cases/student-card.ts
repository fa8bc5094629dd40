import type { Principal } from "../../../domain/access/roles.js";
import { signOffsComplete } from "../../../domain/diary/sign-off.js";
import type { EntryStatus, SignOffRole } from "../../../domain/diary/types.js";
import { calendarDateIn } from "../../../domain/diary/calendar-date.js";
import { countsAsHandedIn, groupEntriesByWeek, sumHours } from "../../../domain/diary/weeks.js";
import type { IsoDate } from "../../../domain/rules/dates.js";
import type { Letter } from "../../../domain/rules/grade-scale.js";
import type { PracticeType } from "../../../domain/rules/practice-deadlines.js";
import type { CharacteristicRecord, StoredFile } from "../../../persistence/repositories/practice-outcome.repository.js";
import type { DocumentLanguage, ExportedDiary } from "../diary-export.service.js";
import type { LoadedDiaryPlacement } from "../diary-placements.js";
import { ask, forbidden, type DiaryUseCaseDeps, type Forbidden, type NotFound } from "./context.js";

/** The head of a supervisor's view of one student (QP-06 5.8: the supervisor follows the student's whole practice). */
export interface StudentCard {
  status: "found";
  placementId: string;
  studentName: string;
  studentNumber: string | null;
  group: string;
  practiceType: PracticeType;
  startDate: IsoDate;
  endDate: IsoDate;
  handedInHours: number;
  approvedHours: number;
  requiredHours: number;
  pendingEntries: number;
  weeks: number;
  /** The week holding today (or the last one after the end, the first before the start), 1-based. */
  currentWeek: number;
  hasAssignment: boolean;
  report: { fileName: string; uploadedAt: Date; versions: number } | null;
  characteristic: { score: number; letter: Letter } | null;
  signOffs: SignOffRole[];
  signedOff: boolean;
  grade: { score: number; letter: Letter; commission: boolean } | null;
  /** The viewer may set the individual tasks (QP-06 5.13). */
  mayWriteAssignment: boolean;
}

export interface CardEntry {
  id: string;
  date: IsoDate;
  hours: number;
  text: string;
  status: EntryStatus;
  attachments: number;
}

export type CardWeek =
  | {
      status: "found";
      placementId: string;
      studentName: string;
      index: number;
      weeks: number;
      from: IsoDate;
      to: IsoDate;
      hours: number;
      approvedHours: number;
      norm: number | null;
      entries: CardEntry[];
    }
  | NotFound
  | Forbidden;

export type CardReports =
  | { status: "found"; studentName: string; latest: StoredFile | null; latestBytes: Buffer | null; history: StoredFile[] }
  | NotFound
  | Forbidden;

export type CardCharacteristic =
  | { status: "found"; studentName: string; characteristic: CharacteristicRecord | null; documentBytes: Buffer | null }
  | NotFound
  | Forbidden;

export type CardPdf = { status: "found"; exported: ExportedDiary } | NotFound | Forbidden;

/**
 * A supervisor's full view of one of their students, reached from `/students` and `/pending`: the card, the
 * entries week by week, the report (latest and history), the characteristic and the current F-76. Every call
 * loads the placement and asks `can(viewDiary)` again: a forged or stale button gets a refusal.
 */
export function createStudentCardDesk(deps: DiaryUseCaseDeps) {
  async function visible(
    user: Principal,
    placementId: string,
  ): Promise<{ ok: true; loaded: LoadedDiaryPlacement } | { ok: false; refusal: NotFound | Forbidden }> {
    const loaded = await deps.placements.load(placementId);
    if (!loaded) return { ok: false, refusal: { status: "notFound" } };
    const decision = ask(deps, user, "viewDiary", loaded.diary, loaded.student.telegramId);
    return decision.allowed ? { ok: true, loaded } : { ok: false, refusal: forbidden(decision) };
  }

  async function weeksOf(loaded: LoadedDiaryPlacement) {
    const entries = (await deps.db.diaryEntries.listByPlacement(loaded.diary.id)).filter((e) => e.status !== "draft");
    return { entries, weeks: groupEntriesByWeek(entries, loaded.diary, loaded.diary.endDate) };
  }

  return {
    async card(user: Principal, placementId: string): Promise<StudentCard | NotFound | Forbidden> {
      const found = await visible(user, placementId);
      if (!found.ok) return found.refusal;
      const { loaded } = found;
      const [{ entries, weeks }, outcome, assignment] = await Promise.all([
        weeksOf(loaded),
        deps.db.practiceOutcomes.find(loaded.diary.id),
        deps.db.individualAssignments.find(loaded.diary.id),
      ]);
      const today = calendarDateIn(deps.now(), loaded.policy.timeZone);
      const current = weeks.find((w) => w.from <= today && today <= w.to) ?? (today < loaded.diary.startDate ? weeks[0] : weeks.at(-1));
      const g = outcome?.grade;
      return {
        status: "found",
        placementId: loaded.diary.id,
        studentName: loaded.student.fullName,
        studentNumber: loaded.student.studentNumber ?? null,
        group: loaded.student.group,
        practiceType: loaded.placement.practiceType,
        startDate: loaded.diary.startDate,
        endDate: loaded.diary.endDate,
        handedInHours: sumHours(entries.filter(countsAsHandedIn)),
        approvedHours: sumHours(entries.filter((e) => e.status === "approved")),
        requiredHours: loaded.diary.requiredHours,
        pendingEntries: entries.filter((e) => e.status === "submitted").length,
        weeks: weeks.length,
        currentWeek: current?.index ?? 1,
        hasAssignment: assignment !== null,
        report: outcome?.report
          ? { fileName: outcome.report.fileName, uploadedAt: outcome.report.uploadedAt, versions: outcome.reportHistory.length }
          : null,
        characteristic: outcome?.characteristic
          ? { score: outcome.characteristic.suggestedScore, letter: outcome.characteristic.suggestedLetter }
          : null,
        signOffs: (outcome?.signOffs ?? []).map((s) => s.role),
        signedOff: outcome !== null && signOffsComplete(loaded.diary, outcome.signOffs),
        grade: g ? { score: g.score, letter: g.letter, commission: g.commission !== undefined } : null,
        mayWriteAssignment: ask(deps, user, "writeAssignment", loaded.diary, loaded.student.telegramId).allowed,
      };
    },

    /** One week of the diary (1-based; clamped to the practice's weeks) with each entry's attachments counted. */
    async week(user: Principal, placementId: string, index: number): Promise<CardWeek> {
      const found = await visible(user, placementId);
      if (!found.ok) return found.refusal;
      const { weeks } = await weeksOf(found.loaded);
      const week = weeks[Math.min(Math.max(index, 1), weeks.length) - 1];
      if (!week) return { status: "notFound" };
      return {
        status: "found",
        placementId: found.loaded.diary.id,
        studentName: found.loaded.student.fullName,
        index: week.index,
        weeks: weeks.length,
        from: week.from,
        to: week.to,
        hours: week.hours,
        approvedHours: week.approvedHours,
        norm: week.norm,
        entries: week.entries.map((e) => ({
          id: String(e._id),
          date: e.date,
          hours: e.hours,
          text: e.text,
          status: e.status,
          attachments: e.evidence.length,
        })),
      };
    },

    /** The report in force (its file) and every earlier upload (QP-06 6.3, 6.12). */
    async reports(user: Principal, placementId: string): Promise<CardReports> {
      const found = await visible(user, placementId);
      if (!found.ok) return found.refusal;
      const outcome = await deps.db.practiceOutcomes.find(found.loaded.diary.id);
      const latest = outcome?.report ?? null;
      const latestBytes = latest && latest.telegramFileId === undefined ? await deps.db.practiceFiles.read(latest.gridFsId) : null;
      return { status: "found", studentName: found.loaded.student.fullName, latest, latestBytes, history: outcome?.reportHistory ?? [] };
    },

    /** The organisation supervisor's characteristic and its signed document (QP-06 6.8). */
    async characteristic(user: Principal, placementId: string): Promise<CardCharacteristic> {
      const found = await visible(user, placementId);
      if (!found.ok) return found.refusal;
      const c = (await deps.db.practiceOutcomes.find(found.loaded.diary.id))?.characteristic ?? null;
      const documentBytes =
        c?.document && c.document.telegramFileId === undefined ? await deps.db.practiceFiles.read(c.document.gridFsId) : null;
      return { status: "found", studentName: found.loaded.student.fullName, characteristic: c, documentBytes };
    },

    /** The current F-76 as the student's `/export` makes it (issued and verifiable like theirs). */
    async diaryPdf(user: Principal, placementId: string, language: DocumentLanguage): Promise<CardPdf> {
      const found = await visible(user, placementId);
      if (!found.ok) return found.refusal;
      const context = await deps.placements.reportContext(found.loaded);
      return { status: "found", exported: await deps.diary.exports.exportDiaryPdf(context, language) };
    },
  };
}
export type StudentCardDesk = ReturnType<typeof createStudentCardDesk>;
