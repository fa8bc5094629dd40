import { describe, expect, it } from "vitest";
import { signOffsComplete } from "../../src/domain/diary/sign-off.js";

describe("sign-offs come from two people (QP-06 6.2)", () => {
  const both = { universitySupervisorTelegramId: 1, organisationSupervisorTelegramId: 2 };

  it("QP-06 6.2: two signatures by two people complete the sign-off", () => {
    expect(
      signOffsComplete(both, [
        { role: "universitySupervisor", by: 1 },
        { role: "organisationSupervisor", by: 2 },
      ]),
    ).toBe(true);
  });

  it("QP-06 6.2: one person signing for both sides does not complete it", () => {
    expect(
      signOffsComplete(both, [
        { role: "universitySupervisor", by: 1 },
        { role: "organisationSupervisor", by: 1 },
      ]),
    ).toBe(false);
  });

  it("QP-06 6.2: with only the university supervisor linked, their one signature is enough", () => {
    expect(
      signOffsComplete({ universitySupervisorTelegramId: 1, organisationSupervisorTelegramId: null }, [
        { role: "universitySupervisor", by: 1 },
      ]),
    ).toBe(true);
  });
});
