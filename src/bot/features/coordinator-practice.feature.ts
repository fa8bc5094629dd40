import { Composer } from "grammy";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { basesFeature } from "./coordinator-practice/bases.js";
import { studentsFeature } from "./coordinator-practice/students.js";
import { assignFeature } from "./coordinator-practice/assign.js";

/**
 * The coordinator's department in the chat: `/bases` (placements waiting for approval), `/students` with
 * filters and pages, `/assign` a university supervisor. The parts live in `coordinator-practice/` (one per
 * command, their callback data in `callback-data.ts`); every press re-asks the services, which ask the
 * access policy; callback data only says what was shown.
 */
export function coordinatorPracticeFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();
  feature.use(basesFeature(services), studentsFeature(services), assignFeature(services));
  return feature;
}
