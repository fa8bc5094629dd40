import { GrammyError } from "grammy";
import { describe, expect, it } from "vitest";
import { quietly } from "../../src/logging/quietly.js";

function recorder() {
  const lines: { level: string; reason: string; err: string }[] = [];
  const at = (level: string) => (fields: { err: string }, reason: string) => void lines.push({ level, reason, err: fields.err });
  return { lines, log: { debug: at("debug"), warn: at("warn") } as never };
}

describe("quietly(): one logged way to ignore a failure that changes nothing", () => {
  it("never rejects; a Bot API refusal is logged at debug with its reason", async () => {
    const { lines, log } = recorder();
    const refusal = new GrammyError(
      "x",
      { ok: false, error_code: 400, description: "Bad Request: message is not modified" },
      "editMessageText",
      {},
    );
    await expect(quietly(() => Promise.reject(refusal), { reason: "edit the list", log })).resolves.toBeUndefined();
    expect(lines).toEqual([{ level: "debug", reason: "edit the list", err: expect.stringContaining("message is not modified") }]);
  });

  it("anything unexpected (a network failure, a bug) is logged at warn", async () => {
    const { lines, log } = recorder();
    await quietly(() => Promise.reject(new TypeError("boom")), { reason: "answer the button", log });
    expect(lines).toEqual([{ level: "warn", reason: "answer the button", err: "TypeError: boom" }]);
  });

  it("a call that succeeds logs nothing; without a logger (inside a scene's replay) nothing is logged", async () => {
    const { lines, log } = recorder();
    await quietly(() => Promise.resolve(1), { reason: "r", log });
    await expect(quietly(() => Promise.reject(new Error("x")), { reason: "r" })).resolves.toBeUndefined();
    expect(lines).toEqual([]);
  });
});
