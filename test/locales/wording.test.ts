import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { localesDir } from "../../src/paths.js";
import { FUNDINGS, LEVELS } from "../../src/domain/rules/types.js";

/**
 * Wording review of issue 7: calques, non-official terms and developer words must not come back.
 * Terms: ../shared/domain-glossary.md and the seeds (R-23, MR-595, the Kazakh programme document).
 */

type Locale = "kk" | "ru" | "en";

/** Runtime AST of @fluent/bundle (not exported as types). */
type Pattern = string | Array<string | Expression>;
type Expression =
  | { type: "select"; selector: Expression; variants: Array<{ key: { value: string | number }; value: Pattern }> }
  | { type: "var" | "mesg" | "term"; name: string }
  | { type: "func"; name: string; args: Expression[] }
  | { type: "str" | "num"; value: string | number };

interface Message {
  id: string;
  /** Every text the message can produce: each variant of each select, placeables written as `{$name}`. */
  texts: string[];
  /** Variables a select chooses on, with their variant keys. */
  selects: Array<{ selector: string; keys: string[] }>;
}

function expressionTexts(e: Expression): string[] {
  switch (e.type) {
    case "select":
      return e.variants.flatMap((v) => patternTexts(v.value));
    case "var":
      return [`{$${e.name}}`];
    case "mesg":
    case "term":
      return [`{${e.name}}`];
    case "func":
      return [`{${e.name}(${e.args.flatMap(expressionTexts).join(", ")})}`];
    case "str":
    case "num":
      return [String(e.value)];
  }
}

function patternTexts(pattern: Pattern): string[] {
  if (typeof pattern === "string") return [pattern];
  let out = [""];
  for (const element of pattern) {
    const parts = typeof element === "string" ? [element] : expressionTexts(element);
    out = out.flatMap((prefix) => parts.map((part) => prefix + part));
  }
  return out;
}

function selectsOf(pattern: Pattern, into: Message["selects"]): void {
  if (typeof pattern === "string") return;
  for (const element of pattern) {
    if (typeof element === "string" || element.type !== "select") continue;
    const selector = element.selector.type === "var" ? element.selector.name : "?";
    into.push({ selector, keys: element.variants.map((v) => String(v.key.value)) });
    for (const variant of element.variants) selectsOf(variant.value, into);
  }
}

function load(locale: Locale): Map<string, Message> {
  const dir = join(localesDir(), locale);
  const messages = new Map<string, Message>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ftl"))) {
    const resource = new FluentResource(readFileSync(join(dir, file), "utf8")) as unknown as {
      body: Array<{ id: string; value: Pattern | null; attributes: Record<string, Pattern> }>;
    };
    for (const m of resource.body) {
      const patterns = [m.value, ...Object.values(m.attributes)].filter((p): p is Pattern => p !== null);
      const selects: Message["selects"] = [];
      patterns.forEach((p) => selectsOf(p, selects));
      messages.set(m.id, { id: m.id, texts: patterns.flatMap(patternTexts), selects });
    }
  }
  return messages;
}

const catalogues: Record<Locale, Map<string, Message>> = { kk: load("kk"), ru: load("ru"), en: load("en") };

interface Rule {
  pattern: RegExp;
  why: string;
}

/** Kazakh letters, for look-arounds (`\b` does not know Cyrillic). */
const KK_LETTER = "[а-яёәғқңөұүһіА-ЯЁӘҒҚҢӨҰҮҺІ]";

const FORBIDDEN: Record<"kk" | "ru", Rule[]> = {
  kk: [
    { pattern: /Профиліңізден аламын/iu, why: "calque: «Профиліңіздегі деректер»" },
    { pattern: /Бұдан не шығады/iu, why: "calque: «Бұл Сіз үшін нені білдіреді»" },
    { pattern: /Қайта қош келдіңіз/iu, why: "calque of “welcome back”" },
    { pattern: /Бұл шарттармен/iu, why: "calque of “on these terms”" },
    { pattern: /әлі келген жоқ/iu, why: "calque of “has not come yet” (a date)" },
    { pattern: /біздің тарапта/iu, why: "calque of “on our side”" },
    { pattern: /қайдан алайын/iu, why: "calque of “where shall I take”" },
    { pattern: /баптау/iu, why: "developer word: say «… ережелері бойынша есептелді» and «Тіркеу офисінен нақтылаңыз»" },
    { pattern: /болжам/iu, why: "developer word: say «… ережелері бойынша есептелді» and «Тіркеу офисінен нақтылаңыз»" },
    { pattern: /грант(ы)? жоғал/iu, why: "regulation verb: «гранттан айырылу»" },
    { pattern: /жинаған|жинадыңыз/iu, why: "credits: «игерілген кредит»" },
    { pattern: /кредит тапсырылды/iu, why: "credits: «кредит игерілді»" },
    { pattern: new RegExp(`демалыс(?! күн)`, "iu"), why: "vacation is «каникул» («демалыс күні», a day off, is fine)" },
    { pattern: /курсқа ауыс(?!тыр)/iu, why: "promotion is «курстан курсқа ауыстыру»; «ауысу» is for moving to another university" },
    { pattern: new RegExp(`[A-Za-z]-${KK_LETTER}`, "u"), why: "no case suffix on a Latin abbreviation or name («ID нөмірі», not «ID-і»)" },
    {
      pattern: new RegExp(`\\}-(ға|ге|қа|ке|да|де|та|те|дан|ден|тан|тен|нан|нен|ның|нің|дың|дің|тың|тің)(?!${KK_LETTER})`, "u"),
      why: "no case suffix on a value: its vowel harmony depends on the value",
    },
    { pattern: /(бір|бес) сан(?![а-яәғқңөұүһі])|әріп(,| не| пен| мен) сан|Сандар мен таңба|латын әрпі, сан/iu, why: "a digit is «цифр»" },
    { pattern: /(аралығында|мынадай|апостроф|сан) болады/iu, why: "a rule is a requirement («болуы керек»), not a fact" },
    { pattern: /Аты-жөні( үшін|нде| \{)/u, why: "polite 2nd person: «аты-жөніңіз»" },
    { pattern: /рейтингіндегі орны(?![а-яәғқңөұүһі])/iu, why: "polite 2nd person: «орныңыз»" },
    { pattern: /түйме/iu, why: "one word for a button in the whole bot: «батырма» (found mixed with «түйме» in a user trial)" },
    { pattern: /тіркеуші офис/iu, why: "glossary: «Тіркеу офисі»" },
    { pattern: /кадрлар даярлау/iu, why: "glossary: «кадрларды даярлаудың туыстас бағыты»" },
    { pattern: /оқу негізі:/iu, why: "a button label pasted into a sentence: select on the funding code" },
  ],
  ru: [
    { pattern: /Беру из Вашего профиля/iu, why: "calque: «Данные из Вашего профиля»" },
    { pattern: /настро[йе]к/iu, why: "developer word: say «рассчитано по правилам …» and «уточните в офисе регистратора»" },
    { pattern: /допущени/iu, why: "developer word: say «рассчитано по правилам …» and «уточните в офисе регистратора»" },
    { pattern: /теряется/iu, why: "regulation verb: «лишиться гранта»" },
    { pattern: /сдано/iu, why: "credits: «освоено» (освоен 1 кредит, освоено 2 кредита)" },
    { pattern: /набрано кредит|кредитов Вы набрали/iu, why: "credits: «освоенные кредиты»" },
    { pattern: /повторн\S* прохождени\S* итогового/iu, why: "MR-595 50: «повторная сдача итогового контроля (экзамена)»" },
    { pattern: /\{\$\w+\} курс/u, why: "course numbers: «2-й курс», «на 3-й курс», «на 2-м курсе»" },
    { pattern: /увидеть Ваши|Вашу персональную/u, why: "the addressee is the subject: «свой»" },
    { pattern: /последний день —|то есть до \{|Крайний срок/u, why: "a deadline is «не позднее {date}»" },
    { pattern: /С возвращением/iu, why: "said to people who have never been here" },
    { pattern: /основа обучения:/iu, why: "a button label pasted into a sentence: select on the funding code" },
  ],
};

/**
 * Messages allowed to use a word above, with the reason (e.g. a future "/settings" command may be called «Настройки»).
 * Keep it short and say why.
 */
const ALLOWED: Record<string, string> = {};

/** Nouns that follow a count; the count must choose their form with a plural selector (`$year` names a year, it counts nothing). */
const COUNTED: Record<"ru" | "en", RegExp> = {
  ru: /\{\$(?!year\})(\w+)\} (кредит|строк|дисциплин|рабоч|недел|лет|год|символ|пункт|раз(?![а-я]))/gu,
  en: /\{\$(?!year\})(\w+)\} (credit|line|course|working|week|year|character|time)/gu,
};

describe("wording (issue 7): native kk/ru terms, no calques", () => {
  for (const locale of ["kk", "ru"] as const) {
    it(`no ${locale} message contains a listed calque, non-official term or developer word`, () => {
      const found: string[] = [];
      for (const message of catalogues[locale].values()) {
        if (ALLOWED[`${locale}/${message.id}`]) continue;
        for (const rule of FORBIDDEN[locale]) {
          const text = message.texts.find((t) => rule.pattern.test(t));
          if (text !== undefined) found.push(`${locale} ${message.id}: ${rule.why}\n    ${text.replace(/\n/g, " ")}`);
        }
      }
      expect(found).toEqual([]);
    });
  }

  for (const locale of ["ru", "en"] as const) {
    it(`${locale}: a noun after a count has a plural selector on that count (e.g. «Не больше { $maxLines } строк»)`, () => {
      const found: string[] = [];
      for (const message of catalogues[locale].values()) {
        const selected = new Set(message.selects.map((s) => s.selector));
        for (const text of message.texts) {
          for (const [, variable] of text.matchAll(COUNTED[locale])) {
            if (!selected.has(variable!)) found.push(`${locale} ${message.id}: { $${variable} } has no plural selector`);
          }
        }
      }
      expect([...new Set(found)]).toEqual([]);
    });
  }

  it("the generic error sends the user to the department's practice coordinator in every language", () => {
    const text = (locale: Locale): string => catalogues[locale].get("errors-generic")!.texts.join(" ");
    expect(text("kk")).toContain("кафедраңыздағы практика бойынша жауапты тұлғаға");
    expect(text("ru")).toContain("к ответственному за практику на своей кафедре");
    expect(text("en")).toContain("your department's practice coordinator");
    for (const locale of ["kk", "ru", "en"] as const) {
      expect(text(locale), locale).not.toMatch(/практика жетекшісі|руководител|supervisor/u);
    }
  });

  it("a new department is named once, in quotes after a colon (the name may already say «кафедра»)", () => {
    for (const locale of ["kk", "ru", "en"] as const) {
      const [text] = catalogues[locale].get("admin-newdepartment-created")!.texts;
      expect(text, locale).toMatch(/: \{\$code\} — ["«]\{\$name\}["»]/u);
    }
  });

  it("sentences naming a level or a funding select on its code instead of pasting the button label", () => {
    const byCode: Array<[string, string, readonly string[]]> = [
      ["elig-prefilled-level", "level", LEVELS],
      ["elig-promotion-final-year", "level", LEVELS],
      ["elig-prefilled-funding", "funding", FUNDINGS],
    ];
    for (const locale of ["kk", "ru", "en"] as const) {
      for (const [key, variable, codes] of byCode) {
        const select = catalogues[locale].get(key)!.selects.find((s) => s.selector === variable);
        expect(select?.keys.sort(), `${locale} ${key}`).toEqual([...codes].sort());
      }
    }
  });
});
