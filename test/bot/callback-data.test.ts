import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  CALLBACK_PREFIXES,
  defineCallback,
  MAX_CALLBACK_BYTES,
  objectIdField,
  type CallbackCodec,
  type CallbackPrefix,
} from "../../src/bot/callback-data.js";
import { defineChoice } from "../../src/bot/choice.js";
import { diaryDecision, placementDecision } from "../../src/bot/decision-buttons.js";
import { broadcastButtons } from "../../src/bot/views/broadcast.view.js";
import { ackCallbackData } from "../../src/domain/delivery/broadcast.js";

const ID = "ffffffffffffffffffffffffffffffff".slice(0, 24);
const prefixes = Object.values(CALLBACK_PREFIXES) as string[];

/** Every codec with its longest payload. */
const longest: { name: string; data: string; parse: (data: string) => unknown }[] = [
  { name: "placement approve", data: placementDecision.pack("ok", ID, 1_000_000), parse: (d) => placementDecision.parse(d) },
  { name: "placement return", data: placementDecision.pack("ret", ID, 1_000_000), parse: (d) => placementDecision.parse(d) },
  { name: "diary approve", data: diaryDecision.pack("ok", ID, 1_000_000), parse: (d) => diaryDecision.parse(d) },
  { name: "diary return", data: diaryDecision.pack("ret", ID, 1_000_000), parse: (d) => diaryDecision.parse(d) },
  ...(["progress", "details", "ack"] as const).map((name) => ({
    name: `broadcast ${name}`,
    data: broadcastButtons[name].pack({ id: ID }),
    parse: (d: string) => broadcastButtons[name].parse(d),
  })),
  {
    name: "broadcast resend",
    data: broadcastButtons.resend.pack({ id: ID, round: 9_999 }),
    parse: (d) => broadcastButtons.resend.parse(d),
  },
];

describe("callback data: one registry of prefixes", () => {
  it("lists each prefix once, well-formed, and no prefix's data can be read as another's", () => {
    expect(new Set(prefixes).size).toBe(prefixes.length);
    for (const prefix of prefixes) expect(prefix).toMatch(/^[a-z]+(\.[a-z]+)*$/);
    for (const a of prefixes)
      for (const b of prefixes) if (a !== b) expect(`${a}:`.startsWith(`${b}:`) || a.startsWith(`${b}:`), `${a} vs ${b}`).toBe(false);
  });

  it("every payload at its longest fits Telegram's 64 bytes and is read back only by its own codec", () => {
    for (const { name, data, parse } of longest) {
      expect(Buffer.byteLength(data), name).toBeLessThanOrEqual(MAX_CALLBACK_BYTES);
      expect(parse(data), name).not.toBeNull();
      const readers = longest.filter((other) => other.parse(data) !== null && other.parse !== parse).map((other) => other.name);
      // The two decision codecs of one record kind share a parser on purpose (approve and return).
      expect(
        readers.filter((reader) => reader.split(" ")[0] !== name.split(" ")[0]),
        name,
      ).toEqual([]);
    }
  });

  it("the recipients' 'I have read it' data packed by the outbox copy is the codec's own", () => {
    expect(broadcastButtons.ack.parse(ackCallbackData(ID))).toEqual({ id: ID });
  });

  it("a codec or a choice with an unregistered prefix is refused when it is declared", () => {
    expect(() => defineCallback({ prefix: "zz" as CallbackPrefix, schema: z.object({ id: objectIdField }) })).toThrow(/CALLBACK_PREFIXES/);
    expect(() => defineChoice({ prefix: "zz.choice", options: ["a"], label: "x" })).toThrow(/CALLBACK_PREFIXES/);
  });

  it("every choice and codec of the bot and its scenes is registered (building the bot declares them all)", async () => {
    await expect(import("../../src/bot/create-bot.js")).resolves.toHaveProperty("createBot");
  });
});

describe("callback data: zod-checked payloads", () => {
  const codec: CallbackCodec<{ id: string; version: number }> = defineCallback({
    prefix: CALLBACK_PREFIXES.diaryApprove,
    schema: z.object({ id: objectIdField, version: z.coerce.number().int().min(0).max(1_000_000) }),
  });

  it("packs the fields in order and parses them back", () => {
    expect(codec.pack({ id: ID, version: 3 })).toBe(`dia.ok:${ID}:3`);
    expect(codec.parse(`dia.ok:${ID}:3`)).toEqual({ id: ID, version: 3 });
  });

  it("refuses forged or stale data: another prefix, a missing or extra field, a bad id, a version out of range", () => {
    for (const data of [
      undefined,
      `dia.ret:${ID}:3`,
      `dia.ok:${ID}`,
      `dia.ok:${ID}:3:4`,
      `dia.ok:${ID.toUpperCase()}:3`,
      `dia.ok:${ID}:-1`,
      `dia.ok:${ID}:1000001`,
      `dia.ok:${ID}:1.5`,
      `dia.okk:${ID}:3`,
    ])
      expect(codec.parse(data), String(data)).toBeNull();
  });

  it("refuses to pack what the schema refuses, a field holding ':' or data over 64 bytes", () => {
    expect(() => codec.pack({ id: "not-an-id", version: 1 })).toThrow();
    const text = defineCallback({ prefix: CALLBACK_PREFIXES.rosterMatch, schema: z.object({ word: z.string() }) });
    expect(() => text.pack({ word: "a:b" })).toThrow(/":"/);
    expect(() => text.pack({ word: "x".repeat(61) })).toThrow(/too long/);
    expect(text.pack({ word: "x".repeat(60) })).toHaveLength(64);
  });
});
