import { Types } from "mongoose";
import { checkEmail, checkPhone, checkText } from "../../domain/practice/contacts.js";
import type { FieldIssue } from "../../domain/practice/issues.js";
import { HOME_COUNTRY } from "../../domain/practice/organisation.js";
import { checkContractDate, checkPracticeDates } from "../../domain/practice/placement.js";
import { checkFullName } from "../../domain/profile/student-profile.js";
import { isIsoDate } from "../../domain/rules/dates.js";
import { requiredPracticeHours } from "../../domain/rules/practice-deadlines.js";
import type { OrganisationDocument } from "../../persistence/models/organisation.model.js";
import type { PlacementDocument } from "../../persistence/models/placement.model.js";
import type { HistoryInput, PlacementSet } from "../../persistence/repositories/placement.repository.js";
import type { PracticeContext, PracticeServiceDeps } from "../practice-context.js";
import { asId } from "./access.js";
import type { ContractFlag, PlacementDraftInput } from "./types.js";
import { contractNumberWithoutSign } from "../../domain/practice/contract-number.js";

/** A field value as history text: dates ISO, ids hex. */
function text(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Types.ObjectId) return value.toHexString();
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}
export const withParams = (params: Record<string, string | number> | undefined) => (params ? { params } : {});

/**
 * Validates the given fields against the merged placement and computes what changes. Returns the
 * issues, or the `$set` with its history changes.
 */
export function createChangePreparer({ db }: Pick<PracticeServiceDeps, "db">, context: PracticeContext) {
  return async function prepareChanges(
    input: PlacementDraftInput,
    existing: PlacementDocument | null,
    departmentId: Types.ObjectId,
  ): Promise<
    { issues: FieldIssue[] } | { set: PlacementSet; changes: NonNullable<HistoryInput["changes"]>; contract: ContractFlag | null }
  > {
    const issues: FieldIssue[] = [];
    const set: PlacementSet = {};
    const { policy, calendar } = await context.rulesOf(departmentId);

    let organisation: OrganisationDocument | null = null;
    if (input.organisationId !== undefined) {
      const id = asId(input.organisationId);
      organisation = id ? await db.organisations.findById(id) : null;
      if (!organisation) issues.push({ field: "organisationId", kind: "organisation", reason: "not-found" });
      else if (organisation.status === "rejected") issues.push({ field: "organisationId", kind: "organisation", reason: "rejected" });
      else set.organisationId = organisation._id;
    } else if (existing?.organisationId) {
      organisation = await db.organisations.findById(existing.organisationId);
    }
    const foreign = organisation !== null && organisation.country !== HOME_COUNTRY;

    const textField = (field: "unit" | "contractNumber" | "assignment", limits: { min: number; max: number }): string | undefined => {
      const raw = input[field];
      if (raw === undefined) return undefined;
      const checked = checkText(raw, limits);
      if (checked.ok) return checked.value;
      issues.push({ field, kind: "text", reason: checked.reason, ...withParams(checked.params) });
      return undefined;
    };
    const unit = textField("unit", { min: 2, max: 200 });
    if (unit !== undefined) set.unit = unit;
    const contractNumber = textField("contractNumber", { min: 1, max: 60 });
    if (contractNumber !== undefined) set["contract.number"] = contractNumberWithoutSign(contractNumber);
    const assignment = textField("assignment", { min: 3, max: 2000 });
    if (assignment !== undefined) set.assignment = assignment;

    if (input.organisationSupervisorName !== undefined) {
      const checked = checkFullName(input.organisationSupervisorName);
      if (checked.ok) set["organisationSupervisor.fullName"] = checked.value;
      else issues.push({ field: "organisationSupervisorName", kind: "name", reason: checked.reason, ...withParams(checked.params) });
    }
    if (input.organisationSupervisorPhone !== undefined) {
      const checked = checkPhone(input.organisationSupervisorPhone, { allowForeign: foreign });
      if (checked.ok) set["organisationSupervisor.phone"] = checked.value;
      else issues.push({ field: "organisationSupervisorPhone", kind: "phone", reason: checked.reason });
    }
    if (input.organisationSupervisorEmail !== undefined) {
      const checked = checkEmail(input.organisationSupervisorEmail);
      if (checked.ok) set["organisationSupervisor.email"] = checked.value;
      else issues.push({ field: "organisationSupervisorEmail", kind: "email", reason: checked.reason, ...withParams(checked.params) });
    }

    // QP-06 3.6: dates and weeks agree; the academic year follows the start.
    const startDate = input.startDate ?? existing?.startDate ?? undefined;
    const endDate = input.endDate ?? existing?.endDate ?? undefined;
    const weeks = input.weeks ?? existing?.weeks ?? undefined;
    const datesTouched = input.startDate !== undefined || input.endDate !== undefined || input.weeks !== undefined;
    let datesValid = startDate !== undefined && endDate !== undefined && weeks !== undefined;
    if (datesTouched) {
      if (startDate !== undefined && endDate !== undefined && weeks !== undefined) {
        const academicYear = existing?.academicYear ?? input.academicYear;
        const dateIssues = checkPracticeDates({ startDate, endDate, weeks, academicYear, today: context.today() }, calendar);
        for (const issue of dateIssues)
          issues.push({ field: issue.field, kind: "date", reason: issue.reason, ...withParams(issue.params) });
        datesValid = dateIssues.length === 0;
      } else {
        for (const [field, value] of [
          ["startDate", startDate],
          ["endDate", endDate],
          ["weeks", weeks],
        ] as const) {
          if (value === undefined) issues.push({ field, kind: "required", reason: "missing" });
        }
        datesValid = false;
      }
      if (datesValid) {
        if (input.startDate !== undefined) set.startDate = input.startDate;
        if (input.endDate !== undefined) set.endDate = input.endDate;
        if (input.weeks !== undefined) {
          set.weeks = input.weeks;
          set.requiredHours = requiredPracticeHours(policy, input.weeks);
        }
      }
    }

    // QP-06 Annex 1 §2.1 / KazUTB 8.5: a late contract is accepted but flagged.
    let contract: ContractFlag | null = null;
    const contractDate = input.contractDate ?? existing?.contract?.date ?? undefined;
    if (input.contractDate !== undefined && !isIsoDate(input.contractDate)) {
      issues.push({ field: "contractDate", kind: "date", reason: "invalid-date" });
    } else if (contractDate !== undefined && (input.contractDate !== undefined || datesTouched)) {
      if (datesValid && startDate !== undefined && endDate !== undefined && weeks !== undefined) {
        const practiceType = existing?.practiceType ?? input.practiceType;
        const checked = checkContractDate({ contractDate, startDate, endDate, weeks, practiceType }, policy, calendar);
        if (!checked.ok)
          issues.push({ field: "contractDate", kind: "date", reason: checked.issue.reason, ...withParams(checked.issue.params) });
        else {
          if (input.contractDate !== undefined) set["contract.date"] = input.contractDate;
          set.contractLate = checked.late;
          if (checked.late) {
            set.contractDeadline = checked.deadline;
            set.contractRule = checked.rule;
          }
          contract = checked.late
            ? { late: true, deadline: checked.deadline, rule: checked.rule }
            : { late: false, deadline: checked.deadline, rule: null };
        }
      } else if (input.contractDate !== undefined) {
        // No complete period yet: the contract is checked against it once the dates are given.
        set["contract.date"] = input.contractDate;
      }
    }
    if (issues.length > 0) return { issues };

    const current: Record<string, unknown> = {
      startDate: existing?.startDate,
      endDate: existing?.endDate,
      weeks: existing?.weeks,
      requiredHours: existing?.requiredHours,
      organisationId: existing?.organisationId,
      unit: existing?.unit,
      "contract.number": existing?.contract?.number,
      "contract.date": existing?.contract?.date,
      contractLate: existing?.contractLate ?? false,
      contractDeadline: existing?.contractDeadline,
      contractRule: existing?.contractRule,
      "organisationSupervisor.fullName": existing?.organisationSupervisor?.fullName,
      "organisationSupervisor.phone": existing?.organisationSupervisor?.phone,
      "organisationSupervisor.email": existing?.organisationSupervisor?.email,
      assignment: existing?.assignment,
    };
    const changes: NonNullable<HistoryInput["changes"]> = [];
    const effective: PlacementSet = {};
    for (const [field, value] of Object.entries(set) as [keyof PlacementSet, unknown][]) {
      if (text(current[field]) === text(value)) continue;
      (effective as Record<string, unknown>)[field] = value;
      if (field === "contractDeadline" || field === "contractRule" || field === "requiredHours") continue;
      changes.push({ field, from: text(current[field]), to: text(value) });
    }
    return { set: effective, changes, contract };
  };
}
