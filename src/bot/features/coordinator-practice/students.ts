import { Composer, InlineKeyboard } from "grammy";
import type { PrivateContext } from "../../context.js";
import type { AppServices } from "../../../services/app-services.js";
import { allowAttempt } from "../../middlewares/may-attempt.js";
import { DIARY_PLACEMENT_STATUSES, PLACEMENT_STATUSES, PRACTICE_TYPES } from "../../../domain/practice/placement.js";
import { studentCardData } from "../student-card.feature.js";
import type { FoundStudent } from "../../../services/coordinator-practice.service.js";
import { quietly } from "../../../logging/quietly.js";
import { studentsData, type StudentFilter } from "./callback-data.js";
import { createFilterWords } from "./filter-words.js";
import { pageNumbers, refusalKey, refuse, resolveDepartment } from "./shared.js";
import { studentCardKeyboard } from "../staff-roles.feature.js";

/** The longest search text taken (a name with patronymic fits; a pasted paragraph does not). */
const MAX_QUERY = 60;

/** `/students`: the department's students (a university supervisor: their own), with filters and pages. */
export function studentsFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();
  const filterWords = createFilterWords((locale, key) => services.i18n.t(locale, key), services.i18n.locales);

  async function showStudents(ctx: PrivateContext, filter: StudentFilter): Promise<void> {
    const result = await services.placements.listStudents(ctx.principal, { ...filter });
    if (result.status !== "ok") return refuse(ctx, refusalKey(result));
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
      t("cp-students-header", { count: result.total, ...pageNumbers(result.page, result.pages) }),
      filters,
      "",
      ...(lines.length > 0 ? lines : [t("cp-students-none")]),
    ].join("\n");
    const keyboard = new InlineKeyboard();
    // The full view of each listed student with a diary (the card's service asks can() again on every press).
    result.rows.forEach((row, i) => {
      const withDiary = row.placements.filter((p) => (DIARY_PLACEMENT_STATUSES as readonly string[]).includes(p.status) && p.startDate);
      const latest = withDiary.sort((a, b) => ((a.startDate ?? "") < (b.startDate ?? "") ? 1 : -1))[0];
      if (latest)
        keyboard
          .text(
            t("card-button-student", { n: result.page * 10 + i + 1, student: row.student.fullName }),
            studentCardData.pack({ placementId: String(latest._id) }),
          )
          .row();
    });
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

  async function showFound(ctx: PrivateContext, query: string, rows: readonly FoundStudent[], total: number): Promise<void> {
    const t = ctx.t.bind(ctx);
    if (total === 0) return void (await ctx.reply(t("cp-search-none", { query })));
    const lines = rows.map((row, i) => {
      const placements = row.placements.map((p) =>
        t("cp-students-placement", { practiceType: t(`placement-type-${p.practiceType}`), status: t(`placement-status-${p.status}`) }),
      );
      return t("cp-students-line", {
        n: i + 1,
        student: row.student.fullName,
        studentNumber: row.student.studentNumber,
        group: row.student.group,
        placements: placements.length > 0 ? placements.join("; ") : t("cp-students-no-placement"),
      });
    });
    const more = total > rows.length ? ["", t("cp-search-more", { shown: rows.length })] : [];
    // One student found: their card, with what the staff may do about their link or account.
    const card = rows.length === 1 ? await studentCardKeyboard(ctx, services, rows[0]!.student.studentNumber) : null;
    await ctx.reply([t("cp-search-header", { query, count: total }), "", ...lines, ...more].join("\n"), card ? { reply_markup: card } : {});
  }

  feature.command("students", allowAttempt("listStudents"), async (ctx) => {
    const resolved = await resolveDepartment(ctx, services, "listStudents", ctx.match);
    if (!resolved) return;
    const filter: StudentFilter = { departmentId: resolved.department.id, page: 0 };
    // Status and practice-type words in any of the languages (not only the English tokens); the rest is the search.
    const named = filterWords.parse(resolved.rest);
    if (named.practiceType) filter.practiceType = named.practiceType;
    if (named.status) filter.status = named.status;
    const query = named.rest.join(" ");
    if (!query) return showStudents(ctx, filter);
    if (query.length > MAX_QUERY) return void (await ctx.reply(ctx.t("cp-students-usage")));
    // A student ID finds the student; a group of the department filters the list; anything else is part of a name.
    const found = await services.coordinatorPractice.findStudents(ctx.principal, filter.departmentId, query);
    switch (found.status) {
      case "group": {
        const grouped = { ...filter, group: found.group };
        if (!studentsData.pack(grouped)) return void (await ctx.reply(ctx.t("cp-students-usage")));
        return showStudents(ctx, grouped);
      }
      case "found":
        return showFound(ctx, query, found.rows, found.total);
      case "forbidden":
      case "notFound":
        return refuse(ctx, refusalKey(found));
    }
  });
  feature.callbackQuery(studentsData.filter, async (ctx) => {
    const press = studentsData.parse(ctx.callbackQuery.data);
    if (!press) return refuse(ctx, "errors-stale-button");
    await showStudents(ctx, press);
  });
  return feature;
}
