import type { DiaryServiceDeps } from "./context.js";
import { createDiaryDraftService } from "./diary-drafts.service.js";
import { createDiaryEntryService } from "./diary-entries.service.js";
import { createDiaryExportService } from "./diary-export.service.js";
import { createDiaryVerificationService } from "./diary-verification.service.js";
import { createPracticeOutcomeService } from "./practice-outcome.service.js";

export type { DiaryServiceDeps } from "./context.js";
export * from "./diary-drafts.service.js";
export * from "./diary-entries.service.js";
export * from "./practice-outcome.service.js";
export * from "./diary-export.service.js";
export * from "./diary-verification.service.js";
export * from "./views.js";

/** The diary's use cases over one database (drafts, entries, outcome, documents), for the bot, the CLI and benches. */
export function createDiaryServices(deps: DiaryServiceDeps) {
  return {
    drafts: createDiaryDraftService(deps),
    entries: createDiaryEntryService(deps),
    outcomes: createPracticeOutcomeService(deps),
    exports: createDiaryExportService(deps),
    verification: createDiaryVerificationService(deps),
  };
}
export type DiaryServices = ReturnType<typeof createDiaryServices>;
