import { Types } from "mongoose";
import type { DiaryPlacement } from "../../domain/diary/types.js";
import type { Persistence } from "../../persistence/create-persistence.js";
import type { PlacementDocument } from "../../persistence/models/placement.model.js";
import type { StudentDocument } from "../../persistence/models/student.model.js";
import type { DiaryReportContext } from "./diary-export.service.js";

/**
 * The supervisors' view of placements for the diary (issue 9). A minimal private adapter from the
 * placement document to `DiaryPlacement` / `DiaryReportContext`, until the shared
 * `placement-adapter.ts` lands (the lead may swap these for it).
 */
export interface SupervisedDiary {
  placement: DiaryPlacement;
  document: PlacementDocument;
  student: StudentDocument;
}

const PAGE = { skip: 0, limit: 2000 };

export function createSupervisionPlacements(db: Persistence) {
  const policyOf = new Map<string, string>();

  async function policyIdOf(departmentId: Types.ObjectId): Promise<string> {
    const key = String(departmentId);
    const known = policyOf.get(key);
    if (known) return known;
    const department = await db.departments.findById(departmentId);
    const policyId = department?.policyId ?? "iitu";
    policyOf.set(key, policyId);
    return policyId;
  }

  async function toDiaryPlacement(doc: PlacementDocument): Promise<DiaryPlacement> {
    return {
      id: String(doc._id),
      studentId: String(doc.studentId),
      departmentId: String(doc.departmentId),
      policyId: await policyIdOf(doc.departmentId),
      startDate: doc.startDate ?? "",
      endDate: doc.endDate ?? "",
      requiredHours: doc.requiredHours ?? 0,
      universitySupervisorTelegramId: doc.universitySupervisorTelegramId ?? null,
      organisationSupervisorTelegramId: doc.organisationSupervisor?.telegramId ?? null,
    };
  }

  async function withStudents(docs: readonly PlacementDocument[]): Promise<SupervisedDiary[]> {
    const students = new Map((await db.students.findByIds(docs.map((d) => d.studentId))).map((s) => [String(s._id), s]));
    const out: SupervisedDiary[] = [];
    for (const document of docs) {
      const student = students.get(String(document.studentId));
      if (student && document.startDate && document.endDate) out.push({ placement: await toDiaryPlacement(document), document, student });
    }
    return out.sort((a, b) => a.student.fullName.localeCompare(b.student.fullName));
  }

  return {
    toDiaryPlacement,

    /** One placement with its student; null for an unknown id (forged or deleted). */
    async load(placementId: string): Promise<SupervisedDiary | null> {
      if (!Types.ObjectId.isValid(placementId)) return null;
      const document = await db.placements.findById(placementId);
      if (!document) return null;
      return (await withStudents([document]))[0] ?? null;
    },

    /** Placements linking `telegramId` as university or organisation supervisor (links read from the records). */
    async supervisedBy(telegramId: number): Promise<SupervisedDiary[]> {
      const [asUniversity, asOrganisation] = await Promise.all([
        db.placements.list({ universitySupervisorTelegramId: telegramId }, PAGE),
        db.placements.list({ organisationSupervisorTelegramId: telegramId }, PAGE),
      ]);
      const unique = new Map([...asUniversity, ...asOrganisation].map((p) => [String(p._id), p]));
      return withStudents([...unique.values()]);
    },

    /** Every placement of a department with dates (coordinators: export, grading for the commission). */
    async ofDepartment(departmentId: string): Promise<SupervisedDiary[]> {
      if (!Types.ObjectId.isValid(departmentId)) return [];
      const docs = await db.placements.list(
        { departmentId: new Types.ObjectId(departmentId), excludeStatuses: ["draft"] },
        { skip: 0, limit: 100_000 },
      );
      return withStudents(docs);
    },

    /** The department-status row context of a placement (`/export` XLSX). */
    async reportContext(diary: SupervisedDiary): Promise<DiaryReportContext> {
      const { document, student } = diary;
      const organisation = document.organisationId ? await db.organisations.findById(document.organisationId) : null;
      const universitySupervisor = document.universitySupervisorTelegramId
        ? await db.users.findByTelegramId(document.universitySupervisorTelegramId)
        : null;
      return {
        placement: diary.placement,
        student: {
          fullName: student.fullName,
          studentNumber: student.studentNumber,
          group: student.group,
          programme: student.programmeCode,
        },
        practiceType: document.practiceType,
        organisation: organisation ? { name: organisation.fullName, unit: document.unit ?? null } : null,
        universitySupervisor: universitySupervisor
          ? { fullName: [universitySupervisor.firstName, universitySupervisor.lastName].filter(Boolean).join(" ") }
          : null,
        organisationSupervisor: document.organisationSupervisor?.fullName ? { fullName: document.organisationSupervisor.fullName } : null,
      };
    },
  };
}
export type SupervisionPlacements = ReturnType<typeof createSupervisionPlacements>;
