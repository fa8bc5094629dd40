import { Types } from "mongoose";
import { can, type DenyReason } from "../domain/access/policy.js";
import type { AccessPrincipal } from "../domain/access/roles.js";
import { resolvePolicy } from "../domain/policies/helpers.js";
import {
  deletionDecisionData,
  mustKeepPracticeRecords,
  purgeableFrom,
  RETENTION_RULE,
  SIGNATURE_RULE,
} from "../domain/privacy/retention.js";
import { localTimeOf } from "../domain/reminders/index.js";
import type { Persistence } from "../persistence/create-persistence.js";
import type { DeletionRequestDocument, KeptRecord } from "../persistence/models/privacy.model.js";
import type { ReferenceData } from "../reference-data/load.js";
import type { Outbox } from "./outbox/index.js";

interface PrivacyDeps {
  db: Persistence;
  now: () => Date;
  reference: ReferenceData;
  outbox: Outbox;
  adminTelegramIds: readonly number[];
  timezone: string;
}

/** Outbox kinds of the deletion's own messages (kept when the person's other notifications are erased). */
export const PRIVACY_OUTBOX_KINDS = ["privacy-deletion-request", "privacy-deletion-done", "privacy-deletion-refused"] as const;

export type ExportResult = { status: "ok"; fileName: string; json: string } | { status: "forbidden"; reason: DenyReason };
export type RequestResult =
  { status: "requested"; requestId: string } | { status: "alreadyOpen" } | { status: "forbidden"; reason: DenyReason };
export type DecideResult =
  | { status: "confirmed"; kept: KeptRecord[] }
  | { status: "refused" }
  | { status: "stale" }
  | { status: "notFound" }
  | { status: "forbidden"; reason: DenyReason };

/** The erasure's steps, in the order they run: the account goes last, so the answer can still reach the person. */
const STEPS = ["drafts", "outbox", "practice", "account", "answer"] as const;

/**
 * The person's own data (the law on personal data; QP-06 6.12 for what the department must keep): `/mydata`
 * exports everything stored about them; a deletion request goes to the department's coordinator, and once
 * confirmed removes or anonymises what no rule obliges the department to keep.
 */
export function createPrivacyService(deps: PrivacyDeps) {
  const { db, now } = deps;
  const policyOf = async (departmentId: Types.ObjectId | string): Promise<number> => {
    const department = await db.departments.findById(String(departmentId));
    const policy =
      deps.reference.policies.get(department?.policyId ?? "") ?? resolvePolicy(deps.reference.policies, deps.reference.defaultPolicyId);
    return policy.diaryRetentionYears;
  };
  const self = (principal: AccessPrincipal, action: "exportOwnData" | "requestDataDeletion") =>
    can(principal, action, { departmentId: "", personTelegramId: principal.telegramId });

  /**
   * The department whose coordinators decide: the student row's. Staff (a coordinator would decide on their own
   * request) and people without a student record have none: the admins decide.
   */
  async function departmentOf(telegramId: number): Promise<Types.ObjectId | null> {
    const student = await db.students.findByTelegramId(telegramId);
    return student ? student.departmentId : null;
  }

  async function deciders(departmentId: Types.ObjectId | null, requester: number): Promise<number[]> {
    const coordinators = departmentId ? ((await db.users.coordinatorsOf([departmentId])).get(String(departmentId)) ?? []) : [];
    // Nobody's department, or a department without a coordinator: the operators decide; never the requester.
    return (coordinators.length > 0 ? coordinators : [...deps.adminTelegramIds]).filter((id) => id !== requester);
  }

  async function describePerson(telegramId: number): Promise<string> {
    const student = await db.students.findByTelegramId(telegramId);
    if (student) return `${student.fullName} (${student.studentNumber}, ${student.group})`;
    const user = await db.users.findByTelegramId(telegramId);
    const name = user?.fullName ?? [user?.firstName, user?.lastName].filter(Boolean).join(" ");
    // Without a student record the name alone may not say who asks: the Telegram id (and @username) do.
    const handle = [`Telegram ${telegramId}`, ...(user?.username ? [`@${user.username}`] : [])].join(", ");
    return name ? `${name} (${handle})` : handle;
  }

  /** Runs (or resumes) the erasure of a confirmed request; each step is idempotent and recorded once done. */
  async function erase(request: DeletionRequestDocument): Promise<KeptRecord[]> {
    const { telegramId } = request;
    const done = new Set(request.steps);
    let kept = request.kept;
    for (const step of STEPS) {
      if (done.has(step)) continue;
      switch (step) {
        case "drafts":
          await db.privacy.eraseDrafts(telegramId);
          break;
        case "outbox":
          await db.privacy.eraseOutbox(telegramId, PRIVACY_OUTBOX_KINDS);
          break;
        case "practice":
          kept = await erasePractice(telegramId);
          break;
        case "account": {
          // QP-06 6.2: a supervisor's name stays on the diaries they signed while those are kept.
          const signs = await db.privacy.signsRecords(telegramId);
          await db.privacy.anonymiseUser(telegramId, signs, now());
          if (signs && !kept.some((k) => k.what === "staffName")) kept = [...kept, { what: "staffName", rule: SIGNATURE_RULE }];
          break;
        }
        case "answer":
          await deps.outbox.enqueue({
            recipient: telegramId,
            kind: "privacy-deletion-done",
            payload: { key: "privacy-deleted", params: keptParams(kept) },
            dedupeKey: `privacy-deletion-done:${String(request._id)}`,
          });
          break;
      }
      await db.privacy.markStep(request._id, step, kept);
    }
    await db.privacy.finishRequest(request._id, now());
    return kept;
  }

  /**
   * QP-06 6.12: a practice whose retention has not run out keeps its diary, report and the student row that names
   * it (unlinked from the account); older ones go now, as the retention job would delete them.
   */
  async function erasePractice(telegramId: number): Promise<KeptRecord[]> {
    const student = await db.students.findByTelegramId(telegramId);
    if (!student) return [];
    const years = await policyOf(student.departmentId);
    const today = localTimeOf(now(), deps.timezone).date;
    const kept: KeptRecord[] = [];
    for (const placement of await db.privacy.placementsOf(student._id)) {
      if (mustKeepPracticeRecords(placement.endDate, years, today)) {
        const until = purgeableFrom(placement.endDate, years);
        kept.push({ what: "diary", ...(until ? { until } : {}), rule: RETENTION_RULE });
        continue;
      }
      await db.privacy.purgePlacementRecords(String(placement._id));
      await db.privacy.deletePlacement(placement._id);
    }
    if (kept.length > 0) await db.privacy.unlinkStudent(student._id);
    else await db.privacy.deleteStudent(student._id);
    return kept;
  }

  /**
   * What the person is told was kept: `diary` = "none", "open" (a practice without an end date yet: kept while it
   * runs, then 3 years) or the last day it is kept (dd.mm.yyyy); `staffName` = "yes" / "no".
   */
  function keptParams(kept: readonly KeptRecord[]): { diary: string; staffName: string } {
    const diaries = kept.filter((k) => k.what === "diary");
    let diary = "none";
    if (diaries.some((k) => !k.until)) diary = "open";
    else if (diaries.length > 0) {
      const last = diaries
        .map((k) => k.until!)
        .sort()
        .at(-1)!;
      const [y, m, d] = last.split("-");
      diary = `${d}.${m}.${y}`;
    }
    return { diary, staffName: kept.some((k) => k.what === "staffName") ? "yes" : "no" };
  }

  return {
    /** Everything stored about the person, as one JSON document. */
    async exportMyData(principal: AccessPrincipal): Promise<ExportResult> {
      const decision = self(principal, "exportOwnData");
      if (!decision.allowed) return { status: "forbidden", reason: decision.reason };
      const data = await db.privacy.collect(principal.telegramId);
      const at = now();
      const json = JSON.stringify({ generatedAt: at.toISOString(), telegramId: principal.telegramId, ...data }, null, 2);
      return { status: "ok", fileName: `praktika-mydata-${localTimeOf(at, deps.timezone).date}.json`, json };
    },

    /** A deletion request, sent to the coordinators of the person's department (the admins when there are none). */
    async requestDeletion(principal: AccessPrincipal): Promise<RequestResult> {
      const decision = self(principal, "requestDataDeletion");
      if (!decision.allowed) return { status: "forbidden", reason: decision.reason };
      const departmentId = await departmentOf(principal.telegramId);
      const request = await db.privacy.openRequest(principal.telegramId, departmentId, now());
      if (!request) return { status: "alreadyOpen" };
      const id = String(request._id);
      const person = await describePerson(principal.telegramId);
      await deps.outbox.enqueueMany(
        (await deciders(departmentId, principal.telegramId)).map((recipient) => ({
          recipient,
          kind: "privacy-deletion-request",
          ref: `deletion:${id}`,
          payload: {
            key: "privacy-coordinator-request",
            params: { person },
            keyboard: [
              [
                { key: "privacy-confirm-button", callbackData: deletionDecisionData("ok", id, request.version) },
                { key: "privacy-refuse-button", callbackData: deletionDecisionData("no", id, request.version) },
              ],
            ],
          },
          dedupeKey: `privacy-deletion-request:${id}:${recipient}`,
        })),
      );
      return { status: "requested", requestId: id };
    },

    /**
     * The coordinator's Confirm / Refuse. Acts only on the version the button showed (stale, forged and repeated
     * presses change nothing); a confirmation erases at once and tells the person what was kept and why.
     */
    async decideDeletion(
      principal: AccessPrincipal,
      requestId: string,
      version: number,
      decision: "confirm" | "refuse",
    ): Promise<DecideResult> {
      const request = await db.privacy.findRequest(requestId);
      if (!request) return { status: "notFound" };
      // Nobody decides on their own erasure.
      if (request.telegramId === principal.telegramId) return { status: "forbidden", reason: "noRole" };
      const allowed = can(principal, "decideDataDeletion", { departmentId: request.departmentId ? String(request.departmentId) : "" });
      if (!allowed.allowed) return { status: "forbidden", reason: allowed.reason };
      const decided = await db.privacy.decide(
        request._id,
        version,
        decision === "confirm" ? "confirmed" : "refused",
        principal.telegramId,
        now(),
      );
      if (!decided) return { status: "stale" };
      if (decided.status === "refused") {
        await deps.outbox.enqueue({
          recipient: request.telegramId,
          kind: "privacy-deletion-refused",
          payload: { key: "privacy-refused" },
          dedupeKey: `privacy-deletion-refused:${requestId}`,
        });
        return { status: "refused" };
      }
      return { status: "confirmed", kept: await erase(decided) };
    },

    /** Confirmed requests whose erasure stopped half-way (a crash): finished from the step they reached. */
    async resumeUnfinished(): Promise<number> {
      const unfinished = await db.privacy.unfinishedRequests();
      for (const request of unfinished) await erase(request);
      return unfinished.length;
    },
  };
}
export type PrivacyService = ReturnType<typeof createPrivacyService>;
