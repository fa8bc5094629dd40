import type { MiddlewareFn } from "grammy";
import type { AppServices } from "../../src/services/app-services.js";
import type { PrivateContext, SceneContext } from "../../src/bot/context.js";
import { defineChoice } from "../../src/bot/choice.js";
import { checkEmail } from "../../src/domain/practice/contacts.js";
import { checkPracticeWeeks, PRACTICE_TYPES, type PracticeType } from "../../src/domain/practice/placement.js";
import { checkFullName } from "../../src/domain/profile/student-profile.js";
import { checkText } from "../../src/domain/practice/contacts.js";
import type { DraftAnswers } from "../../src/persistence/repositories/scene-draft.repository.js";
import type { PlacementDraftInput } from "../../src/services/placement.service.js";
import { notifyNoBase, notifyPlacementSubmitted, showDate } from "../../src/bot/placement-notices.js";
import { formatPlacement, toSnapshot, type PlacementSnapshot } from "../../src/bot/views/placement.view.js";
import { SCENES } from "../ids.js";
import { createAsk, MAX_ATTEMPTS, type Ask, type SceneConversation } from "../support/ask.js";
import { createDraft, loadDraft, type Draft } from "../support/draft.js";
import { checkDate, checkPhones } from "./checks.js";
import { loadPlacements, principalOf, saveAnswers, type Said } from "./kit.js";
import { chooseOrganisation } from "./organisation.flow.js";

/** What the flows of the scene share. */
export interface BaseKit {
  conversation: SceneConversation;
  ctx: SceneContext;
  ask: Ask;
  draft: Draft;
  services: AppServices;
  telegramId: number;
  /** Answers about a new organisation typed earlier (the scene's own draft). */
  savedDraft: DraftAnswers;
  /** Saves fields of the placement; on refusal says why and answers false. */
  saveOrSay(input: Omit<PlacementDraftInput, "practiceType" | "placementId">): Promise<boolean>;
}

const typeChoice = defineChoice({ prefix: "base.type", options: PRACTICE_TYPES, label: "placement-type" });
const EDIT_GROUPS = ["organisation", "dates", "unit", "contract", "supervisor"] as const;
type EditGroup = (typeof EDIT_GROUPS)[number];
const editChoice = defineChoice({ prefix: "base.edit", options: EDIT_GROUPS, label: "base-edit" });
/** Rounds of the summary (edit, submit) before the scene stops; the placement keeps everything. */
const SUMMARY_ROUNDS = 12;

/**
 * `/base` (issue 8; 6B03104 §9.1 stage I): the practice type and dates (pre-filled from the roster),
 * the base (approved ones searched first, or a new one), the unit, the practice agreement and the
 * organisation supervisor — only what is missing is asked; every answer is saved on the placement at
 * once, so /cancel, a restart or a new version loses nothing. Summary → submit → the coordinators
 * are told with Approve / Return buttons. "I could not find a base" tells them instead.
 */
export function buildBaseScene(services: AppServices, outside: MiddlewareFn<PrivateContext>) {
  const scene = SCENES.BASE;
  return async function base(conversation: SceneConversation, ctx: SceneContext): Promise<void> {
    const telegramId = ctx.from!.id;
    const env = { conversation, ctx, scene, services, outside, giveUpKey: "base-scene-gave-up" };
    const ask = createAsk(env);
    const draft = createDraft(env, telegramId);
    const start = await conversation.external(async () => ({
      placements: await loadPlacements(services, telegramId),
      saved: (await loadDraft(services, telegramId, scene.id)) ?? {},
    }));
    if (!start.placements.student) {
      await ctx.reply(ctx.t("base-not-student"));
      return;
    }
    const editable = start.placements.editable;

    let snap: PlacementSnapshot | null = null;
    let practiceType: PracticeType;
    if (editable.length === 1) snap = editable[0]!;
    else if (editable.length > 1) {
      const types = typeChoice.with({ options: editable.map((p) => p.practiceType) });
      const chosen = await ask.choice(types, { question: "base-choose-type" });
      snap = editable.find((p) => p.practiceType === chosen)!;
    }
    if (snap) {
      practiceType = snap.practiceType;
      await ctx.reply(ctx.t(snap.organisationId || snap.unit || snap.contractNumber ? "base-resume" : "base-intro"));
    } else {
      await ctx.reply(ctx.t("base-intro"));
      practiceType = await ask.choice(typeChoice, { question: "base-choose-type" });
    }

    const say = async (said: readonly Said[]): Promise<void> => {
      if (said.length > 0) await ctx.reply(said.map((s) => ctx.t(s.key, s.params)).join("\n"));
    };
    const kit: BaseKit = {
      conversation,
      ctx,
      ask,
      draft,
      services,
      telegramId,
      savedDraft: start.saved,
      async saveOrSay(input) {
        const outcome = await conversation.external(() =>
          saveAnswers(services, telegramId, { placementId: snap?.id ?? null, practiceType }, input),
        );
        if (!outcome.ok) {
          if (outcome.snapshot) snap = outcome.snapshot;
          await say(outcome.said);
          return false;
        }
        snap = outcome.snapshot;
        if (outcome.late) {
          await ctx.reply(
            ctx.t("placement-contract-late", {
              contractDate: showDate(snap.contractDate),
              deadline: showDate(snap.contractDeadline),
              rule: snap.contractRule ?? "—",
            }),
          );
        }
        if (outcome.backToApproval) await ctx.reply(ctx.t("base-back-to-approval"));
        return true;
      },
    };

    /** A text field saved on the placement; re-asked with the service's reason until it is accepted. */
    async function field<T extends string | number>(
      question: string,
      check: (text: string) => { ok: true; value: T } | { ok: false; reason: string; params?: Record<string, string | number> },
      errorPrefix: string,
      toInput: (value: T) => Omit<PlacementDraftInput, "practiceType" | "placementId">,
    ): Promise<void> {
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        const value = await ask.text({ question, check, errorPrefix });
        if (await kit.saveOrSay(toInput(value))) return;
      }
      await ask.giveUp();
    }

    /** QP-06 3.6: start, end and weeks are checked together by the service; only missing ones are asked. */
    async function dates(force: boolean): Promise<void> {
      for (let round = 0; round < MAX_ATTEMPTS; round++) {
        const have = round === 0 && !force ? snap : null;
        const startDate =
          have?.startDate ?? (await ask.text({ question: "base-ask-start", check: checkDate, errorPrefix: "placement-date" }));
        const endDate = have?.endDate ?? (await ask.text({ question: "base-ask-end", check: checkDate, errorPrefix: "placement-date" }));
        const weeks =
          have?.weeks ?? (await ask.text({ question: "base-ask-weeks", check: checkPracticeWeeks, errorPrefix: "placement-date" }));
        if (await kit.saveOrSay({ startDate, endDate, weeks })) return;
      }
      await ask.giveUp();
    }

    async function fill(group: EditGroup, force: boolean): Promise<"done" | "noBase"> {
      const p = (): PlacementSnapshot | null => (force ? null : snap);
      switch (group) {
        case "dates":
          if (force || !p()?.startDate || !p()?.endDate || !p()?.weeks) await dates(force);
          return "done";
        case "organisation":
          if (!p()?.organisationId) return chooseOrganisation(kit).then((r) => (r === "noBase" ? "noBase" : "done"));
          return "done";
        case "unit":
          if (!p()?.unit)
            await field(
              "base-ask-unit",
              (text) => checkText(text, { min: 2, max: 200 }),
              "placement-text",
              (unit) => ({ unit }),
            );
          return "done";
        case "contract":
          if (!p()?.contractNumber)
            await field(
              "base-ask-contract-number",
              (text) => checkText(text, { min: 1, max: 60 }),
              "placement-text",
              (contractNumber) => ({ contractNumber }),
            );
          if (!p()?.contractDate) await field("base-ask-contract-date", checkDate, "placement-date", (contractDate) => ({ contractDate }));
          return "done";
        case "supervisor":
          if (!p()?.supervisorName)
            await field("base-ask-supervisor-name", checkFullName, "placement-name", (organisationSupervisorName) => ({
              organisationSupervisorName,
            }));
          if (!p()?.supervisorPhone) {
            const foreign = snap?.organisation !== null && snap?.organisation !== undefined && snap.organisation.country !== "KZ";
            await field(
              "base-ask-supervisor-phone",
              (text) => checkPhones(text, foreign),
              "placement-phone",
              (phones) => ({ organisationSupervisorPhone: phones.split(",")[0]! }),
            );
          }
          if (!p()?.supervisorEmail)
            await field("base-ask-supervisor-email", checkEmail, "placement-email", (organisationSupervisorEmail) => ({
              organisationSupervisorEmail,
            }));
          return "done";
      }
    }

    async function reportNoBase(): Promise<void> {
      const said = await conversation.external(async (): Promise<Said> => {
        const result = await services.placements.reportNoBase(await principalOf(services, telegramId), {
          practiceType,
          ...(snap ? { academicYear: snap.academicYear } : {}),
        });
        switch (result.status) {
          case "reported":
          case "alreadyReported":
            if (result.status === "reported") await notifyNoBase(services, result);
            return {
              key: "base-no-base-reported",
              params: { late: result.late ? "yes" : "no", deadline: showDate(result.deadline?.date), rule: result.deadline?.rule ?? "—" },
            };
          case "hasBase":
            return { key: "base-no-base-has-base" };
          case "invalid":
            return { key: "base-not-student" };
          case "forbidden":
            return { key: `placement-denied-${result.reason}` };
          case "notFound":
            return { key: "base-not-student" };
        }
      });
      await say([said]);
    }

    const editableNow = (): boolean => snap === null || ["draft", "returned", "submitted", "approved"].includes(snap.status);
    for (const group of ["dates", "organisation", "unit", "contract", "supervisor"] as const) {
      if (!editableNow()) break;
      if ((await fill(group, false)) === "noBase") return reportNoBase();
    }

    for (let round = 0; round < SUMMARY_ROUNDS; round++) {
      if (!snap) return;
      const open = snap.status === "draft" || snap.status === "returned";
      const actions = open ? (["submit", "edit", "later"] as const) : (["edit", "done"] as const);
      if (snap.status === "active" || snap.status === "finished") {
        await ctx.reply(formatPlacement(ctx.t.bind(ctx), snap));
        await ctx.reply(ctx.t("placement-status-locked"));
        return;
      }
      const actionChoice = defineChoice({ prefix: "base.act", options: actions, label: "base-action", columns: 3 });
      await ctx.reply(formatPlacement(ctx.t.bind(ctx), snap));
      const action = await ask.choice(actionChoice, { question: open ? "base-summary-question" : "base-summary-question-sent" });
      if (action === "later" || action === "done") {
        await ctx.reply(ctx.t(action === "later" ? "base-saved-later" : "base-done"));
        return;
      }
      if (action === "edit") {
        const group = await ask.choice(editChoice, { question: "base-edit-question" });
        if ((await fill(group, true)) === "noBase") return reportNoBase();
        continue;
      }
      const current: PlacementSnapshot = snap;
      const submitted = await conversation.external(
        async (): Promise<{ said: Said[]; snapshot: PlacementSnapshot | null; done: boolean }> => {
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
                    contractDate: showDate(result.placement.contract?.date),
                    deadline: showDate(result.contract.deadline),
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
        },
      );
      await say(submitted.said);
      if (submitted.done) {
        await draft.discard();
        return;
      }
      const fresh = await conversation.external(() => loadPlacements(services, telegramId));
      snap = (fresh.student ? fresh.editable.find((p) => p.id === current.id) : null) ?? null;
      for (const group of ["dates", "organisation", "unit", "contract", "supervisor"] as const) {
        if ((await fill(group, false)) === "noBase") return reportNoBase();
      }
    }
  };
}
