import { Types } from "mongoose";
import { can, type AccessTarget } from "../domain/access/policy.js";
import { departmentsWithRole, type AccessPrincipal } from "../domain/access/roles.js";
import { checkBin } from "../domain/practice/bin.js";
import { checkEmail, checkOrganisationName, checkPhone, checkText, normaliseOrganisationName } from "../domain/practice/contacts.js";
import type { FieldIssue } from "../domain/practice/issues.js";
import { HOME_COUNTRY, normaliseCountry } from "../domain/practice/organisation.js";
import type { OrganisationDocument } from "../persistence/models/organisation.model.js";
import type { PracticeServiceDeps, Refusal } from "./practice-context.js";

/** What a student or coordinator types about a new practice base (6B03104 §9.1 stage I). */
export interface OrganisationInput {
  fullName: string;
  /** Required for organisations in Kazakhstan; absent for foreign ones. */
  bin?: string | null | undefined;
  /** ISO 3166-1 alpha-2; default "KZ". */
  country?: string | undefined;
  postalAddress?: string | undefined;
  phones?: readonly string[] | undefined;
  email?: string | undefined;
  activityArea?: string | undefined;
  /** The department it is proposed for; default the proposing student's department. */
  departmentId?: string | undefined;
}

export type ProposeResult =
  | { status: "proposed"; organisation: OrganisationDocument }
  /** The BIN (or a foreign organisation's name) is already known: reuse it. */
  | { status: "existing"; organisation: OrganisationDocument }
  | { status: "rejected"; organisation: OrganisationDocument; reason: string }
  | { status: "invalid"; issues: FieldIssue[] }
  | Refusal;

export type DecideResult =
  | { status: "approved" | "rejected"; organisation: OrganisationDocument }
  /** Pressing twice is harmless: the first decision stands. */
  | { status: "alreadyDecided"; organisation: OrganisationDocument }
  | { status: "invalid"; issues: FieldIssue[] }
  | Refusal;

export const ORGANISATION_SEARCH_LIMIT = 10;

/** An organisation form that passed every check, normalised. */
export interface ValidOrganisation {
  fullName: string;
  normalisedName: string;
  country: string;
  bin: string | undefined;
  postalAddress: string | undefined;
  phones: string[];
  email: string | undefined;
  activityArea: string | undefined;
}

/** Validates an organisation form; every refused field is reported. */
export function checkOrganisationInput(
  input: OrganisationInput,
): { ok: true; value: ValidOrganisation } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const name = checkOrganisationName(input.fullName);
  if (!name.ok) issues.push({ field: "fullName", kind: "text", reason: name.reason, ...(name.params ? { params: name.params } : {}) });
  const country = normaliseCountry(input.country ?? HOME_COUNTRY);
  if (!country) issues.push({ field: "country", kind: "country", reason: "format" });
  const foreign = country !== null && country !== HOME_COUNTRY;
  let bin: string | undefined;
  const binText = input.bin?.trim() ?? "";
  if (foreign && binText !== "") issues.push({ field: "bin", kind: "bin", reason: "not-for-foreign" });
  else if (!foreign) {
    if (binText === "") issues.push({ field: "bin", kind: "required", reason: "missing" });
    else {
      const checked = checkBin(binText);
      if (checked.ok) bin = checked.value;
      else issues.push({ field: "bin", kind: "bin", reason: checked.reason });
    }
  }
  const phones: string[] = [];
  (input.phones ?? []).forEach((raw, i) => {
    const checked = checkPhone(raw, { allowForeign: foreign });
    if (checked.ok) phones.push(checked.value);
    else issues.push({ field: `phones.${i}`, kind: "phone", reason: checked.reason });
  });
  let email: string | undefined;
  if (input.email !== undefined && input.email.trim() !== "") {
    const checked = checkEmail(input.email);
    if (checked.ok) email = checked.value;
    else issues.push({ field: "email", kind: "email", reason: checked.reason, ...(checked.params ? { params: checked.params } : {}) });
  }
  const text = (field: "postalAddress" | "activityArea", max: number): string | undefined => {
    const raw = input[field];
    if (raw === undefined || raw.trim() === "") return undefined;
    const checked = checkText(raw, { min: 3, max });
    if (checked.ok) return checked.value;
    issues.push({ field, kind: "text", reason: checked.reason, ...(checked.params ? { params: checked.params } : {}) });
    return undefined;
  };
  const postalAddress = text("postalAddress", 300);
  const activityArea = text("activityArea", 200);
  if (issues.length > 0 || !name.ok || !country) return { ok: false, issues };
  return {
    ok: true,
    value: {
      fullName: name.value,
      normalisedName: normaliseOrganisationName(name.value),
      country,
      bin,
      postalAddress,
      phones: [...new Set(phones)],
      email,
      activityArea,
    },
  };
}

/**
 * Practice bases: search of approved ones, proposals by students and coordinators, and the
 * coordinator's decision (QP-06 4.1–4.2; KazUTB 8.1, 8.3). One organisation per BIN.
 */
export function createOrganisationService(deps: PracticeServiceDeps) {
  const { db, now } = deps;

  /** The department a principal proposes for, and the target the policy checks. */
  async function proposalTarget(principal: AccessPrincipal, departmentId: string | undefined): Promise<AccessTarget | null> {
    const student = await db.students.findByTelegramId(principal.telegramId);
    const department = departmentId ?? (student ? String(student.departmentId) : departmentsWithRole(principal, "coordinator")[0]);
    if (!department || !Types.ObjectId.isValid(department)) return null;
    return {
      departmentId: department,
      studentId: student && String(student.departmentId) === department ? String(student._id) : null,
      studentTelegramId: student && String(student.departmentId) === department ? principal.telegramId : null,
    };
  }

  async function decide(
    principal: AccessPrincipal,
    organisationId: string,
    decision: { status: "approved" } | { status: "rejected"; reason: string },
  ): Promise<DecideResult> {
    if (!Types.ObjectId.isValid(organisationId)) return { status: "notFound" };
    const organisation = await db.organisations.findById(organisationId);
    if (!organisation) return { status: "notFound" };
    const departments = organisation.proposedForDepartmentIds.map(String);
    const decisions = (departments.length > 0 ? departments : [""]).map((departmentId) =>
      can(principal, "decideOrganisation", { departmentId }),
    );
    const allowed = decisions.find((d) => d.allowed);
    if (!allowed) {
      const denied = decisions[0]!;
      return { status: "forbidden", reason: denied.allowed ? "noRole" : denied.reason };
    }
    if (organisation.status !== "proposed") return { status: "alreadyDecided", organisation };
    const updated = await db.organisations.decide(organisation._id, decision, principal.telegramId, now());
    if (!updated) {
      const current = await db.organisations.findById(organisation._id);
      return current ? { status: "alreadyDecided", organisation: current } : { status: "notFound" };
    }
    return { status: decision.status, organisation: updated };
  }

  return {
    /**
     * Approved organisations matching `query`: a 12-digit BIN exactly, otherwise a fragment of the
     * name (at least 2 characters; case, quotes and extra spaces ignored). Open to everyone: approved
     * bases are the department's public list.
     */
    async searchApproved(_principal: AccessPrincipal, query: string, limit = ORGANISATION_SEARCH_LIMIT): Promise<OrganisationDocument[]> {
      const compact = query.replace(/[\s-]+/g, "");
      if (/^\d{12}$/.test(compact)) return db.organisations.searchApproved({ bin: compact }, limit);
      const fragment = normaliseOrganisationName(query);
      if (fragment.length < 2) return [];
      return db.organisations.searchApproved({ fragment, ...(/^\d{12}$/.test(fragment) ? { bin: fragment } : {}) }, limit);
    },

    async findById(principal: AccessPrincipal, organisationId: string): Promise<OrganisationDocument | null> {
      void principal;
      return Types.ObjectId.isValid(organisationId) ? db.organisations.findById(organisationId) : null;
    },

    /** Proposes a new base for the department's approval, or returns the known one with that BIN. */
    async propose(principal: AccessPrincipal, input: OrganisationInput): Promise<ProposeResult> {
      const target = await proposalTarget(principal, input.departmentId);
      if (!target) return { status: "notFound" };
      const decision = can(principal, "proposeOrganisation", target);
      if (!decision.allowed) return { status: "forbidden", reason: decision.reason };
      const checked = checkOrganisationInput(input);
      if (!checked.ok) return { status: "invalid", issues: checked.issues };
      const departmentId = new Types.ObjectId(target.departmentId);
      const value = checked.value;

      const known = value.bin
        ? await db.organisations.findByBin(value.bin)
        : await db.organisations.findForeignByName(value.normalisedName, value.country);
      const settle = async (organisation: OrganisationDocument): Promise<ProposeResult> => {
        if (organisation.status === "rejected") return { status: "rejected", organisation, reason: organisation.rejectionReason ?? "" };
        if (organisation.status === "proposed") await db.organisations.addProposingDepartment(organisation._id, departmentId);
        return { status: "existing", organisation };
      };
      if (known) return settle(known);
      const { created, organisation } = await db.organisations.propose({
        ...value,
        departmentId,
        proposedBy: principal.telegramId,
      });
      return created ? { status: "proposed", organisation } : settle(organisation);
    },

    /** Bases waiting for a decision in the coordinator's department (`/bases`). */
    async listProposed(
      principal: AccessPrincipal,
      departmentId: string,
      page: { skip?: number; limit?: number } = {},
    ): Promise<{ status: "ok"; organisations: OrganisationDocument[] } | Refusal> {
      const decision = can(principal, "decideOrganisation", { departmentId });
      if (!decision.allowed) return { status: "forbidden", reason: decision.reason };
      if (!Types.ObjectId.isValid(departmentId)) return { status: "notFound" };
      const organisations = await db.organisations.listProposed([new Types.ObjectId(departmentId)], page.limit ?? 20, page.skip ?? 0);
      return { status: "ok", organisations };
    },

    approve(principal: AccessPrincipal, organisationId: string): Promise<DecideResult> {
      return decide(principal, organisationId, { status: "approved" });
    },

    /** Rejects with a reason the student will see (1–500 characters). */
    async reject(principal: AccessPrincipal, organisationId: string, reason: string): Promise<DecideResult> {
      const checked = checkText(reason, { min: 1, max: 500 });
      if (!checked.ok) {
        return {
          status: "invalid",
          issues: [{ field: "reason", kind: "text", reason: checked.reason, ...(checked.params ? { params: checked.params } : {}) }],
        };
      }
      return decide(principal, organisationId, { status: "rejected", reason: checked.value });
    },
  };
}
export type OrganisationService = ReturnType<typeof createOrganisationService>;
