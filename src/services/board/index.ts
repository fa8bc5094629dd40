import type { Locale } from "../../config/config.js";
import type { Persistence } from "../../persistence/create-persistence.js";
import type { ReferenceData } from "../../reference-data/load.js";
import { createBoardContext } from "./context.js";
import { createBoardRoster, type BoardRoster } from "./roster.js";
import { createBoardViewers, type BoardViewer, type BoardViewers } from "./viewer.js";

export type { BoardViewer };

export interface BoardServiceDeps {
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
}

export function createBoardService(deps: BoardServiceDeps): BoardService {
  const ctx = createBoardContext(deps);
  return {
    viewers: createBoardViewers(deps),
    roster: createBoardRoster(ctx),
  };
}
