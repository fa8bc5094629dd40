import { Types } from "mongoose";
import { can } from "../domain/access/policy.js";
import { departmentsWithRole, type AccessPrincipal } from "../domain/access/roles.js";
import { ackCallbackData, broadcastDedupeKey, type AudienceFilter } from "../domain/delivery/broadcast.js";
import type { ParseMode } from "../domain/delivery/outbox.js";
import type { OutboxPayload } from "../domain/delivery/outbox-payload.js";
import type { Persistence } from "../persistence/create-persistence.js";
import type { BroadcastDocument } from "../persistence/models/broadcast.model.js";
import type { DepartmentDocument } from "../persistence/models/department.model.js";
import type { Outbox, OutboxMessageInput } from "./outbox/index.js";

/** The principal may not broadcast there (another department, or "everyone" without being the admin). */
export class BroadcastAccessError extends Error {
  override readonly name = "BroadcastAccessError";
}

/** Where an announcement goes: one department's id, or null for every department (the admin only). */
export type BroadcastTarget = string | null;

export interface BroadcastInput {
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

/** A broadcast's delivery figures; `pending` includes copies being sent right now. */
export interface BroadcastFigures {
  sent: number;
  pending: number;
  blocked: number;
  failed: number;
}

export interface Recipient {
  telegramId: number;
  name: string;
  group: string;
}

export interface BroadcastProgress {
  broadcast: BroadcastDocument;
  figures: BroadcastFigures;
  /** Copies Telegram refused: the recipient blocked the bot, or the chat does not exist. */
  failures: (Recipient & { state: "blocked" | "failed" })[];
  done: boolean;
}

export interface BroadcastServiceDeps {
  db: Persistence;
  outbox: Outbox;
  now: () => Date;
}

function figuresKeyOf(f: BroadcastFigures): string {
  return `${f.sent}/${f.pending}/${f.blocked}/${f.failed}`;
}

/** How many recipients an acknowledgement list shows at most per side. */
const ACK_LIST_LIMIT = 50;

/**
 * Department announcements (issue 10, "Broadcasts"): audience resolution within the author's department,
 * the send through the outbox (one message per recipient, idempotent by dedupe key), progress from the outbox,
 * acknowledgements and re-sends. Every method asks the access policy: a coordinator reaches only their own
 * department (QP-06 5.9; KazUTB 7.8); only the admin reaches every department.
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

  async function resolve(departmentId: BroadcastTarget, filter: AudienceFilter): Promise<Recipient[]> {
    const department = departmentId ? new Types.ObjectId(departmentId) : null;
    let ids: Types.ObjectId[] | undefined;
    if (filter.practiceType || filter.activeOnly) {
      ids = await db.placements.studentIds({
        departmentId: department ?? undefined,
        practiceType: filter.practiceType,
        ...(filter.activeOnly ? { status: "active" as const } : { excludeStatuses: ["finished"] as const }),
      });
    }
    const students = await db.students.listAudience(department, { ...filter, ...(ids ? { ids } : {}) });
    const telegramIds = students.map((s) => s.telegramId).filter((id): id is number => typeof id === "number");
    // 403 earlier: the outbox marked them unreachable; they are not counted until they write to the bot again.
    const unreachable = await db.users.unreachableAmong(telegramIds);
    const seen = new Set<number>();
    const recipients: Recipient[] = [];
    for (const student of students) {
      const telegramId = student.telegramId;
      if (typeof telegramId !== "number" || unreachable.has(telegramId) || seen.has(telegramId)) continue;
      seen.add(telegramId);
      recipients.push({ telegramId, name: student.fullName, group: student.group });
    }
    return recipients;
  }

  function payloadOf(broadcast: BroadcastDocument): OutboxPayload {
    return {
      text: broadcast.text,
      parseMode: broadcast.parseMode,
      ...(broadcast.photoFileId ? { photoFileId: broadcast.photoFileId } : {}),
      ...(broadcast.documentFileId ? { documentFileId: broadcast.documentFileId } : {}),
      ...(broadcast.ackRequested
        ? { keyboard: [[{ key: "outbox-read-button", callbackData: ackCallbackData(String(broadcast._id)) }]] }
        : {}),
    };
  }

  function messages(broadcast: BroadcastDocument, telegramIds: readonly number[], round: number, notBefore: Date): OutboxMessageInput[] {
    const payload = payloadOf(broadcast);
    const id = String(broadcast._id);
    return telegramIds.map((telegramId) => ({
      recipient: telegramId,
      kind: "broadcast",
      ref: id,
      payload,
      dedupeKey: broadcastDedupeKey(id, telegramId, round),
      notBefore,
    }));
  }

  async function figuresOf(id: string): Promise<BroadcastFigures> {
    const counts = await db.outbox.progress(id);
    return { sent: counts.sent, pending: counts.pending + counts.sending, blocked: counts.blocked, failed: counts.failed };
  }

  async function namesOf(telegramIds: readonly number[]): Promise<Map<number, Recipient>> {
    const students = await db.students.findByTelegramIds(telegramIds);
    const byId = new Map<number, Recipient>();
    for (const s of students)
      if (typeof s.telegramId === "number") byId.set(s.telegramId, { telegramId: s.telegramId, name: s.fullName, group: s.group });
    return byId;
  }

  async function progressOf(broadcast: BroadcastDocument): Promise<BroadcastProgress> {
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
    const names = await namesOf(refused.map((m) => m.recipientTelegramId));
    const failures = refused.map((m) => ({
      ...(names.get(m.recipientTelegramId) ?? { telegramId: m.recipientTelegramId, name: String(m.recipientTelegramId), group: "" }),
      state: m.state as "blocked" | "failed",
    }));
    return { broadcast: { ...broadcast, state }, figures, failures, done: state === "done" };
  }

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
      const students = await db.students.listAudience(departmentId ? new Types.ObjectId(departmentId) : null, {});
      const sorted = <T extends string | number>(values: T[]): T[] => [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      return {
        programmes: sorted(students.map((s) => s.programmeCode)),
        courses: sorted(students.map((s) => s.course)),
        groups: sorted(students.map((s) => s.group)),
      };
    },

    /** The recipients the announcement would reach now: students with a linked Telegram account not marked unreachable. */
    async audience(principal: AccessPrincipal, departmentId: BroadcastTarget, filter: AudienceFilter): Promise<Recipient[]> {
      authorize(principal, departmentId);
      return resolve(departmentId, filter);
    },

    /**
     * Records the broadcast and queues one outbox message per recipient (dedupe key per recipient, `ref` = the
     * broadcast id, not before the scheduled time). Queuing again after a crash between the two steps adds nothing twice.
     */
    async send(principal: AccessPrincipal, input: BroadcastInput): Promise<{ broadcast: BroadcastDocument; enqueued: number }> {
      authorize(principal, input.departmentId);
      const at = now();
      const scheduledAt = input.scheduledAt && input.scheduledAt > at ? input.scheduledAt : at;
      const recipients = await resolve(input.departmentId, input.audience);
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
      const result = await outbox.enqueueMany(
        messages(
          broadcast,
          recipients.map((r) => r.telegramId),
          1,
          scheduledAt,
        ),
      );
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
      const names = await namesOf(recipients);
      const person = (telegramId: number): Recipient => names.get(telegramId) ?? { telegramId, name: String(telegramId), group: "" };
      const byName = (a: Recipient, b: Recipient) => a.group.localeCompare(b.group) || a.name.localeCompare(b.name);
      const yes = recipients
        .filter((r) => acked.has(r))
        .map(person)
        .sort(byName);
      const no = recipients
        .filter((r) => !acked.has(r))
        .map(person)
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
      const copies = await db.outbox.listByRef(id);
      const acked = new Set((await db.broadcasts.acks(broadcast._id)).map((a) => a.telegramId));
      const refused = new Set(copies.filter((c) => c.state === "blocked").map((c) => c.recipientTelegramId));
      const unreachable = await db.users.unreachableAmong([...new Set(copies.map((c) => c.recipientTelegramId))]);
      const rest = [...new Set(copies.map((c) => c.recipientTelegramId))].filter(
        (t) => !acked.has(t) && !refused.has(t) && !unreachable.has(t),
      );
      if (rest.length === 0) return { status: "nobody" };
      if (!(await db.broadcasts.nextRound(broadcast._id, round))) return { status: "stale" };
      const result = await outbox.enqueueMany(messages(broadcast, rest, round + 1, now()));
      return { status: "sent", count: result.inserted };
    },

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
