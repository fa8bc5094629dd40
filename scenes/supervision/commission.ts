import { InputFile, type MiddlewareFn } from "grammy";
import type { PrivateContext, SceneContext } from "../../src/bot/context.js";
import type { AppServices } from "../../src/services/app-services.js";
import { parseCommissionMembers, parseProtocolDate, parseProtocolNumber, type CommissionIssue } from "../../src/domain/diary/assignment.js";
import { calendarDateIn } from "../../src/domain/diary/calendar-date.js";
import { parseScore, validateScore } from "../../src/domain/diary/practice-grade.js";
import type { Checked } from "../../src/domain/profile/student-profile.js";
import type { Msg } from "../../src/bot/views/diary-supervision.view.js";
import type { CommissionOutcome } from "../../src/services/diary/use-cases/index.js";
import { isLocale } from "../../src/bot/i18n.js";
import { renderMessage } from "../../src/bot/format.js";
import { SCENES } from "../ids.js";
import { createAsk, type SceneConversation } from "../support/ask.js";

export interface CommissionSceneArgs {
  departmentId: string;
}

const issueCheck =
  <T>(parse: (text: string) => { ok: true; value: T } | { ok: false; issue: CommissionIssue }) =>
  (text: string): Checked<T> => {
    const parsed = parse(text);
    if (parsed.ok) return { ok: true, value: parsed.value };
    const { code, ...params } = parsed.issue;
    return { ok: false, reason: code, params };
  };

/** A score 0–100, or "-" for a student the commission did not hear this time. */
function scoreOrSkip(text: string): Checked<number | null> {
  if (/^\s*[-–—]\s*$/.test(text)) return { ok: true, value: null };
  const score = parseScore(text);
  if (score === null) return { ok: false, reason: "scoreNotANumber" };
  return validateScore(score) ? { ok: false, reason: "scoreOutOfRange", params: { min: 0, max: 100 } } : { ok: true, value: score };
}

function outcomeLines(result: CommissionOutcome): Msg[] {
  switch (result.status) {
    case "recorded":
      return [{ key: "commission-recorded", params: { number: result.protocol.number, count: result.protocol.students.length } }];
    case "invalid": {
      const { code, ...params } = result.issue;
      return [{ key: `commission-reason-${code}`, params }];
    }
    case "invalidScore":
      return [{ key: "commission-reason-scoreOutOfRange", params: { min: result.min, max: result.max } }];
    case "noStudents":
      return [{ key: "commission-nobody-graded" }];
    case "notReady":
      return [
        { key: "grade-not-ready", params: { student: result.studentName } },
        ...result.missing.map((m): Msg => ({ key: `grade-missing-${m}` })),
      ];
    case "duplicateNumber":
      return [{ key: "commission-duplicate-number", params: { number: result.number } }];
    case "notFound":
      return [{ key: "diary-reason-notFound" }];
    case "forbidden":
      return [{ key: `diary-reason-${result.reason}` }];
  }
}

/**
 * QP-06 6.5–6.6: the coordinator records a defence session of the department's commission: the protocol's number
 * and date, its members (the chair first), then a grade for each student ready to be heard (both sign-offs and the
 * report; "-" for one not heard), a confirmation, and the protocol comes back as a PDF in the coordinator's language.
 */
export function buildCommissionScene(services: AppServices, outside: MiddlewareFn<PrivateContext>) {
  return async function commission(conversation: SceneConversation, ctx: SceneContext, args: CommissionSceneArgs): Promise<void> {
    const ask = createAsk({ conversation, ctx, scene: SCENES.COMMISSION, services, outside, giveUpKey: "commission-give-up" });
    const heard = await conversation.external(async (outer) => {
      const list = await services.diaryUseCases.commission.studentsToHear(outer.user, args.departmentId);
      return Array.isArray(list) ? list : [];
    });
    if (heard.length === 0) {
      await ctx.reply(ctx.t("commission-none-ready"));
      return;
    }
    const today = await conversation.external(() => calendarDateIn(services.now(), services.config.timezone));
    const number = await ask.text<string>({
      question: "commission-ask-number",
      check: issueCheck(parseProtocolNumber),
      errorPrefix: "commission-reason",
    });
    const date = await ask.text<string>({
      question: "commission-ask-date",
      check: issueCheck((text) => parseProtocolDate(text, today)),
      errorPrefix: "commission-reason",
    });
    const members = await ask.text<string[]>({
      question: "commission-ask-members",
      check: issueCheck(parseCommissionMembers),
      errorPrefix: "commission-reason",
    });
    const grades: { placementId: string; score: number }[] = [];
    for (const [i, student] of heard.entries()) {
      const score = await ask.text<number | null>({
        question: "commission-ask-score",
        params: { n: i + 1, total: heard.length, student: student.studentName, group: student.group },
        check: scoreOrSkip,
        errorPrefix: "commission-reason",
      });
      if (score !== null) grades.push({ placementId: student.placementId, score });
    }
    if (grades.length === 0) {
      await ctx.reply(ctx.t("commission-nobody-graded"));
      return;
    }
    const names = new Map(heard.map((s) => [s.placementId, s.studentName]));
    const summary = grades.map((g) => `• ${names.get(g.placementId) ?? ""} — ${g.score}`).join("\n");
    const confirmed = await ask.yesNo({
      question: "commission-confirm",
      params: { number, date: date.split("-").reverse().join("."), members: members.join(", "), grades: summary },
      yes: "commission-confirm-yes",
      no: "commission-confirm-no",
    });
    if (!confirmed) {
      await ctx.reply(ctx.t("commission-cancelled"));
      return;
    }
    const lines = await conversation.external(async (outer) => {
      const result = await services.diaryUseCases.commission.recordSession(outer.user, {
        departmentId: args.departmentId,
        number,
        date: date.split("-").reverse().join("."),
        members: members.join("\n"),
        grades,
      });
      const rendered = renderMessage(outer, outcomeLines(result));
      if (result.status !== "recorded") return rendered;
      const locale = isLocale(outer.locale) ? outer.locale : services.config.defaultLocale;
      const pdf = await services.diaryUseCases.commission.protocolPdf(outer.user, String(result.protocol._id), {
        t: (key, params) => services.i18n.t(locale, key, params),
        locale,
        timeZone: services.config.timezone,
      });
      // Sent from outside the replayed scene: the PDF's bytes never enter the conversation's log.
      if (pdf.status === "found") await outer.replyWithDocument(new InputFile(pdf.pdf, pdf.fileName), { caption: rendered });
      return pdf.status === "found" ? null : rendered;
    });
    if (lines !== null) await ctx.reply(lines);
  };
}
