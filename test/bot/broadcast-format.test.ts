import { describe, expect, it } from "vitest";
import { entitiesToHtml, parseScheduleTime } from "../../src/domain/delivery/broadcast.js";

describe("announcement formatting: message entities → Telegram HTML", () => {
  it("escapes <, > and & in any typed text", () => {
    expect(entitiesToHtml("a < b && c > d")).toBe("a &lt; b &amp;&amp; c &gt; d");
  });

  it("nests bold inside a link, keeps a link's URL quoted and escaped", () => {
    const text = "Read the rules now";
    expect(
      entitiesToHtml(text, [
        { type: "text_link", offset: 5, length: 9, url: 'https://x.kz/?a=1&b="2"' },
        { type: "bold", offset: 9, length: 5 },
      ]),
    ).toBe('Read <a href="https://x.kz/?a=1&amp;b=&quot;2&quot;">the <b>rules</b></a> now');
  });

  it("overlapping entities stay well-formed (closed and reopened)", () => {
    const html = entitiesToHtml("abcdef", [
      { type: "bold", offset: 0, length: 4 },
      { type: "italic", offset: 2, length: 4 },
    ]);
    expect(html).toBe("<b>ab<i>cd</i></b><i>ef</i>");
  });

  it("counts offsets in UTF-16 units (emoji) and leaves entities Telegram detects itself as text", () => {
    expect(
      entitiesToHtml("📌 Мерзім: 25.12 @dean", [
        { type: "bold", offset: 3, length: 6 },
        { type: "mention", offset: 17, length: 5 },
      ]),
    ).toBe("📌 <b>Мерзім</b>: 25.12 @dean");
  });

  it("code blocks with a language, spoilers and expandable quotes", () => {
    expect(entitiesToHtml("x", [{ type: "pre", offset: 0, length: 1, language: "ts" }])).toBe(
      '<pre><code class="language-ts">x</code></pre>',
    );
    expect(entitiesToHtml("x", [{ type: "spoiler", offset: 0, length: 1 }])).toBe("<tg-spoiler>x</tg-spoiler>");
    expect(entitiesToHtml("x", [{ type: "expandable_blockquote", offset: 0, length: 1 }])).toBe("<blockquote expandable>x</blockquote>");
  });

  it("ignores entities outside the text instead of failing", () => {
    expect(entitiesToHtml("ab", [{ type: "bold", offset: 1, length: 10 }])).toBe("ab");
  });
});

describe("scheduled time: local Asia/Almaty date and time, not in the past", () => {
  const now = new Date("2026-11-23T09:00:00Z"); // 14:00 in Almaty
  it("reads DD.MM.YYYY HH:MM as Almaty time (UTC+5)", () => {
    expect(parseScheduleTime("24.11.2026 10:00", now, "Asia/Almaty")).toEqual({ ok: true, value: new Date("2026-11-24T05:00:00Z") });
    expect(parseScheduleTime(" 1.12.2026 9.05 ", now, "Asia/Almaty")).toEqual({ ok: true, value: new Date("2026-12-01T04:05:00Z") });
  });
  it("refuses a wrong format, an impossible date or time, the past and more than 90 days ahead", () => {
    expect(parseScheduleTime("tomorrow", now, "Asia/Almaty")).toEqual({ ok: false, reason: "format" });
    expect(parseScheduleTime("31.11.2026 10:00", now, "Asia/Almaty")).toEqual({ ok: false, reason: "invalid-date" });
    expect(parseScheduleTime("24.11.2026 24:00", now, "Asia/Almaty")).toEqual({ ok: false, reason: "invalid-date" });
    expect(parseScheduleTime("23.11.2026 14:00", now, "Asia/Almaty")).toEqual({ ok: false, reason: "past" });
    expect(parseScheduleTime("01.06.2027 10:00", now, "Asia/Almaty")).toEqual({ ok: false, reason: "too-far" });
  });
});
