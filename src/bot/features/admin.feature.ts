import { Composer } from "grammy";
import { z } from "zod";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { requireRole } from "../middlewares/require-role.js";
import { coordinatedDepartments, isAdmin } from "../../domain/access/roles.js";
import { sendInvitation } from "./invitation-reply.js";

/** Telegram messages hold at most 4096 characters: split a long list between lines. */
function chunkLines(lines: readonly string[], limit = 4000): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const line of lines) {
    const next = current ? `${current}\n${line}` : line;
    if (next.length > limit && current) {
      chunks.push(current);
      current = line.slice(0, limit);
    } else current = next.slice(0, limit);
  }
  if (current) chunks.push(current);
  return chunks;
}

const DEPARTMENT_CODE = /^[A-Za-z0-9_-]{2,16}$/;
/** A word that names a policy file rather than starting the department's name. */
const POLICY_WORD = /^[a-z][a-z0-9-]*$/;

const newDepartmentArgs = z.object({
  code: z.string().regex(DEPARTMENT_CODE),
  name: z.string().min(3).max(200),
});

/** Admin area: departments and coordinator invitations (domain.md §1: admin appoints coordinators). */
export function adminFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();

  feature.command("newdepartment", requireRole(services, ["admin"]), async (ctx) => {
    // "/newdepartment CODE [policy] Name": a second word in lower-case Latin names a university policy.
    const [code = "", maybePolicy = "", ...rest] = ctx.match.trim().split(/\s+/);
    const { defaultPolicyId } = services.reference;
    const policies = [defaultPolicyId, ...[...services.reference.policies.keys()].filter((id) => id !== defaultPolicyId)].join(", ");
    const namesPolicy = services.reference.policies.has(maybePolicy) || (rest.length > 0 && POLICY_WORD.test(maybePolicy));
    if (namesPolicy && !services.reference.policies.has(maybePolicy)) {
      await ctx.reply(ctx.t("admin-newdepartment-unknown-policy", { policy: maybePolicy.slice(0, 40), policies }));
      return;
    }
    const policyId = namesPolicy ? maybePolicy : defaultPolicyId;
    const name = (namesPolicy ? rest : [maybePolicy, ...rest]).join(" ");
    const parsed = newDepartmentArgs.safeParse({ code, name });
    if (!parsed.success) {
      await ctx.reply(ctx.t("admin-newdepartment-usage", { policies }));
      return;
    }
    const created = await services.db.departments.create({ ...parsed.data, policyId });
    await ctx.reply(
      created
        ? ctx.t("admin-newdepartment-created", { code: created.code, name: created.name, policy: created.policyId })
        : ctx.t("admin-newdepartment-exists", { code: parsed.data.code.toUpperCase() }),
    );
  });

  feature.command("renamedepartment", requireRole(services, ["admin"]), async (ctx) => {
    const [code = "", ...rest] = ctx.match.trim().split(/\s+/);
    const parsed = newDepartmentArgs.safeParse({ code, name: rest.join(" ") });
    if (!parsed.success) {
      await ctx.reply(ctx.t("admin-renamedepartment-usage"));
      return;
    }
    const renamed = await services.db.departments.rename(parsed.data.code, parsed.data.name);
    await ctx.reply(
      renamed
        ? ctx.t("admin-renamedepartment-done", { code: renamed.code, name: renamed.name })
        : ctx.t("invite-unknown-department", { code: parsed.data.code.toUpperCase() }),
    );
  });

  feature.command("removedepartment", requireRole(services, ["admin"]), async (ctx) => {
    const code = ctx.match.trim();
    if (!DEPARTMENT_CODE.test(code)) {
      await ctx.reply(ctx.t("admin-removedepartment-usage"));
      return;
    }
    const department = await services.db.departments.findByCode(code);
    if (!department) {
      await ctx.reply(ctx.t("invite-unknown-department", { code: code.toUpperCase() }));
      return;
    }
    // A department with people in it is kept: removing it would orphan their records.
    const [students, staff] = await Promise.all([
      services.db.students.countByDepartment(department._id),
      services.db.users.countStaffOf(department._id),
    ]);
    if (students + staff > 0) {
      await ctx.reply(ctx.t("admin-removedepartment-in-use", { code: department.code, students, staff }));
      return;
    }
    await services.db.departments.remove(department._id);
    await ctx.reply(ctx.t("admin-removedepartment-done", { code: department.code, name: department.name }));
  });

  feature.command("invite_coordinator", requireRole(services, ["admin"]), async (ctx) => {
    const code = ctx.match.trim();
    const department = code ? await services.db.departments.findByCode(code) : null;
    if (!department) {
      await ctx.reply(ctx.t(code ? "invite-unknown-department" : "invite-coordinator-usage", { code }));
      return;
    }
    const invitation = await services.invitations.create({
      role: "coordinator",
      departmentId: department._id,
      createdBy: ctx.from.id,
    });
    await sendInvitation(ctx, services, invitation, { role: "coordinator", department: department.code });
  });

  feature.command("departments", requireRole(services, ["admin", "coordinator"]), async (ctx) => {
    const all = await services.db.departments.list();
    const visible = isAdmin(ctx.user, services.config.adminTelegramIds)
      ? all
      : all.filter((d) => coordinatedDepartments(ctx.user).includes(String(d._id)));
    if (visible.length === 0) {
      await ctx.reply(ctx.t("departments-none"));
      return;
    }
    for (const chunk of chunkLines([ctx.t("departments-title"), ...visible.map((d) => `• ${d.code} — ${d.name}`)])) {
      await ctx.reply(chunk);
    }
  });

  return feature;
}
