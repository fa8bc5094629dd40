import { setTimeout as delay } from "node:timers/promises";
import type { I18n } from "@grammyjs/i18n";
import { GrammyError, type Api, type Context } from "grammy";
import type { TranslateFunction } from "@grammyjs/i18n";
import type { Locale } from "../config/config.js";
import type { Logger } from "../logging/logger.js";
import { quietly } from "../logging/quietly.js";
import type { BroadcastProgress, BroadcastService } from "../services/broadcast.service.js";
import { figuresKey, finalReportText, PROGRESS_EDIT_INTERVAL_MS, progressKeyboard, progressText } from "../bot/views/broadcast.view.js";

export interface BroadcastProgressJobDeps {
  broadcasts: Pick<BroadcastService, "openProgress" | "claimProgressEdit" | "claimFinalReport" | "releaseFinalReport">;
  /**
   * The bot's own `bot.api` (the one transport, with its 429 and retry policy): these are interactive edits of the
   * author's message, not notifications, so they never queue behind a broadcast in the outbox.
   */
  api: Pick<Api, "editMessageText" | "sendMessage">;
  i18n: Pick<I18n<Context>, "t">;
  /** The author's language, read at each edit. */
  localeOf: (telegramId: number) => Promise<Locale>;
  logger: Pick<Logger, "info" | "warn" | "error" | "debug">;
  /** Between two runs, and the least time between two edits of one message (default 3 s). */
  intervalMs?: number;
  /** Waits (tests pass a virtual clock's); must return early when `signal` aborts. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

interface ProgressRunSummary {
  /** Progress messages edited in this run. */
  edited: number;
  /** Final reports sent in this run. */
  reported: number;
}

async function defaultSleep(ms: number, signal: AbortSignal): Promise<void> {
  // An abort ends the wait early: that is its purpose, not a failure.
  await quietly(() => delay(ms, undefined, { signal }), { reason: "broadcast progress: wait aborted" });
}

function describe(error: unknown): string {
  if (error instanceof GrammyError) return `${error.error_code}: ${error.description}`;
  return error instanceof Error ? error.name : String(error);
}

/**
 * Keeps the authors' broadcast progress messages current: a progress message edited at most every few seconds,
 * and a final report that lists the failures. Every `intervalMs` it edits each open progress message whose
 * figures changed; once a broadcast is done it makes the final edit and sends the author the final report with
 * the failures by name. Both are claimed atomically in the database (`claimProgressEdit`, `claimFinalReport`),
 * so with two instances running, or a refresh pressed at the same moment, a message is edited at most once per
 * interval and the report is sent once.
 *
 * `start()` runs it in the background; `stop()` ends the loop and waits for an edit in flight (call it before the
 * database closes). `runOnce()` runs one pass (tests).
 */
export function createBroadcastProgressJob(deps: BroadcastProgressJobDeps) {
  const { broadcasts, api, i18n, localeOf, logger } = deps;
  const intervalMs = deps.intervalMs ?? PROGRESS_EDIT_INTERVAL_MS;
  const sleep = deps.sleep ?? defaultSleep;
  const abort = new AbortController();
  let running: Promise<void> | undefined;
  let pass: Promise<ProgressRunSummary> | undefined;
  let stopping: Promise<void> | undefined;

  async function translator(telegramId: number): Promise<TranslateFunction> {
    const locale = await localeOf(telegramId);
    return (key, variables) => i18n.t(locale, key, variables);
  }

  async function update(progress: BroadcastProgress, summary: ProgressRunSummary): Promise<void> {
    const { broadcast } = progress;
    const target = broadcast.progressMessage;
    if (!target) return;
    const key = figuresKey(progress);
    let shown = broadcast.progressShown;
    let t: TranslateFunction | undefined;
    if (shown !== key && (await broadcasts.claimProgressEdit(broadcast, key, intervalMs))) {
      shown = key;
      t = await translator(broadcast.authorTelegramId);
      const keyboard = progressKeyboard(t, progress);
      try {
        await api.editMessageText(target.chatId, target.messageId, progressText(t, progress), keyboard ? { reply_markup: keyboard } : {});
        summary.edited++;
      } catch (error) {
        // The author deleted the message, or Telegram is down past the transport's retries: the next change edits again.
        logger.debug({ broadcast: String(broadcast._id), err: describe(error) }, "broadcast progress: edit failed");
      }
    }
    // The report follows the final edit (the next pass makes it if the interval held the edit back).
    if (!progress.done || shown !== key || !(await broadcasts.claimFinalReport(broadcast))) return;
    t ??= await translator(broadcast.authorTelegramId);
    try {
      await api.sendMessage(target.chatId, finalReportText(t, progress), {
        reply_parameters: { message_id: target.messageId, allow_sending_without_reply: true },
      });
      summary.reported++;
    } catch (error) {
      // 4xx (the author blocked the bot…) would fail again; anything else is tried again next pass.
      const final = error instanceof GrammyError && error.error_code >= 400 && error.error_code < 500;
      if (!final) await broadcasts.releaseFinalReport(broadcast);
      logger.warn({ broadcast: String(broadcast._id), err: describe(error), retry: !final }, "broadcast progress: final report not sent");
    }
  }

  async function runPass(): Promise<ProgressRunSummary> {
    const summary: ProgressRunSummary = { edited: 0, reported: 0 };
    for (const progress of await broadcasts.openProgress()) {
      try {
        await update(progress, summary);
      } catch (error) {
        logger.error({ broadcast: String(progress.broadcast._id), err: describe(error) }, "broadcast progress: update failed");
      }
    }
    return summary;
  }

  /** One pass over the open progress messages; passes never overlap. */
  function runOnce(): Promise<ProgressRunSummary> {
    pass ??= runPass().finally(() => {
      pass = undefined;
    });
    return pass;
  }

  async function loop(): Promise<void> {
    const { signal } = abort;
    while (!signal.aborted) {
      try {
        await runOnce();
      } catch (error) {
        logger.error({ err: describe(error) }, "broadcast progress: pass failed");
      }
      if (!signal.aborted) await sleep(intervalMs, signal);
    }
  }

  return {
    runOnce,
    /** Starts the periodic passes in the background (idempotent). */
    start(): void {
      if (stopping) throw new Error("broadcast progress job: stopped; create a new one");
      running ??= loop();
    },
    /** Ends the loop and waits for the pass in flight, so no edit outlives the database connection (idempotent). */
    stop(): Promise<void> {
      stopping ??= (async () => {
        abort.abort();
        await running;
        const last = pass;
        // A failed pass is logged by the loop that ran it; stopping only waits for it to end.
        if (last) await quietly(() => last, { reason: "broadcast progress: the last pass failed" });
      })();
      return stopping;
    },
  };
}
