import { Types } from "mongoose";
import { can } from "../domain/access/policy.js";
import { departmentsWithRole, type AccessPrincipal } from "../domain/access/roles.js";
import type { AudienceFilter } from "../domain/delivery/broadcast.js";
import type { ParseMode } from "../domain/delivery/outbox.js";
import type { Persistence } from "../persistence/create-persistence.js";
import type { BroadcastDocument } from "../persistence/models/broadcast.model.js";
import type { DepartmentDocument } from "../persistence/models/department.model.js";
import type { Outbox } from "./outbox/index.js";
import { createAcknowledgements } from "./broadcast/acknowledgements.js";
import { createAudience, type BroadcastTarget, type Recipient } from "./broadcast/audience.js";
import { broadcastCopies } from "./broadcast/copies.js";
import { createProgressReader, type BroadcastProgress } from "./broadcast/progress.js";

export type { BroadcastTarget, Recipient } from "./broadcast/audience.js";
export type { BroadcastProgress } from "./broadcast/progress.js";

/** The principal may not broadcast there (another department, or "everyone" without being the admin). */
export class BroadcastAccessError extends Error {
  override readonly name = "BroadcastAccessError";
}

interface BroadcastInput {
  departmentId: BroadcastTarget;
  /** Verbatim text in `parseMode` (see entitiesToHtml). */
  text: string;
  parseMode: ParseMode;
  photoFileId?: string | undefined;
  documentFileId?: string | undefined;
  audience: AudienceFilter;
  ackRequested: boolean;
  /** Send at this time; now when absent. */
  scheduledAt?: Date | undefined;
}

interface BroadcastServiceDeps {
  db: Persistence;
  outbox: Outbox;
  now: () => Date;
}

/**
 * Department announcements: audience resolution within the author's department (broadcast/audience.ts), the send
 * through the outbox (one message per recipient, idempotent by dedupe key), progress from the outbox
 * (broadcast/progress.ts), acknowledgements and re-sends (broadcast/acknowledgements.ts). Every method asks the
 * access policy: a coordinator reaches only their own department (QP-06 5.9; KazUTB 7.8); only the admin reaches
 * every department.
 */
export function createBroadcastService({ db, outbox, now }: BroadcastServiceDeps) {
  function allowed(principal: AccessPrincipal, departmentId: BroadcastTarget): boolean {
    if (departmentId === null) return principal.isAdmin;
    return can(principal, "broadcastDepartment", { departmentId }).allowed;
  }

  function authorize(principal: AccessPrincipal, departmentId: BroadcastTarget): void {
    if (!allowed(principal, departmentId))
      throw new BroadcastAccessError(`${principal.telegramId} may not broadcast to ${departmentId ?? "everyone"}`);
  }

  async function load(principal: AccessPrincipal, id: string): Promise<BroadcastDocument | null> {
    if (!Types.ObjectId.isValid(id)) return null;
    const broadcast = await db.broadcasts.findById(id);
    if (!broadcast) return null;
    authorize(principal, broadcast.departmentId ? String(broadcast.departmentId) : null);
    return broadcast;
  }

  const audience = createAudience(db);
  const progressOf = createProgressReader({ db, audience, now });
  const acknowledgements = createAcknowledgements({ db, outbox, now, audience, load });

  return {
    /** Where `principal` may broadcast: their departments (every one for the admin) and whether "everyone" is offered. */
    async targets(principal: AccessPrincipal): Promise<{ departments: DepartmentDocument[]; everyone: boolean }> {
      const all = await db.departments.list();
      if (principal.isAdmin) return { departments: all, everyone: true };
      const own = new Set(departmentsWithRole(principal, "coordinator"));
      return { departments: all.filter((d) => own.has(String(d._id)) && allowed(principal, String(d._id))), everyone: false };
    },

    /** The values the audience filters offer (programmes, courses, groups of students with a Telegram account). */
    async audienceOptions(principal: AccessPrincipal, departmentId: BroadcastTarget) {
      authorize(principal, departmentId);
      return audience.options(departmentId);
    },

    /** The recipients the announcement would reach now: students with a linked Telegram account not marked unreachable. */
    async audience(principal: AccessPrincipal, departmentId: BroadcastTarget, filter: AudienceFilter): Promise<Recipient[]> {
      authorize(principal, departmentId);
      return audience.resolve(departmentId, filter);
    },

    /**
     * Records the broadcast and queues one outbox message per recipient (dedupe key per recipient, `ref` = the
     * broadcast id, not before the scheduled time). Queuing again after a crash between the two steps adds nothing twice.
     */
    async send(principal: AccessPrincipal, input: BroadcastInput): Promise<{ broadcast: BroadcastDocument; enqueued: number }> {
      authorize(principal, input.departmentId);
      const at = now();
      const scheduledAt = input.scheduledAt && input.scheduledAt > at ? input.scheduledAt : at;
      const recipients = await audience.resolve(input.departmentId, input.audience);
      const broadcast = await db.broadcasts.create({
        departmentId: input.departmentId ? new Types.ObjectId(input.departmentId) : null,
        authorTelegramId: principal.telegramId,
        text: input.text,
        parseMode: input.parseMode,
        photoFileId: input.photoFileId,
        documentFileId: input.documentFileId,
        audience: input.audience,
        recipientCount: recipients.length,
        scheduledAt,
        ackRequested: input.ackRequested,
      });
      const copies = broadcastCopies(
        broadcast,
        recipients.map((r) => r.telegramId),
        1,
        scheduledAt,
      );
      const result = await outbox.enqueueMany(copies);
      const state = scheduledAt > at ? "scheduled" : "sending";
      await db.broadcasts.transition(broadcast._id, ["draft"], state);
      return { broadcast: { ...broadcast, state }, enqueued: result.inserted };
    },

    /** Figures from the outbox (sent / pending / blocked / failed) and the failures; marks the broadcast done when nothing is pending. */
    async progress(principal: AccessPrincipal, id: string): Promise<BroadcastProgress | null> {
      const broadcast = await load(principal, id);
      return broadcast ? progressOf(broadcast) : null;
    },

    /** The author's recent broadcasts (every one for the admin) with their figures. */
    async list(principal: AccessPrincipal, limit = 10): Promise<(BroadcastProgress & { acks: number })[]> {
      const departments = principal.isAdmin ? null : departmentsWithRole(principal, "coordinator").filter((d) => allowed(principal, d));
      const broadcasts = await db.broadcasts.listRecent(departments?.map((d) => new Types.ObjectId(d)) ?? null, limit);
      const out = [];
      for (const broadcast of broadcasts) {
        out.push({ ...(await progressOf(broadcast)), acks: broadcast.ackRequested ? await db.broadcasts.countAcks(broadcast._id) : 0 });
      }
      return out;
    },

    ...acknowledgements,

    /** Claims the edit of the progress message (at most every `minIntervalMs`, only when the figures changed). */
    async claimProgressEdit(broadcast: BroadcastDocument, shown: string, minIntervalMs: number): Promise<boolean> {
      return db.broadcasts.claimProgressEdit(broadcast._id, now(), minIntervalMs, shown);
    },
    async rememberProgressMessage(broadcast: BroadcastDocument, chatId: number, messageId: number, shown: string): Promise<void> {
      await db.broadcasts.setProgressMessage(broadcast._id, chatId, messageId, now(), shown);
    },
    /** Broadcasts whose progress message is still open (for the periodic progress job). */
    async openProgress(): Promise<BroadcastProgress[]> {
      const out = [];
      for (const broadcast of await db.broadcasts.listWithOpenProgress(now())) out.push(await progressOf(broadcast));
      return out;
    },
    /** Claims sending the final report of a done broadcast (once per round, whichever instance comes first). */
    async claimFinalReport(broadcast: BroadcastDocument): Promise<boolean> {
      return db.broadcasts.claimFinalReport(broadcast._id);
    },
    async releaseFinalReport(broadcast: BroadcastDocument): Promise<void> {
      await db.broadcasts.releaseFinalReport(broadcast._id);
    },
  };
}
export type BroadcastService = ReturnType<typeof createBroadcastService>;
