import type { Locale } from "../../config/config.js";
import type { DiaryUseCases } from "../diary/use-cases/index.js";
import type { Persistence } from "../../persistence/create-persistence.js";
import type { ReferenceData } from "../../reference-data/load.js";
import { createBoardBulk, type BoardBulk, type BoardBulkDeps } from "./bulk.js";
import { createBoardContext } from "./context.js";
import { createBoardRoster, type BoardRoster } from "./roster.js";
import { createBoardStudents, type BoardStudents, type BoardStudentsDeps } from "./students.js";
import { createBoardSupervision, type BoardSupervision } from "./supervision.js";
import { createBoardViewers, type BoardViewer, type BoardViewers } from "./viewer.js";

export type { BoardViewer };

export interface BoardServiceDeps extends BoardBulkDeps, Omit<BoardStudentsDeps, "diaryUseCases"> {
  diaryUseCases: Pick<DiaryUseCases, "decisions" | "pending" | "card">;
  db: Persistence;
  now: () => Date;
  adminTelegramIds: readonly number[];
  defaultLocale: Locale;
  reference: ReferenceData;
  timeZone?: string | undefined;
}

/** The board's use cases (issue 15): each loads once, asks `can()` per row and per action, and answers plain data. */
export interface BoardService {
  viewers: BoardViewers;
  roster: BoardRoster;
  bulk: BoardBulk;
  supervision: BoardSupervision;
  students: BoardStudents;
}

export function createBoardService(deps: BoardServiceDeps): BoardService {
  const ctx = createBoardContext(deps);
  return {
    viewers: createBoardViewers(deps),
    roster: createBoardRoster(ctx),
    bulk: createBoardBulk(deps),
    supervision: createBoardSupervision(deps),
    students: createBoardStudents(ctx, deps),
  };
}
