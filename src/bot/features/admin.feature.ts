import { Composer } from "grammy";
import { z } from "zod";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { allowAttempt } from "../middlewares/may-attempt.js";
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

/** Admin area: departments and coordinator invitations (domain.md §1: the admin creates departments, appoints coordinators). */
export function adminFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();
  const notAllowed = (ctx: PrivateContext) => ctx.reply(ctx.t("errors-not-allowed"));

  feature.command("newdepartment", allowAttempt("manageDepartments"), async (ctx) => {
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
    const result = await services.departments.create(ctx.principal, { ...parsed.data, policyId });
    switch (result.status) {
      case "created":
        return void (await ctx.reply(
          ctx.t("admin-newdepartment-created", {
            code: result.department.code,
            name: result.department.name,
            policy: result.department.policyId,
          }),
        ));
      case "exists":
        return void (await ctx.reply(ctx.t("admin-newdepartment-exists", { code: result.code })));
      case "notFound":
        return void (await ctx.reply(ctx.t("admin-newdepartment-unknown-policy", { policy: policyId, policies })));
      case "forbidden":
        return void (await notAllowed(ctx));
    }
  });

  feature.command("renamedepartment", allowAttempt("manageDepartments"), async (ctx) => {
    const [code = "", ...rest] = ctx.match.trim().split(/\s+/);
    const parsed = newDepartmentArgs.safeParse({ code, name: rest.join(" ") });
    if (!parsed.success) {
      await ctx.reply(ctx.t("admin-renamedepartment-usage"));
      return;
    }
    const result = await services.departments.rename(ctx.principal, parsed.data);
    switch (result.status) {
      case "renamed":
        return void (await ctx.reply(ctx.t("admin-renamedepartment-done", { code: result.department.code, name: result.department.name })));
      case "notFound":
        return void (await ctx.reply(ctx.t("invite-unknown-department", { code: parsed.data.code.toUpperCase() })));
      case "forbidden":
        return void (await notAllowed(ctx));
    }
  });

  feature.command("removedepartment", allowAttempt("manageDepartments"), async (ctx) => {
    const code = ctx.match.trim();
    if (!DEPARTMENT_CODE.test(code)) {
      await ctx.reply(ctx.t("admin-removedepartment-usage"));
      return;
    }
    const result = await services.departments.remove(ctx.principal, code);
    switch (result.status) {
      case "removed":
        return void (await ctx.reply(ctx.t("admin-removedepartment-done", { code: result.department.code, name: result.department.name })));
      case "inUse":
        return void (await ctx.reply(
          ctx.t("admin-removedepartment-in-use", { code: result.department.code, students: result.students, staff: result.staff }),
        ));
      case "notFound":
        return void (await ctx.reply(ctx.t("invite-unknown-department", { code: code.toUpperCase() })));
      case "forbidden":
        return void (await notAllowed(ctx));
    }
  });

  feature.command("invite_coordinator", allowAttempt("inviteCoordinator"), async (ctx) => {
    const code = ctx.match.trim();
    if (!code) {
      await ctx.reply(ctx.t("invite-coordinator-usage"));
      return;
    }
    const result = await services.departments.inviteCoordinator(ctx.principal, code);
    switch (result.status) {
      case "invited":
        return sendInvitation(ctx, services, result.invitation, { role: "coordinator", department: result.department.code });
      case "notFound":
        return void (await ctx.reply(ctx.t("invite-unknown-department", { code })));
      case "forbidden":
        return void (await notAllowed(ctx));
    }
  });

  feature.command("departments", allowAttempt("viewDepartment"), async (ctx) => {
    const visible = await services.departments.listVisible(ctx.principal);
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
