import { Types } from "mongoose";
import type { AudienceFilter } from "../../domain/delivery/broadcast.js";
import type { Persistence } from "../../persistence/create-persistence.js";

/** Where an announcement goes: one department's id, or null for every department (the admin only). */
export type BroadcastTarget = string | null;

export interface Recipient {
  telegramId: number;
  name: string;
  group: string;
  /** The student ID: two students of one group may share a name. Null when they are no longer on the roster. */
  studentNumber: string | null;
}

/** Who an announcement reaches: students with a linked Telegram account, not marked unreachable, each once. */
export function createAudience(db: Persistence) {
  return {
    async resolve(departmentId: BroadcastTarget, filter: AudienceFilter): Promise<Recipient[]> {
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
        recipients.push({ telegramId, name: student.fullName, group: student.group, studentNumber: student.studentNumber ?? null });
      }
      return recipients;
    },

    /** The values the audience filters offer (programmes, courses, groups of students with a Telegram account). */
    async options(departmentId: BroadcastTarget) {
      const students = await db.students.listAudience(departmentId ? new Types.ObjectId(departmentId) : null, {});
      const sorted = <T extends string | number>(values: T[]): T[] => [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      return {
        programmes: sorted(students.map((s) => s.programmeCode)),
        courses: sorted(students.map((s) => s.course)),
        groups: sorted(students.map((s) => s.group)),
      };
    },

    /** Names, groups and student IDs of these recipients (one read); a recipient no longer on the roster is absent. */
    async namesOf(telegramIds: readonly number[]): Promise<Map<number, Recipient>> {
      const students = await db.students.findByTelegramIds(telegramIds);
      const byId = new Map<number, Recipient>();
      for (const s of students)
        if (typeof s.telegramId === "number")
          byId.set(s.telegramId, { telegramId: s.telegramId, name: s.fullName, group: s.group, studentNumber: s.studentNumber ?? null });
      return byId;
    },
  };
}
export type Audience = ReturnType<typeof createAudience>;

/** The recipient's name and group, or their Telegram id when they are no longer on the roster. */
export function personOf(names: ReadonlyMap<number, Recipient>, telegramId: number): Recipient {
  return names.get(telegramId) ?? { telegramId, name: String(telegramId), group: "", studentNumber: null };
}
