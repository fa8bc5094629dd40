import type { DiaryServiceDeps } from "./context.js";
import { createDiaryDraftService } from "./diary-drafts.service.js";
import { createDiaryEntryService } from "./diary-entries.service.js";
import { createPracticeOutcomeService } from "./practice-outcome.service.js";

export type { DiaryServiceDeps } from "./context.js";
export * from "./diary-drafts.service.js";
export * from "./diary-entries.service.js";
export * from "./practice-outcome.service.js";
export * from "./views.js";

/** The diary's use cases over one database (drafts, entries, outcome), for the bot, the CLI and benches. */
export function createDiaryServices(deps: DiaryServiceDeps) {
  return {
    drafts: createDiaryDraftService(deps),
    entries: createDiaryEntryService(deps),
    outcomes: createPracticeOutcomeService(deps),
  };
}
export type DiaryServices = ReturnType<typeof createDiaryServices>;
