import { describe, expect, it } from "vitest";
import { formatProgress } from "../../src/bot/features/diary.feature.js";
import type { DiaryProgress } from "../../src/domain/diary/progress.js";
import type { LoadedDiaryPlacement } from "../../src/services/diary/diary-placements.js";

const t = (key: string): string => key;
const loaded = { diary: { startDate: "2026-10-27", endDate: "2026-11-09" } } as LoadedDiaryPlacement;
const progress = (phase: DiaryProgress["phase"]): DiaryProgress => ({
  phase,
  requiredHours: 60,
  approvedHours: 60,
  submittedHours: 60,
  awaitingHours: 0,
  approvedShare: 1,
  bar: "██████████",
  thisWeek: { from: "2026-11-23", to: "2026-11-29", hours: 0, target: 30 },
  weeks: [],
  shortfallHours: 0,
  missingWorkingDays: [],
  excusedDays: [],
  silentWorkingDays: 0,
  returned: [],
  daysLeft: 0,
  workingDaysLeft: 0,
});

describe("/progress: this week's hours against 30 (QP-06 3.6)", () => {
  it("are shown while the practice runs, not after it ended nor before it starts (found in the emulator trial: «0 из 30 ч» on a finished diary)", () => {
    expect(formatProgress(t, loaded, progress("running"))).toContain("diary-progress-week");
    expect(formatProgress(t, loaded, progress("ended"))).not.toContain("diary-progress-week");
    expect(formatProgress(t, loaded, progress("notStarted"))).not.toContain("diary-progress-week");
  });
});
