import { checkEmail, checkText } from "../../src/domain/practice/contacts.js";
import { checkFullName } from "../../src/domain/profile/student-profile.js";
import type { PlacementDraftInput } from "../../src/services/placement.service.js";
import { MAX_ATTEMPTS } from "../support/ask.js";
import { checkDate, checkPhones } from "./checks.js";
import type { BaseKit, GroupFlow } from "./kit.js";

type Check<T> = (text: string) => { ok: true; value: T } | { ok: false; reason: string; params?: Record<string, string | number> };

/** A text field saved on the placement; re-asked with the service's reason until it is accepted. */
async function field<T extends string | number>(
  kit: BaseKit,
  question: string,
  check: Check<T>,
  errorPrefix: string,
  toInput: (value: T) => Omit<PlacementDraftInput, "practiceType" | "placementId">,
): Promise<void> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const value = await kit.ask.text({ question, check, errorPrefix });
    if (await kit.saveOrSay(toInput(value))) return;
  }
  await kit.ask.giveUp();
}

/** The placement as known, or nothing when every answer of the group is asked again. */
const knownOf = (kit: BaseKit, force: boolean) => (force ? null : kit.snap);

/** The unit of the organisation the student works in. */
export const fillUnit: GroupFlow = async (kit, force) => {
  if (!knownOf(kit, force)?.unit)
    await field(
      kit,
      "base-ask-unit",
      (text) => checkText(text, { min: 2, max: 200 }),
      "placement-text",
      (unit) => ({ unit }),
    );
  return "done";
};

/** The practice agreement: its number and date (a late date is said by the kit). */
export const fillContract: GroupFlow = async (kit, force) => {
  if (!knownOf(kit, force)?.contractNumber)
    await field(
      kit,
      "base-ask-contract-number",
      (text) => checkText(text, { min: 1, max: 60 }),
      "placement-text",
      (contractNumber) => ({ contractNumber }),
    );
  if (!knownOf(kit, force)?.contractDate)
    await field(kit, "base-ask-contract-date", checkDate, "placement-date", (contractDate) => ({ contractDate }));
  return "done";
};

/** The organisation supervisor: name, phone (foreign numbers for a base abroad) and email. */
export const fillSupervisor: GroupFlow = async (kit, force) => {
  if (!knownOf(kit, force)?.supervisorName)
    await field(kit, "base-ask-supervisor-name", checkFullName, "placement-name", (organisationSupervisorName) => ({
      organisationSupervisorName,
    }));
  if (!knownOf(kit, force)?.supervisorPhone) {
    const organisation = kit.snap?.organisation;
    const foreign = organisation !== null && organisation !== undefined && organisation.country !== "KZ";
    await field(
      kit,
      "base-ask-supervisor-phone",
      (text) => checkPhones(text, foreign),
      "placement-phone",
      (phones) => ({ organisationSupervisorPhone: phones.split(",")[0]! }),
    );
  }
  if (!knownOf(kit, force)?.supervisorEmail)
    await field(kit, "base-ask-supervisor-email", checkEmail, "placement-email", (organisationSupervisorEmail) => ({
      organisationSupervisorEmail,
    }));
  return "done";
};
