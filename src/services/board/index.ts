import type { Locale } from "../../config/config.js";
import type { Persistence } from "../../persistence/create-persistence.js";
import { createBoardViewers, type BoardViewer, type BoardViewers } from "./viewer.js";

export type { BoardViewer };

export interface BoardServiceDeps {
  db: Persistence;
  now: () => Date;
  adminTelegramIds: readonly number[];
  defaultLocale: Locale;
}

/** The board's use cases (issue 15): each loads once, asks `can()` per row and per action, and answers plain data. */
export interface BoardService {
  viewers: BoardViewers;
}

export function createBoardService(deps: BoardServiceDeps): BoardService {
  return {
    viewers: createBoardViewers(deps),
  };
}
