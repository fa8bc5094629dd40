import type { AccessPrincipal } from "../../src/domain/access/roles.js";
import { issueKey, type FieldIssue } from "../../src/domain/practice/issues.js";
import type { PracticeType } from "../../src/domain/practice/placement.js";
import type { AppServices } from "../../src/services/app-services.js";
import type { PlacementDraftInput } from "../../src/services/placement.service.js";
import type { SceneContext } from "../../src/bot/context.js";
import { notifyPlacementSubmitted } from "../../src/bot/placement-notices.js";
import { dottedDate } from "../../src/domain/rules/dates.js";
import { toSnapshot, type PlacementSnapshot } from "../../src/bot/views/placement.view.js";
import type { DraftAnswers } from "../../src/services/scene-draft.service.js";
import type { Ask, SceneConversation } from "../support/ask.js";
import type { Draft } from "../support/draft.js";
import { withDottedDates } from "../../src/domain/rules/date-params.js";

/** A message to show: a locale key and its parameters (translated in the scene, in the user's language). */
export interface Said {
  key: string;
  params?: Record<string, string | number>;
}

export type SaveOutcome =
  | { ok: true; snapshot: PlacementSnapshot; backToApproval: boolean; late: boolean }
  | { ok: false; said: Said[]; snapshot: PlacementSnapshot | null };

/** The groups of answers of the summary's "Edit", in the order of its buttons. */
export const EDIT_GROUPS = ["organisation", "dates", "unit", "contract", "supervisor"] as const;
export type EditGroup = (typeof EDIT_GROUPS)[number];
/** The order in which the groups are first filled. */
export const FILL_ORDER: readonly EditGroup[] = ["dates", "organisation", "unit", "contract", "supervisor"];

type PlacementFields = Omit<PlacementDraftInput, "practiceType" | "placementId">;

/** What the flows of the scene share. */
export interface BaseKit {
  conversation: SceneConversation;
  ctx: SceneContext;
  ask: Ask;
  draft: Draft;
  services: AppServices;
  telegramId: number;
  practiceType: PracticeType;
  /** The placement as last saved or read; null until the first answer creates it. */
  snap: PlacementSnapshot | null;
  /** Answers about a new organisation typed earlier (the scene's own draft). */
  savedDraft: DraftAnswers;
  /** Says the messages, one per line, in the user's language. */
  say(said: readonly Said[]): Promise<void>;
  /** Saves fields of the placement; on refusal says why and answers false. */
  saveOrSay(input: PlacementFields): Promise<boolean>;
}

/** Fills one group of answers: only what is missing, or all of it again when `force` (an edit). */
export type GroupFlow = (kit: BaseKit, force: boolean) => Promise<"done" | "noBase">;

export function createBaseKit(
  options: Omit<BaseKit, "say" | "saveOrSay" | "snap" | "savedDraft"> & { snap: PlacementSnapshot | null; savedDraft: DraftAnswers },
): BaseKit {
  const { conversation, ctx, services, telegramId } = options;
  const kit: BaseKit = {
    ...options,
    async say(said) {
      if (said.length > 0) await ctx.reply(said.map((s) => ctx.t(s.key, s.params)).join("\n"));
    },
    async saveOrSay(input) {
      const outcome = await conversation.external(() =>
        saveAnswers(services, telegramId, { placementId: kit.snap?.id ?? null, practiceType: kit.practiceType }, input),
      );
      if (!outcome.ok) {
        if (outcome.snapshot) kit.snap = outcome.snapshot;
        await kit.say(outcome.said);
        return false;
      }
      const snap = outcome.snapshot;
      kit.snap = snap;
      if (outcome.late) {
        await ctx.reply(
          ctx.t("placement-contract-late", {
            contractDate: dottedDate(snap.contractDate),
            deadline: dottedDate(snap.contractDeadline),
            rule: snap.contractRule ?? "—",
          }),
        );
      }
      if (outcome.backToApproval) await ctx.reply(ctx.t("base-back-to-approval"));
      return true;
    },
  };
  return kit;
}

export function principalOf(services: AppServices, telegramId: number): Promise<AccessPrincipal> {
  return services.people.principalOf(telegramId);
}

export const saidOf = (issues: readonly FieldIssue[]): Said[] =>
  issues.map((issue) => ({ key: issueKey(issue), ...(issue.params ? { params: withDottedDates(issue.params) } : {}) }));

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
 * sends it back for approval and tells the coordinators.
 */
export async function saveAnswers(
  services: AppServices,
  telegramId: number,
  target: { placementId: string | null; practiceType: PracticeType },
  input: PlacementFields,
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
