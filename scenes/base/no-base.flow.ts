import { notifyNoBase } from "../../src/bot/placement-notices.js";
import { dottedDate } from "../../src/domain/rules/dates.js";
import { principalOf, type BaseKit, type Said } from "./kit.js";

/** "I could not find a base": the coordinators are told (once) and the student hears the deadline. */
export async function reportNoBase(kit: BaseKit): Promise<void> {
  const { conversation, services, telegramId, practiceType, snap } = kit;
  const said = await conversation.external(async (): Promise<Said> => {
    const result = await services.placements.reportNoBase(await principalOf(services, telegramId), {
      practiceType,
      ...(snap ? { academicYear: snap.academicYear } : {}),
    });
    switch (result.status) {
      case "reported":
      case "alreadyReported":
        if (result.status === "reported") await notifyNoBase(services, result);
        return {
          key: "base-no-base-reported",
          params: { late: result.late ? "yes" : "no", deadline: dottedDate(result.deadline?.date), rule: result.deadline?.rule ?? "—" },
        };
      case "hasBase":
        return { key: "base-no-base-has-base" };
      case "invalid":
        return { key: "base-not-student" };
      case "forbidden":
        return { key: `placement-denied-${result.reason}` };
      case "notFound":
        return { key: "base-not-student" };
    }
  });
  await kit.say([said]);
}
