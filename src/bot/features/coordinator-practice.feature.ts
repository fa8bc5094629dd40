import { displayName } from "../../domain/profile/display-name.js";
import { createHash } from "node:crypto";
import { Composer, InlineKeyboard } from "grammy";
import { Types } from "mongoose";
import { z } from "zod";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { departmentsWithRole, toAccessPrincipal } from "../../domain/access/roles.js";
import { PLACEMENT_STATUSES, PRACTICE_TYPES, type PlacementStatus, type PracticeType } from "../../domain/practice/placement.js";
import { checkGroup, checkStudentNumber } from "../../domain/profile/student-profile.js";
import type { DepartmentDocument } from "../../persistence/models/department.model.js";
import type { UserDocument } from "../../persistence/models/user.model.js";
import { requireRole } from "../middlewares/require-role.js";
import { packId, unpackId } from "../compact-id.js";
import { decisionKeyboard, placementSummary } from "../placement-outcome.js";
import { quietly } from "../../logging/quietly.js";

const MAX_CALLBACK_BYTES = 64;
const fits = (data: string): boolean => Buffer.byteLength(data, "utf8") <= MAX_CALLBACK_BYTES;

/** `/bases` page: `cpb:<department>:<page>`. */
const basesData = {
  filter: /^cpb:/,
  pack: (departmentId: string, page: number): string => `cpb:${packId(departmentId)}:${page}`,
  parse(data: string | undefined): { departmentId: string; page: number } | null {
    const m = data ? /^cpb:([A-Za-z0-9_-]{16}):(\d{1,4})$/.exec(data) : null;
    const departmentId = m ? unpackId(m[1]) : null;
    return m && departmentId ? { departmentId, page: Number(m[2]) } : null;
  },
};

/** `/students` filters and page: `cps:<department>:<page>:<type index|->:<status index|->:<group>`. */
interface StudentFilter {
  departmentId: string;
  page: number;
  practiceType?: PracticeType | undefined;
  status?: PlacementStatus | undefined;
  group?: string | undefined;
}
const studentsData = {
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

/**
 * `/assign` choices: one placement at the version shown (`cpa:s:<placement>:<version>:<supervisor>`) or a
 * group's open placements as they were shown (`cpa:g:<department>:<fingerprint>:<supervisor>:<group>`).
 * Any change since (a reassignment) makes the press stale.
 */
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
type AssignPress = z.infer<typeof assignSchema>;
const assignData = {
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

function personName(
  user: Pick<UserDocument, "firstName" | "telegramId"> & { fullName?: string | null; lastName?: string | null; username?: string | null },
): string {
  const name = displayName(user) ?? `#${user.telegramId}`;
  return user.username ? `${name} (@${user.username})` : name;
}

/**
 * The department the command is about: a department code as the first argument (required for the admin
 * and for staff of several departments), else the one department where the user holds a staff role.
 * Returns the department and the remaining arguments, or null after saying what to send.
 */
async function resolveDepartment(
  ctx: PrivateContext,
  services: AppServices,
  args: string[],
): Promise<{ department: DepartmentDocument; rest: string[] } | null> {
  const own = [...new Set([...departmentsWithRole(ctx.user, "coordinator"), ...departmentsWithRole(ctx.user, "universitySupervisor")])];
  const first = args[0];
  if (first) {
    const byCode = await services.db.departments.findByCode(first.toUpperCase());
    if (byCode) return { department: byCode, rest: args.slice(1) };
  }
  if (own.length === 1) {
    const department = await services.db.departments.findById(own[0]!);
    if (department) return { department, rest: args };
  }
  await ctx.reply(ctx.t("cp-department-needed"));
  return null;
}

/** Group fingerprint: which open placements the coordinator saw, at which versions. */
function fingerprint(placements: readonly { _id: Types.ObjectId; version: number }[]): string {
  const text = placements
    .map((p) => `${String(p._id)}:${p.version}`)
    .sort()
    .join(",");
  return createHash("sha1").update(text).digest("hex").slice(0, 6);
}

/**
 * The coordinator's department in the chat (issue 8): `/bases` (placements waiting for approval),
 * `/students` with filters and pages, `/assign` a university supervisor. Every press re-asks the
 * services, which ask the access policy; callback data only says what was shown.
 */
export function coordinatorPracticeFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();
  const principalOf = (ctx: PrivateContext) => toAccessPrincipal(ctx.user, services.config.adminTelegramIds);
  const staff = requireRole(services, ["coordinator", "admin"]);
  const readers = requireRole(services, ["coordinator", "universitySupervisor", "admin"]);

  async function refuse(ctx: PrivateContext, key: string): Promise<void> {
    if (ctx.callbackQuery)
      await quietly(() => ctx.answerCallbackQuery({ text: ctx.t(key), show_alert: true }), {
        reason: "coordinator: could not answer the button",
        log: services.logger,
      });
    else await ctx.reply(ctx.t(key));
  }

  // ---------- /bases ----------
  async function showBases(ctx: PrivateContext, departmentId: string, page: number): Promise<void> {
    const result = await services.coordinatorPractice.listWaiting(principalOf(ctx), departmentId, page);
    if (result.status !== "ok") {
      await refuse(ctx, result.status === "forbidden" ? `placement-denied-${result.reason}` : "cp-department-not-found");
      return;
    }
    if (ctx.callbackQuery)
      await quietly(() => ctx.answerCallbackQuery(), { reason: "coordinator: could not answer the button", log: services.logger });
    const t = ctx.t.bind(ctx);
    if (result.total === 0) {
      await ctx.reply(t("cp-bases-none"));
      return;
    }
    await ctx.reply(t("cp-bases-header", { count: result.total, page: result.page + 1, pages: result.pages }));
    for (const row of result.rows) await ctx.reply(placementSummary(t, row), { reply_markup: decisionKeyboard(t, row.placement) });
    if (result.pages > 1) {
      const nav = new InlineKeyboard();
      if (result.page > 0) nav.text(t("cp-page-prev"), basesData.pack(departmentId, result.page - 1));
      if (result.page + 1 < result.pages) nav.text(t("cp-page-next"), basesData.pack(departmentId, result.page + 1));
      await ctx.reply(t("cp-page-of", { page: result.page + 1, pages: result.pages }), { reply_markup: nav });
    }
  }

  feature.command("bases", staff, async (ctx) => {
    const resolved = await resolveDepartment(ctx, services, ctx.match.split(/\s+/).filter(Boolean));
    if (resolved) await showBases(ctx, String(resolved.department._id), 0);
  });
  feature.callbackQuery(basesData.filter, async (ctx) => {
    const press = basesData.parse(ctx.callbackQuery.data);
    if (!press) return refuse(ctx, "errors-stale-button");
    await showBases(ctx, press.departmentId, press.page);
  });

  // ---------- /students ----------
  async function showStudents(ctx: PrivateContext, filter: StudentFilter): Promise<void> {
    const result = await services.placements.listStudents(principalOf(ctx), { ...filter });
    if (result.status !== "ok") {
      await refuse(ctx, result.status === "forbidden" ? `placement-denied-${result.reason}` : "cp-department-not-found");
      return;
    }
    const t = ctx.t.bind(ctx);
    const filters = t("cp-students-filters", {
      group: filter.group ?? t("cp-filter-any"),
      practiceType: filter.practiceType ? t(`placement-type-${filter.practiceType}`) : t("cp-filter-any"),
      status: filter.status ? t(`placement-status-${filter.status}`) : t("cp-filter-any"),
    });
    const lines = result.rows.map((row, i) => {
      const placements = row.placements.map((p) =>
        t("cp-students-placement", { practiceType: t(`placement-type-${p.practiceType}`), status: t(`placement-status-${p.status}`) }),
      );
      return t("cp-students-line", {
        n: result.page * 10 + i + 1,
        student: row.student.fullName,
        studentNumber: row.student.studentNumber,
        group: row.student.group,
        placements: placements.length > 0 ? placements.join("; ") : t("cp-students-no-placement"),
      });
    });
    const text = [
      t("cp-students-header", { count: result.total, page: result.page + 1, pages: result.pages }),
      filters,
      "",
      ...(lines.length > 0 ? lines : [t("cp-students-none")]),
    ].join("\n");
    const keyboard = new InlineKeyboard();
    const at = (changes: Partial<StudentFilter>): string | null => studentsData.pack({ ...filter, ...changes });
    const prev = result.page > 0 ? at({ page: result.page - 1 }) : null;
    const next = result.page + 1 < result.pages ? at({ page: result.page + 1 }) : null;
    if (prev) keyboard.text(t("cp-page-prev"), prev);
    if (next) keyboard.text(t("cp-page-next"), next);
    const nextType = filter.practiceType ? PRACTICE_TYPES[PRACTICE_TYPES.indexOf(filter.practiceType) + 1] : PRACTICE_TYPES[0];
    const nextStatus = filter.status ? PLACEMENT_STATUSES[PLACEMENT_STATUSES.indexOf(filter.status) + 1] : PLACEMENT_STATUSES[0];
    const typeData = at({ page: 0, practiceType: nextType });
    const statusData = at({ page: 0, status: nextStatus });
    if (typeData) keyboard.row().text(t("cp-filter-type-button"), typeData);
    if (statusData) keyboard.row().text(t("cp-filter-status-button"), statusData);
    if (ctx.callbackQuery) {
      await quietly(() => ctx.answerCallbackQuery(), { reason: "coordinator: could not answer the button", log: services.logger });
      await quietly(() => ctx.editMessageText(text, { reply_markup: keyboard }), {
        reason: "coordinator: could not edit the message",
        log: services.logger,
      });
    } else {
      await ctx.reply(text, { reply_markup: keyboard });
    }
  }

  feature.command("students", readers, async (ctx) => {
    const resolved = await resolveDepartment(ctx, services, ctx.match.split(/\s+/).filter(Boolean));
    if (!resolved) return;
    const filter: StudentFilter = { departmentId: String(resolved.department._id), page: 0 };
    for (const token of resolved.rest) {
      const lower = token.toLowerCase();
      const type = PRACTICE_TYPES.find((x) => x.toLowerCase() === lower);
      const status = PLACEMENT_STATUSES.find((x) => x === lower);
      if (type) filter.practiceType = type;
      else if (status) filter.status = status;
      else {
        const group = checkGroup(token);
        if (!group.ok || !studentsData.pack({ ...filter, group: group.value })) {
          await ctx.reply(ctx.t("cp-students-usage"));
          return;
        }
        filter.group = group.value;
      }
    }
    await showStudents(ctx, filter);
  });
  feature.callbackQuery(studentsData.filter, async (ctx) => {
    const press = studentsData.parse(ctx.callbackQuery.data);
    if (!press) return refuse(ctx, "errors-stale-button");
    await showStudents(ctx, press);
  });

  // ---------- /assign ----------
  feature.command("assign", staff, async (ctx) => {
    const resolved = await resolveDepartment(ctx, services, ctx.match.split(/\s+/).filter(Boolean));
    if (!resolved) return;
    const principal = principalOf(ctx);
    const departmentId = String(resolved.department._id);
    const target = resolved.rest.join(" ").trim();
    if (!target) return refuse(ctx, "cp-assign-usage");
    const listed = await services.coordinatorPractice.listSupervisors(principal, departmentId);
    if (listed.status !== "ok")
      return refuse(ctx, listed.status === "forbidden" ? `placement-denied-${listed.reason}` : "cp-department-not-found");
    if (listed.supervisors.length === 0) return refuse(ctx, "cp-assign-no-supervisors");
    const t = ctx.t.bind(ctx);
    const keyboardFor = (pack: (supervisor: number) => string | null): InlineKeyboard | null => {
      const keyboard = new InlineKeyboard();
      for (const supervisor of listed.supervisors) {
        const data = pack(supervisor.telegramId);
        if (!data) return null;
        keyboard.text(personName(supervisor), data).row();
      }
      return keyboard;
    };

    const number = checkStudentNumber(target);
    const student = number.ok ? await services.db.students.findByStudentNumber(number.value) : null;
    if (student && student.departmentId.equals(resolved.department._id)) {
      const placements = (await services.db.placements.listByStudent(student._id)).filter((p) => p.status !== "finished");
      if (placements.length === 0) return refuse(ctx, "cp-assign-no-placements");
      for (const placement of placements) {
        const keyboard = keyboardFor((supervisor) =>
          assignData.pack({ kind: "s", placementId: String(placement._id), version: placement.version, supervisor }),
        );
        if (!keyboard) continue;
        await ctx.reply(
          t("cp-assign-choose-student", {
            student: student.fullName,
            studentNumber: student.studentNumber,
            practiceType: t(`placement-type-${placement.practiceType}`),
            current:
              displayName(listed.supervisors.find((s) => s.telegramId === placement.universitySupervisorTelegramId)) ??
              t("cp-assign-nobody"),
          }),
          { reply_markup: keyboard },
        );
      }
      return;
    }
    const group = checkGroup(target);
    if (!group.ok) return refuse(ctx, "cp-assign-not-found");
    const open = await groupPlacements(departmentId, group.value);
    if (open.length === 0) return refuse(ctx, "cp-assign-not-found");
    const keyboard = keyboardFor((supervisor) =>
      assignData.pack({ kind: "g", departmentId, fingerprint: fingerprint(open), supervisor, group: group.value }),
    );
    if (!keyboard) return refuse(ctx, "cp-assign-group-too-long");
    await ctx.reply(t("cp-assign-choose-group", { group: group.value, count: open.length }), { reply_markup: keyboard });
  });

  async function groupPlacements(departmentId: string, group: string) {
    const department = new Types.ObjectId(departmentId);
    const studentIds = await services.db.students.idsByGroup(department, group);
    if (studentIds.length === 0) return [];
    const placements = await services.db.placements.list({ departmentId: department, studentIds }, { skip: 0, limit: 5000 });
    return placements.filter((p) => p.status !== "finished");
  }

  feature.callbackQuery(assignData.filter, async (ctx) => {
    const press = assignData.parse(ctx.callbackQuery.data);
    if (!press) return refuse(ctx, "errors-stale-button");
    const principal = principalOf(ctx);
    let departmentId: string;
    let placementIds: string[];
    if (press.kind === "s") {
      const placement = await services.db.placements.findById(new Types.ObjectId(press.placementId));
      if (!placement) return refuse(ctx, "cp-decision-not-found");
      departmentId = String(placement.departmentId);
      // Refused by the service below when the department is not the principal's; a newer version means it changed since.
      if (placement.version !== press.version) {
        const allowed = await services.coordinatorPractice.listSupervisors(principal, departmentId);
        return refuse(ctx, allowed.status === "forbidden" ? `placement-denied-${allowed.reason}` : "cp-assign-stale");
      }
      placementIds = [press.placementId];
    } else {
      departmentId = press.departmentId;
      const allowed = await services.coordinatorPractice.listSupervisors(principal, departmentId);
      if (allowed.status !== "ok")
        return refuse(ctx, allowed.status === "forbidden" ? `placement-denied-${allowed.reason}` : "cp-department-not-found");
      const open = await groupPlacements(departmentId, press.group);
      if (fingerprint(open) !== press.fingerprint) return refuse(ctx, "cp-assign-stale");
      placementIds = open.map((p) => String(p._id));
    }
    const result = await services.placements.assignUniversitySupervisor(principal, {
      departmentId,
      supervisorTelegramId: press.supervisor,
      placementIds,
    });
    switch (result.status) {
      case "assigned": {
        const supervisor = await services.db.users.findByTelegramId(press.supervisor);
        const text = ctx.t("cp-assign-done", {
          supervisor: supervisor ? personName(supervisor) : String(press.supervisor),
          count: result.assigned,
        });
        await quietly(() => ctx.answerCallbackQuery({ text }), {
          reason: "coordinator: could not answer the button",
          log: services.logger,
        });
        await quietly(() => ctx.editMessageText(text), { reason: "coordinator: could not edit the message", log: services.logger });
        return;
      }
      case "notSupervisor":
        return refuse(ctx, "cp-assign-not-supervisor");
      case "forbidden":
        return refuse(ctx, `placement-denied-${result.reason}`);
      case "notFound":
        return refuse(ctx, "cp-department-not-found");
    }
  });

  return feature;
}
