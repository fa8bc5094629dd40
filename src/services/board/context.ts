import { Types } from "mongoose";
import { departmentsWithRole, type AccessPrincipal } from "../../domain/access/roles.js";
import type { Persistence } from "../../persistence/create-persistence.js";
import type { ReferenceData } from "../../reference-data/load.js";
import { createPracticeContext } from "../practice-context.js";

export interface BoardContextDeps {
  db: Persistence;
  now: () => Date;
  reference: ReferenceData;
  timeZone?: string | undefined;
}

/** What the board's use cases share: the database, today, the department's rules, the department a request is about. */
export function createBoardContext(deps: BoardContextDeps) {
  const practice = createPracticeContext(deps);
  const rules = new Map<string, Awaited<ReturnType<typeof practice.rulesOf>>>();
  return {
    db: deps.db,
    now: deps.now,
    practice,
    /** The policy and holiday calendar of a department (read once per department while the process runs). */
    async rulesOf(departmentId: Types.ObjectId | string) {
      const key = String(departmentId);
      let found = rules.get(key);
      if (!found) {
        found = await practice.rulesOf(departmentId);
        rules.set(key, found);
      }
      return found;
    },
    /**
     * The department a coordinator's request is about: the one named (any id; `can()` decides after), else the only
     * one the person coordinates. Null when neither names one.
     */
    async departmentFor(principal: AccessPrincipal, named: string | undefined): Promise<Types.ObjectId | null> {
      if (named) {
        if (!Types.ObjectId.isValid(named)) return null;
        const department = await deps.db.departments.findById(named);
        return department ? department._id : null;
      }
      const own = departmentsWithRole(principal, "coordinator");
      return own.length === 1 ? new Types.ObjectId(own[0]) : null;
    },
  };
}
export type BoardContext = ReturnType<typeof createBoardContext>;
