import { expect, it } from "vitest";
import { useTestDatabase } from "../support/database.js";
import { createHarness } from "../support/bot-harness.js";
import { publishCommands, COMMANDS } from "../../src/bot/commands.js";

const database = useTestDatabase();

it("publishes the everyone-commands as the default list (in DEFAULT_LOCALE) and once per language", async () => {
  const h = createHarness({ connection: database.connection() });
  expect(await publishCommands(h.bot.api, h.i18n, "ru")).toBeNull();
  const calls = h.calls.filter((c) => c.method === "setMyCommands");
  expect(calls.map((c) => c.payload["language_code"])).toEqual([undefined, "kk", "ru", "en"]);
  const everyone = COMMANDS.filter((c) => c.audience.includes("everyone")).map((c) => c.command);
  expect(calls[0]!.payload["commands"]).toEqual(
    everyone.map((command) => ({ command, description: h.t("ru", `cmd-${command}.description`) })),
  );
  expect(calls[1]!.payload["commands"][0]).toEqual({ command: "start", description: h.t("kk", "cmd-start.description") });
  for (const call of calls) for (const c of call.payload["commands"]) expect(c.description.length).toBeLessThanOrEqual(256);
});
