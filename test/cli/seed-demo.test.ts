import { beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createPersistence } from "../../src/persistence/create-persistence.js";
import { getReferenceData } from "../../src/reference-data/load.js";
import { seedDemo } from "../../src/cli/seed-demo.js";
import { createInvitationService } from "../../src/services/invitation.service.js";

const database = useTestDatabase();
const reference = await getReferenceData();
const now = () => new Date("2026-11-24T06:00:00Z");

beforeEach(async () => {
  await clearDatabase(database.connection());
});

describe("npm run seed:demo", () => {
  it("writes two departments (both policies), 30 rostered students, placements in several states and working role links; a second run starts over", async () => {
    const db = createPersistence(database.connection());
    const first = await seedDemo({ db, reference, now, botUsername: "demo_bot" });
    expect(first.status).toBe("seeded");
    if (first.status !== "seeded") return;
    expect(first.students).toBe(30);
    expect(first.placements).toEqual({ draft: 6, submitted: 6, approved: 12, returned: 6 });
    expect((await db.departments.list()).map((d) => d.policyId).sort()).toEqual(["iitu", "kazutb"]);
    const roles = first.links.map((l) => l.who.split(" ")[0]);
    expect(new Set(roles)).toEqual(new Set(["coordinator", "university", "student", "organisation"]));

    // A printed link really grants its role.
    const coordinator = first.links.find((l) => l.who.startsWith("coordinator"))!;
    await db.users.touch({ id: 4242, first_name: "Demo" }, "ru");
    const accepted = await createInvitationService({ db, now }).accept(coordinator.code, 4242);
    expect(accepted.status).toBe("accepted");

    const second = await seedDemo({ db, reference, now, botUsername: "demo_bot" });
    expect(second.status).toBe("seeded");
    expect(await db.models.Student.countDocuments()).toBe(30);
  });

  it("refuses a database that holds data the demo did not write", async () => {
    const db = createPersistence(database.connection());
    await db.syncIndexes();
    await db.departments.create({ code: "REAL", name: "A real department", policyId: "iitu" });
    const result = await seedDemo({ db, reference, now, botUsername: "demo_bot" });
    expect(result.status).toBe("refused");
    expect(await db.departments.findByCode("REAL")).not.toBeNull();
  });
});
