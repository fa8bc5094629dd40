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

const newDepartmentArgs = z.object({
  code: z.string().regex(/^[A-Za-z0-9_-]{2,16}$/),
  name: z.string().min(3).max(200),
});

/** Admin area: departments and coordinator invitations (domain.md §1: admin appoints coordinators). */
export function adminFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();

  feature.command("newdepartment", requireRole(services, ["admin"]), async (ctx) => {
    // "/newdepartment CODE [policy] Name": the optional second word names a university policy file.
    const [code = "", maybePolicy = "", ...rest] = ctx.match.trim().split(/\s+/);
    const hasPolicy = services.reference.policies.has(maybePolicy);
    const policyId = hasPolicy ? maybePolicy : services.reference.defaultPolicyId;
    const name = (hasPolicy ? rest : [maybePolicy, ...rest]).join(" ");
    const { defaultPolicyId } = services.reference;
    const policies = [defaultPolicyId, ...[...services.reference.policies.keys()].filter((id) => id !== defaultPolicyId)].join(", ");
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
