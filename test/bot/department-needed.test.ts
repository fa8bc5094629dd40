import { beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { ADMIN_ID, createHarness, type TestPerson } from "../support/bot-harness.js";
import { createSeeder } from "../support/seed.js";

const database = useTestDatabase();
let h: ReturnType<typeof createHarness>;

beforeEach(async () => {
  await clearDatabase(database.connection());
  h = createHarness({ connection: database.connection() });
  await h.db.syncIndexes();
});

describe("a department command without the department's code names the command that was sent", () => {
  for (const locale of ["kk", "ru", "en"] as const) {
    it(`${locale}: the admin's /revoke, /reissue and /students each get their own example`, async () => {
      const admin: TestPerson = { id: ADMIN_ID, firstName: "Admin", languageCode: locale };
      const seed = createSeeder(h.db);
      await seed.department("CS", "iitu");
      await seed.department("IS", "iitu");
      await h.db.users.touch({ id: admin.id, first_name: admin.firstName }, null);
      await h.db.users.setLanguage(admin.id, locale);
      for (const command of ["revoke", "reissue", "students"]) {
        await h.text(admin, `/${command}`);
        expect(h.lastText(admin.id)).toBe(h.t(locale, "cp-department-needed", { command }));
        expect(h.lastText(admin.id)).toContain(`/${command} CS`);
      }
    });
  }
});
