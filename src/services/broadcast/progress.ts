import type { Persistence } from "../../persistence/create-persistence.js";
import type { BroadcastDocument } from "../../persistence/models/broadcast.model.js";
import { personOf, type Audience, type Recipient } from "./audience.js";

/** A broadcast's delivery figures; `pending` includes copies being sent right now. */
export interface BroadcastFigures {
  sent: number;
  pending: number;
  blocked: number;
  failed: number;
}

export interface BroadcastProgress {
  broadcast: BroadcastDocument;
  figures: BroadcastFigures;
  /** Copies Telegram refused: the recipient blocked the bot, or the chat does not exist. */
  failures: (Recipient & { state: "blocked" | "failed" })[];
  done: boolean;
}

function figuresKeyOf(f: BroadcastFigures): string {
  return `${f.sent}/${f.pending}/${f.blocked}/${f.failed}`;
}

/**
 * A broadcast's progress from its outbox copies, moving it scheduled → sending → done as they go out; the figures
 * are kept on the broadcast once it is done, so they outlive the copies the retention job deletes.
 */
export function createProgressReader(deps: { db: Persistence; audience: Audience; now: () => Date }) {
  const { db, audience, now } = deps;

  async function figuresOf(id: string): Promise<BroadcastFigures> {
    const counts = await db.outbox.progress(id);
    return { sent: counts.sent, pending: counts.pending + counts.sending, blocked: counts.blocked, failed: counts.failed };
  }

  return async function progressOf(broadcast: BroadcastDocument): Promise<BroadcastProgress> {
    const id = String(broadcast._id);
    const figures = await figuresOf(id);
    const at = now();
    let state = broadcast.state;
    // A transition that finds another state was made by someone else just now (a second instance): take theirs.
    const current = async () => (await db.broadcasts.findById(broadcast._id))?.state ?? state;
    if ((state === "scheduled" || state === "sending") && figures.pending === 0 && at >= broadcast.scheduledAt) {
      state = (await db.broadcasts.transition(broadcast._id, [state], "done")) ? "done" : await current();
    } else if (state === "scheduled" && at >= broadcast.scheduledAt) {
      state = (await db.broadcasts.transition(broadcast._id, ["scheduled"], "sending")) ? "sending" : await current();
    }
    const kept = broadcast.figures;
    const live = figures.sent + figures.pending + figures.blocked + figures.failed;
    if (state === "done" && live === 0 && kept) {
      // The retention job deleted the copies: the figures kept when it was done are the record.
      return { broadcast: { ...broadcast, state }, figures: { ...kept }, failures: [], done: true };
    }
    if (state === "done" && (!kept || figuresKeyOf(kept) !== figuresKeyOf(figures)))
      await db.broadcasts.saveFigures(broadcast._id, figures);
    const refused = await db.outbox.listByRef(id, ["blocked", "failed"]);
    const names = await audience.namesOf(refused.map((m) => m.recipientTelegramId));
    const failures = refused.map((m) => ({ ...personOf(names, m.recipientTelegramId), state: m.state as "blocked" | "failed" }));
    return { broadcast: { ...broadcast, state }, figures, failures, done: state === "done" };
  };
}
