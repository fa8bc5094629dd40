import { Types } from "mongoose";
import { beforeAll, describe, expect, it } from "vitest";
import { formatProgress } from "../../src/bot/features/diary.feature.js";
import { createI18n } from "../../src/bot/i18n.js";
import { localesDir } from "../../src/paths.js";
import { computeProgress, type DiaryPlacement, type IsoDate } from "../../src/domain/diary/index.js";
import type { Policy } from "../../src/domain/policies/policy-schema.js";
import type { WorkingCalendar } from "../../src/domain/rules/working-calendar.js";
import { toDiaryPlacement, type LoadedDiaryPlacement } from "../../src/services/diary/diary-placements.js";
import { referenceData } from "../domain/fixtures.js";

const i18n = createI18n({ localesDir: localesDir(), defaultLocale: "en", resolveLocale: () => null });
let calendar: WorkingCalendar;
let iitu: Policy;
let diary: DiaryPlacement;
beforeAll(async () => {
  const data = await referenceData();
  calendar = data.calendar;
  iitu = data.policies.get("iitu")!;
  // 8 weeks from Monday 23.11.2026 (QP-06 3.6: 216 h by the holiday calendar), through the real adapter.
  diary = toDiaryPlacement(
    {
      _id: new Types.ObjectId(),
      studentId: new Types.ObjectId(),
      departmentId: new Types.ObjectId(),
      startDate: "2026-11-23",
      endDate: "2027-01-17",
      weeks: 8,
      requiredHours: 240,
      universitySupervisorTelegramId: null,
    },
    iitu,
    calendar,
  )!;
});

/** Monday and Tuesday approved, Wednesday waiting: 18 h handed in this week, 12 h approved. */
const ENTRIES = [
  { date: "2026-11-23", hours: 6, status: "approved" as const },
  { date: "2026-11-24", hours: 6, status: "approved" as const },
  { date: "2026-11-25", hours: 6, status: "submitted" as const },
];

function render(locale: "kk" | "ru", today: IsoDate): string {
  const progress = computeProgress({ placement: diary, entries: ENTRIES, today, policy: iitu, calendar });
  // formatProgress reads only the diary of the loaded placement (its dates); the rest of the record is not needed here.
  const loaded = { diary } as Pick<LoadedDiaryPlacement, "diary"> as LoadedDiaryPlacement;
  return formatProgress((key, vars) => i18n.t(locale, key, vars), loaded, progress);
}

describe("/progress: this week's hours against the week's norm (QP-06 3.6)", () => {
  it("while the practice runs: the hours handed in this week of 30, and the approved hours of 216 (kk, ru)", () => {
    const ru = render("ru", "2026-11-26");
    expect(ru).toContain("Дневник-отчёт по практике, 23.11.2026 – 17.01.2027");
    expect(ru).toContain("Утверждено: 12 из 216 ч");
    expect(ru).toContain("Эта неделя (23.11.2026 – 29.11.2026): 18 из 30 ч");
    const kk = render("kk", "2026-11-26");
    expect(kk).toContain("Бекітілді: 216 сағаттың 12 сағаты");
    expect(kk).toContain("Осы апта (23.11.2026 – 29.11.2026): 30 сағаттың 18 сағаты");
  });

  it("the week of 16.12 (a holiday) is measured against 24 h, not 30 (kz-2026.json)", () => {
    expect(render("ru", "2026-12-15")).toContain("Эта неделя (14.12.2026 – 20.12.2026): 0 из 24 ч");
  });

  it("is not shown after the practice ended nor before it starts (found in the emulator trial: «0 из 30 ч» on a finished diary)", () => {
    for (const locale of ["kk", "ru"] as const) {
      for (const today of ["2027-01-20", "2026-11-20"]) {
        const text = render(locale, today);
        expect(text, `${locale} ${today}`).toContain(locale === "ru" ? "Утверждено: 12 из 216 ч" : "Бекітілді: 216 сағаттың 12 сағаты");
        expect(text, `${locale} ${today}`).not.toMatch(/Эта неделя|Осы апта/);
      }
    }
  });
});
