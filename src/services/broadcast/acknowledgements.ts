import { Types } from "mongoose";
import type { AccessPrincipal } from "../../domain/access/roles.js";
import { broadcastDedupeKey } from "../../domain/delivery/broadcast.js";
import type { Persistence } from "../../persistence/create-persistence.js";
import type { BroadcastDocument } from "../../persistence/models/broadcast.model.js";
import type { Outbox } from "../outbox/index.js";
import { personOf, type Audience, type Recipient } from "./audience.js";
import { broadcastCopies } from "./copies.js";

/** How many recipients an acknowledgement list shows at most per side. */
const ACK_LIST_LIMIT = 50;

interface AcknowledgementDeps {
  db: Persistence;
  outbox: Outbox;
  now: () => Date;
  audience: Audience;
  /** The broadcast, once the principal may see it (throws BroadcastAccessError otherwise); null when there is none. */
  load: (principal: AccessPrincipal, id: string) => Promise<BroadcastDocument | null>;
}

/** "I have read it": the recipients' presses, the author's report of who has and has not, and the re-send to the rest. */
export function createAcknowledgements({ db, outbox, now, audience, load }: AcknowledgementDeps) {
  return {
    /** A recipient pressed "I have read it": only someone the broadcast was sent to counts. */
    async acknowledge(telegramId: number, id: string): Promise<"recorded" | "already" | "notRecipient" | "notFound"> {
      if (!Types.ObjectId.isValid(id)) return "notFound";
      const broadcast = await db.broadcasts.findById(id);
      if (!broadcast?.ackRequested) return "notFound";
      // The first round's copy is the record that they were a recipient (unique dedupe key: one indexed read).
      const copy = await db.outbox.findByDedupeKey(broadcastDedupeKey(id, telegramId));
      if (!copy || copy.ref !== id) return "notRecipient";
      return db.broadcasts.acknowledge(broadcast._id, telegramId, now());
    },

    /** Who has and who has not acknowledged (recipients Telegram refused are in neither list). */
    async ackReport(principal: AccessPrincipal, id: string) {
      const broadcast = await load(principal, id);
      if (!broadcast) return null;
      const copies = await db.outbox.listByRef(id);
      const recipients = [
        ...new Set(copies.filter((c) => c.state !== "blocked" && c.state !== "failed").map((c) => c.recipientTelegramId)),
      ];
      const acked = new Set((await db.broadcasts.acks(broadcast._id)).map((a) => a.telegramId));
      const names = await audience.namesOf(recipients);
      const byName = (a: Recipient, b: Recipient) => a.group.localeCompare(b.group) || a.name.localeCompare(b.name);
      const yes = recipients
        .filter((r) => acked.has(r))
        .map((r) => personOf(names, r))
        .sort(byName);
      const no = recipients
        .filter((r) => !acked.has(r))
        .map((r) => personOf(names, r))
        .sort(byName);
      return {
        broadcast,
        acked: yes.slice(0, ACK_LIST_LIMIT),
        notAcked: no.slice(0, ACK_LIST_LIMIT),
        ackedCount: yes.length,
        notAckedCount: no.length,
      };
    },

    /**
     * How many would receive the announcement again, for the author to confirm before anything is sent. `round` is the
     * round the author saw: an old button answers "stale" here already.
     */
    async resendPreview(
      principal: AccessPrincipal,
      id: string,
      round: number,
    ): Promise<{ status: "confirm"; count: number } | { status: "stale" | "notFound" | "nobody" }> {
      const broadcast = await load(principal, id);
      if (!broadcast?.ackRequested) return { status: "notFound" };
      if (broadcast.round !== round) return { status: "stale" };
      const rest = await restOf(broadcast);
      return rest.length === 0 ? { status: "nobody" } : { status: "confirm", count: rest.length };
    },

    /**
     * Sends the announcement again to recipients who have not acknowledged it (round `round` + 1, new dedupe keys).
     * `round` is the round the author saw: a double press or a stale button sends nothing ("stale").
     */
    async resendToRest(
      principal: AccessPrincipal,
      id: string,
      round: number,
    ): Promise<{ status: "sent"; count: number } | { status: "stale" | "notFound" | "nobody" }> {
      const broadcast = await load(principal, id);
      if (!broadcast?.ackRequested) return { status: "notFound" };
      if (broadcast.round !== round) return { status: "stale" };
      const rest = await restOf(broadcast);
      if (rest.length === 0) return { status: "nobody" };
      if (!(await db.broadcasts.nextRound(broadcast._id, round))) return { status: "stale" };
      const result = await outbox.enqueueMany(broadcastCopies(broadcast, rest, round + 1, now()));
      return { status: "sent", count: result.inserted };
    },
  };

  /** Recipients who have not acknowledged it and can still receive it (not refused by Telegram, not unreachable). */
  async function restOf(broadcast: BroadcastDocument): Promise<number[]> {
    const id = String(broadcast._id);
    const copies = await db.outbox.listByRef(id);
    const acked = new Set((await db.broadcasts.acks(broadcast._id)).map((a) => a.telegramId));
    const refused = new Set(copies.filter((c) => c.state === "blocked").map((c) => c.recipientTelegramId));
    const unreachable = await db.users.unreachableAmong([...new Set(copies.map((c) => c.recipientTelegramId))]);
    return [...new Set(copies.map((c) => c.recipientTelegramId))].filter((t) => !acked.has(t) && !refused.has(t) && !unreachable.has(t));
  }
}
