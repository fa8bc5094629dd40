import { Composer, InlineKeyboard } from "grammy";
import type { PrivateContext } from "../../context.js";
import type { AppServices } from "../../../services/app-services.js";
import { allowAttempt } from "../../middlewares/may-attempt.js";
import { checkGroup, checkStudentNumber } from "../../../domain/profile/student-profile.js";
import { displayName } from "../../../domain/profile/display-name.js";
import type { AppUser } from "../../../services/user.service.js";
import { quietly } from "../../../logging/quietly.js";
import { assignData } from "./callback-data.js";
import { personName, refusalKey, refuse, resolveDepartment } from "./shared.js";

/** `/assign <student ID | group>`: a university supervisor for a student's or a group's open placements (QP-06 5.6; 5.10). */
export function assignFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();

  feature.command("assign", allowAttempt("assignSupervisor"), async (ctx) => {
    const resolved = await resolveDepartment(ctx, services, "assignSupervisor", ctx.match);
    if (!resolved) return;
    const departmentId = resolved.department.id;
    const target = resolved.rest.join(" ").trim();
    if (!target) return refuse(ctx, "cp-assign-usage");
    const number = checkStudentNumber(target);
    const group = checkGroup(target);
    const choices = await services.coordinatorPractice.assignChoices(ctx.principal, departmentId, {
      studentNumber: number.ok ? number.value : undefined,
      group: group.ok ? group.value : undefined,
    });
    const t = ctx.t.bind(ctx);
    const keyboardFor = (supervisors: readonly AppUser[], pack: (supervisor: number) => string | null): InlineKeyboard | null => {
      const keyboard = new InlineKeyboard();
      for (const supervisor of supervisors) {
        const data = pack(supervisor.telegramId);
        if (!data) return null;
        keyboard.text(personName(supervisor), data).row();
      }
      return keyboard;
    };
    switch (choices.status) {
      case "student":
        for (const placement of choices.placements) {
          const keyboard = keyboardFor(choices.supervisors, (supervisor) =>
            assignData.pack({ kind: "s", placementId: placement.placementId, version: placement.version, supervisor }),
          );
          if (!keyboard) continue;
          await ctx.reply(
            t("cp-assign-choose-student", {
              student: choices.student.fullName,
              studentNumber: choices.student.studentNumber,
              practiceType: t(`placement-type-${placement.practiceType}`),
              current: displayName(placement.currentSupervisor ?? undefined) ?? t("cp-assign-nobody"),
            }),
            { reply_markup: keyboard },
          );
        }
        return;
      case "group": {
        const keyboard = keyboardFor(choices.supervisors, (supervisor) =>
          assignData.pack({ kind: "g", departmentId, fingerprint: choices.fingerprint, supervisor, group: choices.group }),
        );
        if (!keyboard) return refuse(ctx, "cp-assign-group-too-long");
        await ctx.reply(t("cp-assign-choose-group", { group: choices.group, count: choices.count }), { reply_markup: keyboard });
        return;
      }
      case "noSupervisors":
        return refuse(ctx, "cp-assign-no-supervisors");
      case "noPlacements":
        return refuse(ctx, "cp-assign-no-placements");
      case "unknownTarget":
        return refuse(ctx, "cp-assign-not-found");
      case "forbidden":
      case "notFound":
        return refuse(ctx, refusalKey(choices));
    }
  });

  feature.callbackQuery(assignData.filter, async (ctx) => {
    const press = assignData.parse(ctx.callbackQuery.data);
    if (!press) return refuse(ctx, "errors-stale-button");
    const result = await services.coordinatorPractice.assign(ctx.principal, press);
    switch (result.status) {
      case "assigned": {
        const text = ctx.t("cp-assign-done", {
          supervisor: result.supervisor ? personName(result.supervisor) : String(press.supervisor),
          count: result.assigned,
        });
        await quietly(() => ctx.answerCallbackQuery({ text }), {
          reason: "coordinator: could not answer the button",
          log: services.logger,
        });
        await quietly(() => ctx.editMessageText(text), { reason: "coordinator: could not edit the message", log: services.logger });
        return;
      }
      case "stale":
        return refuse(ctx, "cp-assign-stale");
      case "placementGone":
        return refuse(ctx, "cp-decision-not-found");
      case "notSupervisor":
        return refuse(ctx, "cp-assign-not-supervisor");
      case "forbidden":
      case "notFound":
        return refuse(ctx, refusalKey(result));
    }
  });
  return feature;
}
