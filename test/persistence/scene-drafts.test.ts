import { beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createPersistence, type Persistence } from "../../src/persistence/create-persistence.js";

const database = useTestDatabase();
let db: Persistence;
const at = (day: number): Date => new Date(Date.UTC(2026, 10, day, 9));

beforeEach(async () => {
  await clearDatabase(database.connection());
  db = createPersistence(database.connection());
  await db.syncIndexes();
});

describe("scene drafts", () => {
  it("saves one answer at a time, keyed by person and scene, and loads only recent ones", async () => {
    await db.sceneDrafts.saveAnswer(1, "ONBOARDING", "fullName", "Сейтқали Аружан", at(1));
    await db.sceneDrafts.saveAnswer(1, "ONBOARDING", "course", 3, at(2));
    await db.sceneDrafts.saveAnswer(1, "ELIGIBILITY", "level", "bachelor", at(2));
    await db.sceneDrafts.saveAnswer(2, "ONBOARDING", "fullName", "Омаров Ерлан", at(2));
    expect(await db.sceneDrafts.load(1, "ONBOARDING", at(1))).toEqual({
      answers: { fullName: "Сейтқали Аружан", course: 3 },
      updatedAt: at(2),
    });
    expect(await db.sceneDrafts.load(1, "ONBOARDING", at(3))).toBeNull();
    await db.sceneDrafts.forget(1, "ONBOARDING", ["course"]);
    expect((await db.sceneDrafts.load(1, "ONBOARDING", at(1)))!.answers).toEqual({ fullName: "Сейтқали Аружан" });
    await db.sceneDrafts.discard(1, "ONBOARDING");
    expect(await db.sceneDrafts.load(1, "ONBOARDING", at(1))).toBeNull();
    expect(await db.sceneDrafts.load(1, "ELIGIBILITY", at(1))).not.toBeNull();
  });

  it("answers saved at once by several updates all land in one draft (the unique key makes the upsert safe)", async () => {
    const fields = ["fullName", "studentNumber", "level", "programmeCode", "course", "group"];
    await Promise.all(fields.map((field, i) => db.sceneDrafts.saveAnswer(7, "ONBOARDING", field, i, at(5))));
    expect(await db.models.SceneDraft.countDocuments()).toBe(1);
    expect(Object.keys((await db.sceneDrafts.load(7, "ONBOARDING", at(1)))!.answers).sort()).toEqual([...fields].sort());
  });

  it("field names are plain identifiers: a dotted or $-name is refused before it reaches the database", async () => {
    await expect(db.sceneDrafts.saveAnswer(1, "ONBOARDING", "answers.x", "v", at(1))).rejects.toThrow(/invalid draft field/);
    await expect(db.sceneDrafts.saveAnswer(1, "ONBOARDING", "$where", "v", at(1))).rejects.toThrow(/invalid draft field/);
    expect(await db.models.SceneDraft.countDocuments()).toBe(0);
  });

  it("retention without TTL indexes: drafts last saved before a date are deleted", async () => {
    await db.sceneDrafts.saveAnswer(1, "ONBOARDING", "fullName", "A B", at(1));
    await db.sceneDrafts.saveAnswer(2, "ONBOARDING", "fullName", "C D", at(20));
    expect(await db.sceneDrafts.deleteOlderThan(at(10))).toBe(1);
    expect(await db.models.SceneDraft.countDocuments()).toBe(1);
  });
});
