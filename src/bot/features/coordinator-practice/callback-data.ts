import { z } from "zod";
import { PLACEMENT_STATUSES, PRACTICE_TYPES, type PlacementStatus, type PracticeType } from "../../../domain/practice/placement.js";
import { checkGroup } from "../../../domain/profile/student-profile.js";
import type { AssignPress } from "../../../services/coordinator-practice.service.js";
import { packId, unpackId } from "../../compact-id.js";
import { CALLBACK_PREFIXES, defineCallback } from "../../callback-data.js";

const MAX_CALLBACK_BYTES = 64;
const fits = (data: string): boolean => Buffer.byteLength(data, "utf8") <= MAX_CALLBACK_BYTES;

/** `/bases` page: `cpb:<department>:<page>`. */
export const basesData = {
  filter: /^cpb:/,
  pack: (departmentId: string, page: number): string => `cpb:${packId(departmentId)}:${page}`,
  parse(data: string | undefined): { departmentId: string; page: number } | null {
    const m = data ? /^cpb:([A-Za-z0-9_-]{16}):(\d{1,4})$/.exec(data) : null;
    const departmentId = m ? unpackId(m[1]) : null;
    return m && departmentId ? { departmentId, page: Number(m[2]) } : null;
  },
};

/**
 * "Approve all shown" under a `/bases` page: the department, the page and the fingerprint of the bases and versions
 * it showed (a base sent, changed or decided since makes the press approve nothing).
 */
export const approveShownBasesData = defineCallback({
  prefix: CALLBACK_PREFIXES.coordinatorBasesApproveAll,
  schema: z.object({
    department: z.string().regex(/^[A-Za-z0-9_-]{16}$/),
    page: z.coerce.number().int().min(0).max(9_999),
    fingerprint: z.string().regex(/^[a-f0-9]{6}$/),
  }),
});

/** `/students` filters and page. */
export interface StudentFilter {
  departmentId: string;
  page: number;
  practiceType?: PracticeType | undefined;
  status?: PlacementStatus | undefined;
  group?: string | undefined;
}

/** `/students` filters and page: `cps:<department>:<page>:<type index|->:<status index|->:<group>`. */
export const studentsData = {
  filter: /^cps:/,
  pack(f: StudentFilter): string | null {
    const type = f.practiceType ? String(PRACTICE_TYPES.indexOf(f.practiceType)) : "-";
    const status = f.status ? String(PLACEMENT_STATUSES.indexOf(f.status)) : "-";
    const data = `cps:${packId(f.departmentId)}:${f.page}:${type}:${status}:${f.group ?? ""}`;
    return fits(data) ? data : null;
  },
  parse(data: string | undefined): StudentFilter | null {
    const m = data ? /^cps:([A-Za-z0-9_-]{16}):(\d{1,4}):(-|\d):(-|\d):(.{0,40})$/u.exec(data) : null;
    const departmentId = m ? unpackId(m[1]) : null;
    if (!m || !departmentId) return null;
    const practiceType = m[3] === "-" ? undefined : PRACTICE_TYPES[Number(m[3])];
    const status = m[4] === "-" ? undefined : PLACEMENT_STATUSES[Number(m[4])];
    if ((m[3] !== "-" && !practiceType) || (m[4] !== "-" && !status)) return null;
    let group: string | undefined;
    if (m[5]) {
      const checked = checkGroup(m[5]);
      if (!checked.ok) return null;
      group = checked.value;
    }
    return { departmentId, page: Number(m[2]), practiceType, status, group };
  },
};

const assignSchema = z.union([
  z.object({
    kind: z.literal("s"),
    placementId: z.string(),
    version: z.coerce.number().int().min(0),
    supervisor: z.coerce.number().int().positive(),
  }),
  z.object({
    kind: z.literal("g"),
    departmentId: z.string(),
    fingerprint: z.string().regex(/^[a-f0-9]{6}$/),
    supervisor: z.coerce.number().int().positive(),
    group: z.string(),
  }),
]);

/**
 * `/assign` choices: one placement at the version shown (`cpa:s:<placement>:<version>:<supervisor>`) or a
 * group's open placements as they were shown (`cpa:g:<department>:<fingerprint>:<supervisor>:<group>`).
 * Any change since (a reassignment) makes the press stale.
 */
export const assignData = {
  filter: /^cpa:/,
  pack(press: AssignPress): string | null {
    const data =
      press.kind === "s"
        ? `cpa:s:${packId(press.placementId)}:${press.version}:${press.supervisor}`
        : `cpa:g:${packId(press.departmentId)}:${press.fingerprint}:${press.supervisor}:${press.group}`;
    return fits(data) ? data : null;
  },
  parse(data: string | undefined): AssignPress | null {
    const s = data ? /^cpa:s:([A-Za-z0-9_-]{16}):(\d{1,7}):(\d{1,15})$/.exec(data) : null;
    if (s) {
      const placementId = unpackId(s[1]);
      const parsed = assignSchema.safeParse({ kind: "s", placementId, version: s[2], supervisor: s[3] });
      return placementId && parsed.success ? parsed.data : null;
    }
    const g = data ? /^cpa:g:([A-Za-z0-9_-]{16}):([a-f0-9]{6}):(\d{1,15}):(.{1,40})$/u.exec(data) : null;
    const departmentId = g ? unpackId(g[1]) : null;
    const group = g ? checkGroup(g[4] ?? "") : null;
    if (!g || !departmentId || !group?.ok) return null;
    const parsed = assignSchema.safeParse({ kind: "g", departmentId, fingerprint: g[2], supervisor: g[3], group: group.value });
    return parsed.success ? parsed.data : null;
  },
};
