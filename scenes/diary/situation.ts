import type { DiaryPlacement, EntryStatus } from "../../src/domain/diary/types.js";
import type { IsoDate } from "../../src/domain/rules/dates.js";
import type { AppServices } from "../../src/services/app-services.js";
import type { DiarySituation, SubmitOutcome } from "../../src/services/diary/use-cases/index.js";

export type { DiaryDay, DiarySituation, SubmitOutcome } from "../../src/services/diary/use-cases/index.js";

/** The student's current diary, the days they may write for and their draft (null without a diary). */
export function loadDiarySituation(services: AppServices, telegramId: number): Promise<DiarySituation | null> {
  return services.diaryUseCases.student.situation(telegramId);
}

/** The day's current entry (to show it before it is edited). */
export function loadDayEntry(
  services: AppServices,
  diary: DiaryPlacement,
  date: IsoDate,
): Promise<{ status: EntryStatus; hours: number; text: string; reason: string | null } | null> {
  return services.diaryUseCases.student.dayEntry(diary, date);
}

/** Hands the entry in (one service method: checks, saves, clears the draft, tells the approver). */
export function submitDiaryEntry(
  services: AppServices,
  input: Parameters<AppServices["diaryUseCases"]["student"]["submit"]>[0],
): Promise<SubmitOutcome> {
  return services.diaryUseCases.student.submit(input);
}
