import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/config/config.js";
import { localesDir } from "../../src/paths.js";
import { BOARD_PRACTICE_TYPES, BOARD_STATUSES, ENTRY_STATUSES, ERROR_CODES, ROW_ERRORS } from "../../src/http/board/contract.js";

/** Keys the board builds at run time from the contract's codes (the locale test finds only literal `t("…")` calls). */
const BUILT_KEYS = [
  ...BOARD_STATUSES.map((s) => `board-ui-status-${s}`),
  ...BOARD_PRACTICE_TYPES.map((p) => `board-ui-practice-${p}`),
  ...ENTRY_STATUSES.map((s) => `board-ui-entry-${s}`),
  ...[...ERROR_CODES, "network", "noLaunch"].map((c) => `board-ui-error-${c}`),
  ...[...ROW_ERRORS, "noPlacement"].map((e) => `board-ui-row-${e}`),
  ...["roster", "queues", "counts"].map((tab) => `board-ui-tab-${tab}`),
  ...["universitySupervisor", "organisationSupervisor"].map((role) => `board-ui-as-${role}`),
  ...[1, 2, 3, 4, 5, 6, 7].map((d) => `board-ui-weekday-${d}`),
  "board-ui-signed",
  "board-ui-not-signed",
];

function bundle(locale: string): FluentBundle {
  const b = new FluentBundle(locale, { useIsolating: false });
  const errors = b.addResource(new FluentResource(readFileSync(join(localesDir(), locale, "board-ui.ftl"), "utf8")));
  expect(errors).toEqual([]);
  return b;
}

describe("the board's messages (locales/*/board-ui.ftl)", () => {
  it("every key built from a status, practice type, error or row code exists in kk, ru and en", () => {
    for (const locale of LOCALES) {
      const b = bundle(locale);
      const missing = BUILT_KEYS.filter((key) => !b.hasMessage(key));
      expect(missing, locale).toEqual([]);
    }
  });

  it("counts read as a native speaker writes them: ru 1 обучающийся, 3 обучающихся, 5 новых ссылок; kk without a plural ending", () => {
    const format = (locale: string, key: string, count: number): string => {
      const b = bundle(locale);
      return b.formatPattern(b.getMessage(key)!.value!, { count });
    };
    expect(format("ru", "board-ui-roster-total", 1)).toBe("1 обучающийся");
    expect(format("ru", "board-ui-roster-total", 3)).toBe("3 обучающихся");
    expect(format("ru", "board-ui-roster-total", 21)).toBe("21 обучающийся");
    expect(format("ru", "board-ui-bulk-reissued", 5)).toMatch(/^Выдано 5 новых ссылок/);
    expect(format("ru", "board-ui-bulk-reissued", 2)).toMatch(/^Выданы 2 новые ссылки/);
    expect(format("kk", "board-ui-roster-total", 5)).toBe("5 білім алушы");
    expect(format("en", "board-ui-roster-total", 1)).toBe("1 student");
  });
});
