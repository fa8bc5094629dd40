import { displayName } from "../../domain/profile/display-name.js";
import { markEntryDay } from "../../domain/diary/entry-validation.js";
import type { DiaryPlacement } from "../../domain/diary/types.js";
import { countsAsHandedIn, groupEntriesByWeek, sumHours } from "../../domain/diary/weeks.js";
import { isLateEntryPermitted } from "../../domain/diary/writable-days.js";
import type { PracticeType } from "../../domain/rules/practice-deadlines.js";
import type { DiaryReportData, DiaryReportEntry } from "../../documents/diary-report-data.js";
import { renderDiaryReportPdf } from "../../documents/diary-report.pdf.js";
import type { Translate } from "../../documents/translate.js";
import { placementRules, type DiaryServiceDeps } from "./context.js";
import { verificationSummary } from "./diary-verification.service.js";
import { createDiaryStatusExport } from "./diary-status-export.js";

/**
 * What the placement side knows and the diary does not: names, programme, organisation. The lead
 * adapts the placement document (and the student / department records) to it.
 */
export interface DiaryReportContext {
  placement: DiaryPlacement;
  university?: string | null;
  department?: string | null;
  student: { fullName: string; studentNumber?: string | null; group: string; programme: string };
  practiceType: PracticeType;
  organisation: { name: string; unit?: string | null } | null;
  universitySupervisor: { fullName: string } | null;
  organisationSupervisor: { fullName: string } | null;
  /** Names of other people who acted (a coordinator who graded, a former supervisor), by Telegram id. */
  people?: ReadonlyMap<number, string>;
}

export interface DocumentLanguage {
  t: Translate;
  locale: string;
  timeZone?: string;
  /** The HTTP server's public base: the QR code leads to `<publicUrl>/v/<code>` (http://localhost:8080 when absent). */
  publicUrl?: string | undefined;
}

export interface ExportedDiary {
  pdf: Buffer;
  /** "1A2B-3C4D-5E6F-7A8B" */
  code: string;
  contentHash: string;
  /** 1, 2, … for each distinct content issued for this placement. */
  revision: number;
  /** false when exactly this content had been issued before (same code). */
  newlyIssued: boolean;
  fileName: string;
  pages: number;
}

/** A safe file name: letters of any script, digits, "-", "_" and "."; nothing else. Parts joined by `separator`. */
export function safeFileName(parts: readonly string[], extension: string, separator: "_" | "-" = "_"): string {
  const base = parts
    .map((p) =>
      p
        .normalize("NFC")
        .replace(/[^\p{L}\p{N}._-]+/gu, "_")
        .replace(/^_+|_+$/g, ""),
    )
    .filter((p) => p !== "")
    .join(separator)
    .slice(0, 120);
  return `${base || "document"}.${extension}`;
}

/**
 * The diary-report and the department's status as documents: builds the plain data from the
 * database, renders it, and records each issued verification code (`cli verify`).
 */
export function createDiaryExportService(deps: DiaryServiceDeps) {
  const { db } = deps;

  async function nameResolver(context: DiaryReportContext, ids: readonly number[]): Promise<(id: number) => string> {
    const names = new Map<number, string>(context.people ?? []);
    const p = context.placement;
    if (p.universitySupervisorTelegramId !== null && context.universitySupervisor)
      names.set(p.universitySupervisorTelegramId, context.universitySupervisor.fullName);
    if (p.organisationSupervisorTelegramId !== null && context.organisationSupervisor) {
      names.set(p.organisationSupervisorTelegramId, context.organisationSupervisor.fullName);
    }
    for (const id of new Set(ids)) {
      if (names.has(id)) continue;
      const user = await db.users.findByTelegramId(id);
      const name = displayName(user);
      if (name) names.set(id, name);
    }
    return (id) => names.get(id) ?? `#${id}`;
  }

  const service = {
    /** The F-76 content of a diary as plain data (entries oldest first; drafts are not part of it). */
    async buildDiaryReportData(context: DiaryReportContext): Promise<DiaryReportData> {
      const { placement } = context;
      const { policy, calendar } = placementRules(deps, placement);
      const [docs, outcome, assignment] = await Promise.all([
        db.diaryEntries.listByPlacement(placement.id),
        db.practiceOutcomes.find(placement.id),
        db.individualAssignments.find(placement.id),
      ]);
      const protocol = outcome?.grade?.commission ? await db.commissionProtocols.findById(outcome.grade.commission.protocolId) : null;
      const task = assignment?.current;
      const entries = docs.filter((d) => d.status !== "draft");
      const name = await nameResolver(context, [
        ...entries.flatMap((e) => (e.decision ? [e.decision.by] : [])),
        ...(outcome?.characteristic ? [outcome.characteristic.by] : []),
        ...(outcome?.grade ? [outcome.grade.by] : []),
        ...(outcome?.signOffs.map((s) => s.by) ?? []),
        ...(outcome?.earlySignOff ? [outcome.earlySignOff.by] : []),
        ...(task ? [task.by] : []),
      ]);
      const reportEntries: DiaryReportEntry[] = entries.map((e) => ({
        date: e.date,
        hours: e.hours,
        text: e.text,
        status: e.status === "approved" || e.status === "returned" ? e.status : "submitted",
        mark: markEntryDay(calendar, e.date).mark,
        ...(isLateEntryPermitted(placement, e.date) ? { lateEntry: true as const } : {}),
        decision: e.decision
          ? {
              kind: e.decision.kind,
              by: name(e.decision.by),
              role: e.decision.role,
              at: e.decision.at.toISOString(),
              reason: e.decision.reason ?? null,
            }
          : null,
      }));
      // Every week of the practice, as `/entries` and `/progress` count them (QP-06 3.6).
      const weeks = groupEntriesByWeek(entries, placement, placement.endDate);
      const c = outcome?.characteristic;
      const g = outcome?.grade;
      return {
        placementId: placement.id,
        university: context.university ?? null,
        department: context.department ?? null,
        student: { fullName: context.student.fullName, studentNumber: context.student.studentNumber ?? null },
        programme: context.student.programme,
        group: context.student.group,
        practiceType: context.practiceType,
        organisation: { name: context.organisation?.name ?? "—", unit: context.organisation?.unit ?? null },
        startDate: placement.startDate,
        endDate: placement.endDate,
        universitySupervisor: context.universitySupervisor?.fullName ?? null,
        organisationSupervisor: context.organisationSupervisor?.fullName ?? null,
        entries: reportEntries,
        weeks: weeks.map((w) => ({
          index: w.index,
          from: w.from,
          to: w.to,
          hours: w.hours,
          approvedHours: w.approvedHours,
          ...(w.norm !== null ? { norm: w.norm } : {}),
        })),
        ...(placement.excusedDays && placement.excusedDays.length > 0
          ? { excusedDays: placement.excusedDays.map((d) => ({ date: d.date, reason: d.reason })) }
          : {}),
        totals: {
          hours: sumHours(entries.filter(countsAsHandedIn)),
          approvedHours: sumHours(entries.filter((e) => e.status === "approved")),
          requiredHours: placement.requiredHours,
          weeklyTarget: policy.hoursPerDay * policy.daysPerWeek,
        },
        characteristic: c
          ? {
              text: c.text,
              suggestedScore: c.suggestedScore,
              suggestedLetter: c.suggestedLetter,
              by: name(c.by),
              at: c.at.toISOString(),
              ...(c.document ? { document: { fileName: c.document.fileName, sha256: c.document.sha256 } } : {}),
            }
          : null,
        grade: g
          ? {
              score: g.score,
              letter: g.letter,
              points: g.points,
              by: name(g.by),
              role: g.role,
              at: g.at.toISOString(),
              // QP-06 6.5–6.6: printed with the commission's protocol it was decided in.
              ...(g.commission && protocol
                ? { commission: { number: g.commission.number, date: g.commission.date, members: [...protocol.members] } }
                : {}),
            }
          : null,
        // QP-06 5.13: the individual tasks the F-76 carries.
        ...(task
          ? {
              assignment: {
                text: task.text,
                ...(task.document ? { document: { fileName: task.document.fileName, sha256: task.document.sha256 } } : {}),
                by: name(task.by),
                at: task.at.toISOString(),
              },
            }
          : {}),
        signOffs: (outcome?.signOffs ?? []).map((s) => ({ role: s.role, by: name(s.by), at: s.at.toISOString() })),
        ...(outcome?.earlySignOff
          ? {
              earlySignOff: {
                by: name(outcome.earlySignOff.by),
                at: outcome.earlySignOff.at.toISOString(),
                reason: outcome.earlySignOff.reason,
              },
            }
          : {}),
      };
    },

    /** Renders the PDF of `data` and records its verification code (same content → same code, same revision). */
    async issueDiaryPdf(data: DiaryReportData, language: DocumentLanguage): Promise<ExportedDiary> {
      const rendered = await renderDiaryReportPdf(data, { ...language, generatedAt: deps.now() });
      const issued = await db.documentVerifications.issue({
        code: rendered.code.replace(/-/g, ""),
        placementId: data.placementId,
        contentHash: rendered.contentHash,
        issuedAt: deps.now(),
        summary: verificationSummary(data),
      });
      return {
        pdf: rendered.pdf,
        code: rendered.code,
        contentHash: rendered.contentHash,
        revision: issued.record.revision,
        newlyIssued: issued.created,
        fileName: safeFileName(["F-76", data.student.studentNumber ?? data.placementId, data.student.fullName], "pdf"),
        pages: rendered.pages,
      };
    },

    /** `/export` for a student: build, render, issue. */
    async exportDiaryPdf(context: DiaryReportContext, language: DocumentLanguage): Promise<ExportedDiary> {
      return service.issueDiaryPdf(await service.buildDiaryReportData(context), language);
    },

    ...createDiaryStatusExport(db),
  };
  return service;
}
export type DiaryExportService = ReturnType<typeof createDiaryExportService>;
