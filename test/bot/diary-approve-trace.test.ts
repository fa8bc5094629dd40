import mongoose from "mongoose";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createHarness } from "../support/bot-harness.js";
import { diaryDecision } from "../../src/bot/decision-buttons.js";
import { entryStatus, notify, seedDiary, type Harness } from "./diary-supervision-support.js";

/**
 * One Approve press, traced (QP-06 5.12): the database commands mongoose sends while the bot handles
 * it, split into the user middleware's and the use case's. The use case reads the entry with its
 * placement and student in one command, decides in one guarded update and queues one outbox message.
 */
const database = useTestDatabase();
let h: Harness;
let trace: string[] = [];

beforeEach(async () => {
  await clearDatabase(database.connection());
  h = createHarness({ connection: database.connection(), now: () => new Date("2026-11-23T09:00:00Z") });
  await h.db.syncIndexes();
});

afterEach(() => {
  mongoose.set("debug", false);
});

describe("the trace of one Approve press", () => {
  it("QP-06 5.12: approving an entry takes 3 database commands in the use case (entry with placement and student, decide, outbox)", async () => {
    const s = await seedDiary(h, "en");
    const [entry] = await s.seed.entries(h.services, s.placement, s.student, [{ date: "2026-11-20" }]);
    await notify(h, s.organisation, entry!);
    trace = [];
    mongoose.set("debug", (collection: string, method: string) => {
      trace.push(`${collection}.${method}`);
    });
    await h.press(s.organisation, diaryDecision.pack("ok", entry!.id, entry!.version));
    mongoose.set("debug", false);
    expect((await entryStatus(h, entry!.id)).status).toBe("approved");
    // The user middleware and the conversations plugin read before any feature runs; the rest is the use case.
    const useCase = trace.filter((c) => !c.startsWith("users.") && !c.startsWith("conversation_states."));
    console.info(`Approve press: ${trace.length} commands in all; use case: ${useCase.join(" → ")}`);
    expect(useCase).toEqual(["diary_entries.aggregate", "diary_entries.findOneAndUpdate", "outbox_messages.insertMany"]);
  });
});
