import { can, type Action, type Decision } from "../../../domain/access/policy.js";
import { toAccessPrincipal, type Principal } from "../../../domain/access/roles.js";
import { diaryDenial, diaryTarget, type DiaryAccessDenial } from "../../../domain/diary/diary-access.js";
import type { DiaryActor, DiaryPlacement } from "../../../domain/diary/types.js";
import { displayName } from "../../../domain/profile/display-name.js";
import type { Persistence } from "../../../persistence/create-persistence.js";
import type { ReferenceData } from "../../../reference-data/load.js";
import type { Outbox } from "../../outbox/index.js";
import type { DiaryPlacements, LoadedDiaryPlacement } from "../diary-placements.js";
import type { DiaryCalendarService } from "../diary-calendar.service.js";
import type { DiaryServices } from "../index.js";

/** What the diary's use cases are built from: the record services, the outbox, the admins from configuration. */
export interface DiaryUseCaseDeps {
  db: Persistence;
  now: () => Date;
  reference: ReferenceData;
  adminTelegramIds: readonly number[];
  outbox: Outbox;
  diary: DiaryServices;
  placements: DiaryPlacements;
  /** Late-entry permissions, excused days and the flags of an entry (weeks over 40 h, days written late). */
  diaryCalendar: DiaryCalendarService;
}

export type Forbidden = { status: "forbidden"; reason: DiaryAccessDenial };
export type NotFound = { status: "notFound" };

/** The one question: may `user` do `action` on this diary (src/domain/access/policy.ts)? */
export function ask(
  deps: Pick<DiaryUseCaseDeps, "adminTelegramIds">,
  user: Principal,
  action: Action,
  diary: Parameters<typeof diaryTarget>[0],
  studentTelegramId: number | null | undefined,
): Decision {
  return can(toAccessPrincipal(user, deps.adminTelegramIds), action, diaryTarget(diary, studentTelegramId ?? null));
}

export function forbidden(decision: Extract<Decision, { allowed: false }>): Forbidden {
  return { status: "forbidden", reason: diaryDenial(decision.reason) };
}

/** The diary actor of an allowed decision (null for the admin, who writes nothing into a diary). */
export function actorOf(user: Principal, decision: Extract<Decision, { allowed: true }>, diary: DiaryPlacement): DiaryActor | null {
  switch (decision.as) {
    case "admin":
      return null;
    case "student":
      return { telegramId: user.telegramId, role: "student", studentId: diary.studentId };
    case "coordinator":
      return { telegramId: user.telegramId, role: "coordinator", departmentId: diary.departmentId };
    case "universitySupervisor":
    case "organisationSupervisor":
      return { telegramId: user.telegramId, role: decision.as };
  }
}

/**
 * Loads the diary of a placement and asks `can()`: the diary and the actor in the role the policy
 * allowed, or why not.
 */
export async function loadAllowed(
  deps: DiaryUseCaseDeps,
  user: Principal,
  placementId: string,
  action: Action,
): Promise<{ ok: true; loaded: LoadedDiaryPlacement; actor: DiaryActor } | { ok: false; refusal: Forbidden | NotFound }> {
  const loaded = await deps.placements.load(placementId);
  if (!loaded) return { ok: false, refusal: { status: "notFound" } };
  const decision = ask(deps, user, action, loaded.diary, loaded.student.telegramId);
  if (!decision.allowed) return { ok: false, refusal: forbidden(decision) };
  const actor = actorOf(user, decision, loaded.diary);
  if (!actor) return { ok: false, refusal: { status: "forbidden", reason: "roleCannot" } };
  return { ok: true, loaded, actor };
}

/** A person's name as the bot knows it (their name for documents, else Telegram's), or `#id`. */
export async function nameOf(deps: Pick<DiaryUseCaseDeps, "db">, telegramId: number): Promise<string> {
  return displayName(await deps.db.users.findByTelegramId(telegramId)) ?? `#${telegramId}`;
}

/** Names of several people at once (one query per person; lists are short). */
export async function namesOf(deps: Pick<DiaryUseCaseDeps, "db">, telegramIds: Iterable<number>): Promise<Map<number, string>> {
  const names = new Map<number, string>();
  for (const id of new Set(telegramIds)) names.set(id, await nameOf(deps, id));
  return names;
}
