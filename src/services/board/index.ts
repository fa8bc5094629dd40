import type { Locale } from "../../config/config.js";
import type { Persistence } from "../../persistence/create-persistence.js";
import type { ReferenceData } from "../../reference-data/load.js";
import { createBoardBulk, type BoardBulk, type BoardBulkDeps } from "./bulk.js";
import { createBoardContext } from "./context.js";
import { createBoardDepartment, type BoardDepartment, type BoardDepartmentDeps } from "./department.js";
import { createBoardRoster, type BoardRoster } from "./roster.js";
import { createBoardSupervision, type BoardSupervision } from "./supervision.js";
import { createBoardViewers, type BoardViewer, type BoardViewers } from "./viewer.js";

export type { BoardViewer };

export interface BoardServiceDeps extends Omit<BoardBulkDeps, "placements">, Omit<BoardDepartmentDeps, "placements"> {
  placements: BoardBulkDeps["placements"] & BoardDepartmentDeps["placements"];
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
  department: BoardDepartment;
}

export function createBoardService(deps: BoardServiceDeps): BoardService {
  const ctx = createBoardContext(deps);
  const roster = createBoardRoster(ctx);
  return {
    viewers: createBoardViewers(deps),
    roster,
    department: createBoardDepartment(ctx, roster, deps),
    bulk: createBoardBulk(deps),
    supervision: createBoardSupervision(deps),
  };
}
