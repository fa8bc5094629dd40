import { defineChoice } from "../../src/bot/choice.js";
import { notifyPlacementSubmitted } from "../../src/bot/placement-notices.js";
import { dottedDate } from "../../src/domain/rules/dates.js";
import { formatPlacement, toSnapshot, type PlacementSnapshot } from "../../src/bot/views/placement.view.js";
import type { AppServices } from "../../src/services/app-services.js";
import { EDIT_GROUPS, FILL_ORDER, loadPlacements, principalOf, type BaseKit, type EditGroup, type Said } from "./kit.js";

const editChoice = defineChoice({ prefix: "base.edit", options: EDIT_GROUPS, label: "base-edit" });
/** Rounds of the summary (edit, submit) before the scene stops; the placement keeps everything. */
const SUMMARY_ROUNDS = 12;

interface Submitted {
  said: Said[];
  snapshot: PlacementSnapshot | null;
  /** The scene ends (sent, or nothing more can be done); otherwise the missing answers are asked. */
  done: boolean;
}

/**
 * The summary: submit (coordinators get Approve / Return), edit a group of answers, or come back later.
 * A submitted or approved placement may still be edited; an active or finished one is only shown.
 */
export async function reviewPlacement(
  kit: BaseKit,
  fill: (group: EditGroup, force: boolean) => Promise<"done" | "noBase">,
): Promise<"end" | "noBase"> {
  const { ask, conversation, ctx, services, telegramId, draft } = kit;
  for (let round = 0; round < SUMMARY_ROUNDS; round++) {
    const snap = kit.snap;
    if (!snap) return "end";
    const open = snap.status === "draft" || snap.status === "returned";
    const actions = open ? (["submit", "edit", "later"] as const) : (["edit", "done"] as const);
    if (snap.status === "active" || snap.status === "finished") {
      await ctx.reply(formatPlacement(ctx.t.bind(ctx), snap));
      await ctx.reply(ctx.t("placement-status-locked"));
      return "end";
    }
    const actionChoice = defineChoice({ prefix: "base.act", options: actions, label: "base-action", columns: 3 });
    await ctx.reply(formatPlacement(ctx.t.bind(ctx), snap));
    const action = await ask.choice(actionChoice, { question: open ? "base-summary-question" : "base-summary-question-sent" });
    if (action === "later" || action === "done") {
      await ctx.reply(ctx.t(action === "later" ? "base-saved-later" : "base-done"));
      return "end";
    }
    if (action === "edit") {
      const group = await ask.choice(editChoice, { question: "base-edit-question" });
      if ((await fill(group, true)) === "noBase") return "noBase";
      continue;
    }
    const submitted = await conversation.external(() => submit(services, telegramId, snap));
    await kit.say(submitted.said);
    if (submitted.done) {
      await draft.discard();
      return "end";
    }
    const fresh = await conversation.external(() => loadPlacements(services, telegramId));
    kit.snap = (fresh.student ? fresh.editable.find((p) => p.id === snap.id) : null) ?? null;
    for (const group of FILL_ORDER) {
      if ((await fill(group, false)) === "noBase") return "noBase";
    }
  }
  return "end";
}

/** Submits the placement for approval and tells the coordinators; for use inside `conversation.external`. */
async function submit(services: AppServices, telegramId: number, current: PlacementSnapshot): Promise<Submitted> {
  const principal = await principalOf(services, telegramId);
  const result = await services.placements.submit(principal, current.id, current.version);
  switch (result.status) {
    case "submitted": {
      const details = await services.placements.getPlacement(principal, current.id);
      if (details.status === "ok") {
        await notifyPlacementSubmitted(services, {
          placement: result.placement,
          student: details.student,
          organisation: details.organisation,
          coordinators: result.coordinators,
          contract: result.contract,
          resubmitted: false,
        });
      }
      const said: Said[] = [{ key: "base-submitted" }];
      if (result.contract.late) {
        said.push({
          key: "placement-contract-late",
          params: {
            contractDate: dottedDate(result.placement.contract?.date),
            deadline: dottedDate(result.contract.deadline),
            rule: result.contract.rule ?? "—",
          },
        });
      }
      return { said, snapshot: toSnapshot(result.placement, details.status === "ok" ? details.organisation : null), done: true };
    }
    case "incomplete":
      return { said: [], snapshot: null, done: false };
    case "alreadySubmitted":
    case "alreadyDecided":
    case "changed":
      return { said: [{ key: "base-edit-conflict" }], snapshot: null, done: false };
    case "invalid":
      return { said: result.issues.map((i) => ({ key: `placement-${i.kind}-${i.reason}` })), snapshot: null, done: false };
    case "forbidden":
      return { said: [{ key: `placement-denied-${result.reason}` }], snapshot: null, done: true };
    case "notFound":
      return { said: [{ key: "base-not-student" }], snapshot: null, done: true };
  }
}
