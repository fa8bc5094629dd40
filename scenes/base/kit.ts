import { toAccessPrincipal, type AccessPrincipal } from "../../src/domain/access/roles.js";
import { issueKey, type FieldIssue } from "../../src/domain/practice/issues.js";
import type { PracticeType } from "../../src/domain/practice/placement.js";
import type { AppServices } from "../../src/services/app-services.js";
import type { PlacementDraftInput } from "../../src/services/placement.service.js";
import { notifyPlacementSubmitted } from "../../src/bot/placement-notices.js";
import { toSnapshot, type PlacementSnapshot } from "../../src/bot/views/placement.view.js";

/** A message to show: a locale key and its parameters (translated in the scene, in the user's language). */
export interface Said {
  key: string;
  params?: Record<string, string | number>;
}

export type SaveOutcome =
  | { ok: true; snapshot: PlacementSnapshot; backToApproval: boolean; late: boolean }
  | { ok: false; said: Said[]; snapshot: PlacementSnapshot | null };

export async function principalOf(services: AppServices, telegramId: number): Promise<AccessPrincipal> {
  const user = await services.db.users.findByTelegramId(telegramId);
  return toAccessPrincipal(user ?? { telegramId, roles: [] }, services.config.adminTelegramIds);
}

export const saidOf = (issues: readonly FieldIssue[]): Said[] =>
  issues.map((issue) => ({ key: issueKey(issue), ...(issue.params ? { params: issue.params } : {}) }));

/** The student's placements that can still be edited (the practice has not begun), as snapshots. */
export async function loadPlacements(
  services: AppServices,
  telegramId: number,
): Promise<{ student: false } | { student: true; editable: PlacementSnapshot[] }> {
  const result = await services.placements.listMyPlacements(await principalOf(services, telegramId));
  if (result.status !== "ok") return { student: false };
  const editable = result.placements
    .filter(({ placement }) => placement.status !== "active" && placement.status !== "finished")
    .map(({ placement, organisation }) => toSnapshot(placement, organisation));
  return { student: true, editable };
}

/** A fresh snapshot of one placement. */
export async function reload(services: AppServices, telegramId: number, placementId: string): Promise<PlacementSnapshot | null> {
  const found = await services.placements.getPlacement(await principalOf(services, telegramId), placementId);
  return found.status === "ok" ? toSnapshot(found.placement, found.organisation) : null;
}

/**
 * Saves answers through the placement service (the placement is the draft). An edit after approval
 * sends it back for approval and tells the coordinators (issue 8).
 */
export async function saveAnswers(
  services: AppServices,
  telegramId: number,
  target: { placementId: string | null; practiceType: PracticeType },
  input: Omit<PlacementDraftInput, "practiceType" | "placementId">,
): Promise<SaveOutcome> {
  const principal = await principalOf(services, telegramId);
  const result = await services.placements.saveDraft(principal, {
    ...input,
    practiceType: target.practiceType,
    ...(target.placementId ? { placementId: target.placementId } : {}),
  });
  switch (result.status) {
    case "saved": {
      const details = await services.placements.getPlacement(principal, String(result.placement._id));
      const organisation = details.status === "ok" ? details.organisation : null;
      if (result.backToApproval && details.status === "ok") {
        await notifyPlacementSubmitted(services, {
          placement: result.placement,
          student: details.student,
          organisation,
          coordinators: result.coordinators,
          contract: result.contract,
          resubmitted: true,
        });
      }
      return {
        ok: true,
        snapshot: toSnapshot(result.placement, organisation),
        backToApproval: result.backToApproval,
        late: result.contract?.late === true && input.contractDate !== undefined,
      };
    }
    case "unchanged":
      return {
        ok: true,
        snapshot: (await reload(services, telegramId, String(result.placement._id)))!,
        backToApproval: false,
        late: false,
      };
    case "invalid":
      return { ok: false, said: saidOf(result.issues), snapshot: null };
    case "locked":
      return { ok: false, said: [{ key: "placement-status-locked" }], snapshot: null };
    case "changed":
      return {
        ok: false,
        said: [{ key: "base-edit-conflict" }],
        snapshot: await reload(services, telegramId, String(result.placement._id)),
      };
    case "forbidden":
      return { ok: false, said: [{ key: `placement-denied-${result.reason}` }], snapshot: null };
    case "notFound":
      return { ok: false, said: [{ key: "base-not-student" }], snapshot: null };
  }
}
