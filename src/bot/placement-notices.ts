import type { OrganisationDocument, PlacementDocument, StudentDocument } from "../services/placement.service.js";
import { dottedDate } from "../domain/rules/dates.js";
import type { AppServices } from "../services/app-services.js";
import type { ContractFlag } from "../services/placement.service.js";
import { placementDecision } from "./decision-buttons.js";
import { basesData } from "./features/coordinator-practice/callback-data.js";
import { contractNumberWithoutSign } from "../domain/practice/contract-number.js";

/** What every notice about a placement says about it (rendered later in the recipient's language). */
function aboutPlacement(placement: PlacementDocument, student: StudentDocument, organisation: OrganisationDocument | null) {
  return {
    student: student.fullName,
    group: student.group ?? "—",
    studentNumber: student.studentNumber ?? "—",
    practiceType: placement.practiceType,
    organisation: organisation?.fullName ?? "—",
    bin: organisation?.bin ?? "—",
    start: dottedDate(placement.startDate),
    end: dottedDate(placement.endDate),
    contractNumber: placement.contract?.number ? contractNumberWithoutSign(placement.contract.number) : "—",
    contractDate: dottedDate(placement.contract?.date),
  };
}

/**
 * Tells each coordinator of the department that a placement waits for their decision (6B03104 §9.1),
 * with the shared Approve / Return buttons for this version; a late contract is flagged citing the
 * rule (QP-06 Annex 1 §2.1; KazUTB 8.5). One document per coordinator and version; those due together reach a
 * coordinator as one list (GROUPED_NOTICE_KINDS).
 */
export async function notifyPlacementSubmitted(
  services: AppServices,
  input: {
    placement: PlacementDocument;
    student: StudentDocument;
    organisation: OrganisationDocument | null;
    coordinators: readonly number[];
    contract: ContractFlag | null;
    resubmitted: boolean;
  },
): Promise<void> {
  const { placement, contract } = input;
  const id = String(placement._id);
  const late = contract?.late ?? placement.contractLate ?? false;
  const params = {
    ...aboutPlacement(placement, input.student, input.organisation),
    organisationStatus: input.organisation?.status ?? "proposed",
    resubmitted: input.resubmitted ? "yes" : "no",
    late: late ? "yes" : "no",
    deadline: dottedDate(contract?.deadline ?? placement.contractDeadline),
    rule: contract?.rule ?? placement.contractRule ?? "—",
    // When several wait at once the outbox sends one list (GROUPED_NOTICE_KINDS) with this button to /bases.
    basesData: basesData.pack(String(placement.departmentId), 0),
  };
  const keyboard = placementDecision.outboxKeyboard(id, placement.version, {
    approve: "base-coordinator-approve-button",
    return: "base-coordinator-return-button",
  });
  for (const coordinator of input.coordinators) {
    await services.outbox.enqueue({
      recipient: coordinator,
      kind: "placement-submitted",
      ref: `placement:${id}`,
      payload: { key: "base-coordinator-submitted", params, keyboard },
      dedupeKey: `placement-submitted:${id}:${placement.version}:${coordinator}`,
    });
  }
}

/** "I could not find a base" (6B03104 §9.1: two weeks before the start), to each coordinator. */
export async function notifyNoBase(
  services: AppServices,
  input: {
    placement: PlacementDocument;
    student: StudentDocument;
    coordinators: readonly number[];
    deadline: { date: string; rule: string } | null;
    late: boolean;
  },
): Promise<void> {
  const id = String(input.placement._id);
  const params = {
    ...aboutPlacement(input.placement, input.student, null),
    late: input.late ? "yes" : "no",
    deadline: dottedDate(input.deadline?.date),
    rule: input.deadline?.rule ?? "6B03104 §9.1",
  };
  for (const coordinator of input.coordinators) {
    await services.outbox.enqueue({
      recipient: coordinator,
      kind: "placement-no-base",
      ref: `placement:${id}`,
      payload: { key: "base-coordinator-no-base", params },
      dedupeKey: `placement-no-base:${id}:${coordinator}`,
    });
  }
}
