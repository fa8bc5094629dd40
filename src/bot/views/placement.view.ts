import type { OrganisationDocument, PlacementDocument } from "../../services/placement.service.js";
import type { TranslateFunction } from "@grammyjs/i18n";
import type { PlacementStatus, PracticeType } from "../../domain/practice/placement.js";
import { dottedDate } from "../../domain/rules/dates.js";
import { contractNumberWithoutSign } from "../../domain/practice/contract-number.js";

/** A placement as plain data (what a scene may keep across replays). */
export interface PlacementSnapshot {
  id: string;
  version: number;
  status: PlacementStatus;
  practiceType: PracticeType;
  academicYear: string;
  startDate: string | null;
  endDate: string | null;
  weeks: number | null;
  requiredHours: number | null;
  organisationId: string | null;
  organisation: { name: string; bin: string | null; country: string; status: string } | null;
  unit: string | null;
  contractNumber: string | null;
  contractDate: string | null;
  contractLate: boolean;
  contractDeadline: string | null;
  contractRule: string | null;
  supervisorName: string | null;
  supervisorPhone: string | null;
  supervisorEmail: string | null;
  supervisorLinked: boolean;
  universitySupervisorLinked: boolean;
  returnReason: string | null;
}

export function toSnapshot(placement: PlacementDocument, organisation: OrganisationDocument | null): PlacementSnapshot {
  const supervisor = placement.organisationSupervisor;
  return {
    id: String(placement._id),
    version: placement.version,
    status: placement.status,
    practiceType: placement.practiceType,
    academicYear: placement.academicYear,
    startDate: placement.startDate ?? null,
    endDate: placement.endDate ?? null,
    weeks: placement.weeks ?? null,
    requiredHours: placement.requiredHours ?? null,
    organisationId: placement.organisationId ? String(placement.organisationId) : null,
    organisation: organisation
      ? { name: organisation.fullName, bin: organisation.bin ?? null, country: organisation.country, status: organisation.status }
      : null,
    unit: placement.unit ?? null,
    contractNumber: placement.contract?.number ? contractNumberWithoutSign(placement.contract.number) : null,
    contractDate: placement.contract?.date ?? null,
    contractLate: placement.contractLate ?? false,
    contractDeadline: placement.contractDeadline ?? null,
    contractRule: placement.contractRule ?? null,
    supervisorName: supervisor?.fullName ?? null,
    supervisorPhone: supervisor?.phone ?? null,
    supervisorEmail: supervisor?.email ?? null,
    supervisorLinked: typeof supervisor?.telegramId === "number",
    universitySupervisorLinked: typeof placement.universitySupervisorTelegramId === "number",
    returnReason: placement.returnReason ?? null,
  };
}

/** The student's view of a placement: status, base, unit, contract, both supervisors, dates, hours. */
export function formatPlacement(t: TranslateFunction, p: PlacementSnapshot): string {
  const dash = "—";
  const lines = [
    t("base-view-title", { practiceType: t(`placement-type-${p.practiceType}`), academicYear: p.academicYear }),
    t("base-view-status", { status: t(`placement-status-${p.status}`) }),
    t("base-view-organisation", {
      organisation: p.organisation?.name ?? dash,
      bin: p.organisation?.bin ?? p.organisation?.country ?? dash,
      organisationStatus: p.organisation?.status ?? "none",
    }),
    t("base-view-unit", { unit: p.unit ?? dash }),
    t("base-view-contract", { number: p.contractNumber ?? dash, date: dottedDate(p.contractDate) }),
    t("base-view-dates", { start: dottedDate(p.startDate), end: dottedDate(p.endDate), weeks: p.weeks ?? 0, hours: p.requiredHours ?? 0 }),
    t("base-view-org-supervisor", {
      name: p.supervisorName ?? dash,
      phone: p.supervisorPhone ?? dash,
      email: p.supervisorEmail ?? dash,
      linked: p.supervisorLinked ? "yes" : "no",
    }),
    t("base-view-university-supervisor", { linked: p.universitySupervisorLinked ? "yes" : "no" }),
  ];
  if (p.contractLate) {
    lines.push(
      t("placement-contract-late", {
        contractDate: dottedDate(p.contractDate),
        deadline: dottedDate(p.contractDeadline),
        rule: p.contractRule ?? dash,
      }),
    );
  }
  if (p.status === "returned" && p.returnReason) lines.push(t("base-view-return-reason", { reason: p.returnReason }));
  return lines.join("\n");
}
