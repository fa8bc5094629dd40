import { Composer, InlineKeyboard, InputFile } from "grammy";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { mayAttempt } from "../../domain/access/policy.js";
import { ROSTER_MAX_BYTES, ROSTER_MAX_ROWS } from "../../services/roster/parse.js";
import type { RosterError } from "../../services/roster/validate.js";
import type { ImportRosterResult } from "../../services/roster/roster.service.js";
import type { FileDownloader } from "../file-download.js";
import { packId, unpackId } from "../compact-id.js";
import { formatDate } from "../format.js";
import { quietly } from "../../logging/quietly.js";
import { withDottedDates } from "../../domain/rules/date-params.js";
import { invitationSheetLabels } from "../../services/roster/invitation-sheet.js";

/** Telegram's limit on one message's text. */
export const MAX_MESSAGE_LENGTH = 4096;
/** Registered students listed one message each for confirmation, at most (the rest wait for the next import). */
const MAX_CONFIRMATIONS_SHOWN = 30;
const ROSTER_EXTENSIONS = /\.(csv|txt|xlsx)$/i;
const ROSTER_MIMES = new Set([
  "text/csv",
  "text/plain",
  "application/csv",
  "text/comma-separated-values",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
]);

/** Confirm / set aside a registered student matching a roster row: `cpr:<ok|no>:<student>`. */
const matchData = {
  filter: /^cpr:/,
  pack: (decision: "ok" | "no", studentId: string): string => `cpr:${decision}:${packId(studentId)}`,
  parse(data: string | undefined): { decision: "ok" | "no"; studentId: string } | null {
    const m = data ? /^cpr:(ok|no):([A-Za-z0-9_-]{16})$/.exec(data) : null;
    const studentId = m ? unpackId(m[2]) : null;
    return m && studentId ? { decision: m[1] as "ok" | "no", studentId } : null;
  },
};

/** Joins lines into messages under Telegram's limit (a single overlong line is cut). */
export function splitMessages(lines: readonly string[], limit = MAX_MESSAGE_LENGTH): string[] {
  const messages: string[] = [];
  let current = "";
  for (const raw of lines) {
    const line = raw.length > limit ? `${raw.slice(0, limit - 1)}…` : raw;
    if (current && current.length + 1 + line.length > limit) {
      messages.push(current);
      current = line;
    } else current = current ? `${current}\n${line}` : line;
  }
  if (current) messages.push(current);
  return messages;
}

/**
 * Roster import in the chat: a coordinator sends a CSV or XLSX file outside any scene. Size
 * and type are checked before the download; the whole file is validated and nothing is imported while
 * any error is left; then the counts, the workbook of personal links, and the registered students to
 * confirm. Documents from anyone else pass on to the next feature.
 */
export function rosterFeature(services: AppServices, download: FileDownloader): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();

  feature.on("message:document", async (ctx, next) => {
    if (!mayAttempt(ctx.principal, "importRoster")) return next();
    const document = ctx.message.document;
    const t = ctx.t.bind(ctx);
    // Which department: the caption's code (admins, several departments), else the one coordinated.
    const caption = ctx.message.caption?.trim().split(/\s+/)[0];
    const resolved = await services.departments.resolveFromArgs(ctx.principal, "importRoster", caption ? [caption] : []);
    const departmentId = resolved?.department.id;
    if (!departmentId) {
      await ctx.reply(t("cp-roster-department-needed"));
      return;
    }
    if ((document.file_size ?? 0) > ROSTER_MAX_BYTES) {
      await ctx.reply(t("roster-file-too-large"));
      return;
    }
    const name = document.file_name ?? "";
    const mime = (document.mime_type ?? "").toLowerCase();
    if (!ROSTER_EXTENSIONS.test(name) && !ROSTER_MIMES.has(mime)) {
      await ctx.reply(t("roster-file-unsupported-type"));
      return;
    }
    let content: Buffer;
    try {
      const file = await ctx.getFile();
      if (!file.file_path) throw new Error("no file_path");
      if ((file.file_size ?? 0) > ROSTER_MAX_BYTES) {
        await ctx.reply(t("roster-file-too-large"));
        return;
      }
      content = Buffer.from(await download(file.file_path, ROSTER_MAX_BYTES));
    } catch (error) {
      services.logger.warn(
        { updateId: ctx.update.update_id, err: error instanceof Error ? error.message : "error" },
        "roster download failed",
      );
      await ctx.reply(t("cp-roster-download-failed"));
      return;
    }
    await quietly(() => ctx.replyWithChatAction("typing"), { reason: "roster: chat action", log: services.logger });
    const result = await services.roster.importRoster(ctx.principal, {
      departmentId,
      fileName: name,
      mime,
      content,
      botUsername: ctx.me.username,
      sheetLabels: invitationSheetLabels(t),
    });
    await answerImport(ctx, result);
  });

  async function answerImport(ctx: PrivateContext, result: ImportRosterResult): Promise<void> {
    const t = ctx.t.bind(ctx);
    switch (result.status) {
      case "forbidden":
        await ctx.reply(t(`placement-denied-${result.reason}`));
        return;
      case "notFound":
        await ctx.reply(t("cp-department-not-found"));
        return;
      case "rejectedFile":
        await ctx.reply(t(`roster-file-${result.reason}`, { max: ROSTER_MAX_ROWS }));
        return;
      case "invalid": {
        const lines = [
          ...readFrom(t, result),
          t("roster-errors-header", { count: result.errors.length }),
          ...result.errors.map((e) => errorLine(t, e)),
        ];
        for (const text of splitMessages(lines)) await ctx.reply(text);
        return;
      }
      case "imported":
        break;
    }
    const lines = [
      ...readFrom(t, result),
      t("roster-imported", { rows: result.rows }),
      t("roster-imported-students", result.students),
      t("roster-imported-placements", result.placements),
    ];
    if (result.skipped.length > 0) {
      lines.push("", t("roster-skipped-header", { count: result.skipped.length }));
      for (const s of result.skipped) {
        lines.push(
          t("roster-skipped-line", {
            studentNumber: s.studentNumber,
            practiceType: t(`placement-type-${s.practiceType}`),
            academicYear: s.academicYear,
            status: t(`placement-status-${s.status}`),
          }),
        );
      }
    }
    for (const text of splitMessages(lines)) await ctx.reply(text);
    const { invitations } = result;
    if (invitations.sheet && invitations.expiresAt) {
      const expires = formatDate(invitations.expiresAt, ctx.locale, services.config.timezone);
      await ctx.replyWithDocument(new InputFile(invitations.sheet, "roster-links.xlsx"), {
        caption: t("roster-invitations-sent", { count: invitations.count, expires }),
      });
    } else {
      await ctx.reply(t("roster-invitations-none"));
    }
    if (result.toConfirm.length > 0) {
      await ctx.reply(t("roster-to-confirm-header", { count: result.toConfirm.length }));
      for (const match of result.toConfirm.slice(0, MAX_CONFIRMATIONS_SHOWN)) {
        await ctx.reply(t("roster-to-confirm-line", { ...match }), {
          reply_markup: new InlineKeyboard()
            .text(t("roster-confirm-button"), matchData.pack("ok", match.studentId))
            .text(t("roster-dismiss-button"), matchData.pack("no", match.studentId)),
        });
      }
    }
  }

  feature.callbackQuery(matchData.filter, async (ctx) => {
    const press = matchData.parse(ctx.callbackQuery.data);
    const t = ctx.t.bind(ctx);
    if (!press) {
      await quietly(() => ctx.answerCallbackQuery({ text: t("errors-stale-button") }), {
        reason: "roster: could not answer the button",
        log: services.logger,
      });
      return;
    }
    const principal = ctx.principal;
    const result =
      press.decision === "ok"
        ? await services.roster.confirmMatch(principal, press.studentId)
        : await services.roster.dismissMatch(principal, press.studentId);
    let text: string;
    switch (result.status) {
      case "confirmed":
        text = t("roster-confirmed", { new: result.placements.new });
        break;
      case "dismissed":
        text = t("roster-dismissed");
        break;
      case "alreadyDecided":
        text = t("roster-already-decided");
        break;
      case "forbidden":
        text = t(`placement-denied-${result.reason}`);
        break;
      case "notFound":
        text = t("cp-decision-not-found");
        break;
    }
    const done = result.status === "confirmed" || result.status === "dismissed" || result.status === "alreadyDecided";
    await quietly(() => ctx.answerCallbackQuery({ text, show_alert: !done }), {
      reason: "roster: could not answer the button",
      log: services.logger,
    });
    if (done) {
      const message = ctx.callbackQuery.message;
      const before = message && "text" in message && message.text ? `${message.text}\n\n` : "";
      // The account keeps the student ID until the coordinator unlinks it (recorded, with a reason).
      const hint = result.status === "dismissed" ? `\n${t("staff-roles-dismissed-hint")}` : "";
      await quietly(() => ctx.editMessageText(`${before}${text}${hint}`), {
        reason: "roster: could not edit the message",
        log: services.logger,
      });
    }
  });

  return feature;
}

/** One bad cell (or header) in the coordinator's language, pointing at the column as written in their file. */
function errorLine(t: (key: string, params?: Record<string, string | number>) => string, error: RosterError): string {
  const column = error.header ?? (error.column ? t(`roster-column-${error.column}`) : "—");
  const reason = t(`roster-error-${error.reason}`, withDottedDates(error.params));
  const inHeader = error.reason === "missing-column" || error.reason === "duplicate-column";
  return inHeader ? t("roster-error-in-header", { column, reason }) : t("roster-error-in-cell", { row: error.row, column, reason });
}

/** Which sheet and header row were read, when the coordinator might not expect it (an XLSX, or a title above the headers). */
function readFrom(
  t: (key: string, params?: Record<string, string | number>) => string,
  result: { sheet: string | null; headerRow: number },
): string[] {
  if (result.sheet !== null) return [t("roster-read-sheet", { sheet: result.sheet, row: result.headerRow })];
  return result.headerRow > 1 ? [t("roster-read-csv", { row: result.headerRow })] : [];
}
