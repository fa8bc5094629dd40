import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { localesDir } from "../../src/paths.js";
import { citation } from "../../src/domain/rules/citation.js";
import { dottedDateTime, formatDate, formatDateTime } from "../../src/bot/format.js";
import { loadCatalogue, type CatalogueMessage } from "./catalogue.js";

/**
 * Kazakh and Russian as the university writes them: one term per concept (locales/TERMS.md, sources in the seeds),
 * endings after dates and names, no developer words, no doubled punctuation once the variables are filled in.
 */

const catalogues = { kk: loadCatalogue("kk"), ru: loadCatalogue("ru") };

/** Kazakh and Russian letters, for look-arounds (`\b` does not know Cyrillic). */
const LETTER = "[а-яёәғқңөұүһіА-ЯЁӘҒҚҢӨҰҮҺІ]";

interface Term {
  concept: string;
  /** The chosen term (locales/TERMS.md). */
  chosen: string;
  /** A form used instead of it. */
  instead: RegExp;
}

const TERMS: Record<"kk" | "ru", Term[]> = {
  kk: [
    { concept: "coordinator", chosen: "кафедрадағы практика бойынша жауапты тұлға", instead: /үйлестіруш|практикаға жауапты/iu },
    { concept: "student", chosen: "білім алушы", instead: /студент(?!тік[ _-]?(ID|билет))/iu },
    { concept: "student ID", chosen: "Студенттік ID", instead: /білім алушының ID|(?<!Студенттік |студенттік )ID нөмір/iu },
    { concept: "sign-off", chosen: "күнделікке қол қою", instead: /күнделікті (әлі |қайта )?раста|күнделік расталд|күнделік расталғ|растайтын ештеңе/iu },
    { concept: "contract", chosen: "практикадан өту туралы келісім-шарт", instead: new RegExp(`(?<!келісім-)шарт(ы|қа|та|пен)?(?!${LETTER})`, "iu") },
    { concept: "practice base", chosen: "практика базасы", instead: /практика орн|тәжірибе өту орн/iu },
    { concept: "form", chosen: "F-76", instead: /Ф-76/u },
    { concept: "characteristic", chosen: "мінездеме", instead: /\(пікір/iu },
    { concept: "return", chosen: "Пысықтауға қайтару", instead: /(?<!Пысықтауға |пысықтауға )(Қайтару|«қайтару)/u },
    { concept: "daily (beside «күнделік», the diary)", chosen: "күн сайынғы", instead: /күнделікті(?! (ашу|толтыру|жүргізу|растау))|күнделікті(?=[^ ]*$)/u },
    { concept: "caption (a diary entry is «жазба»)", chosen: "сипаттама", instead: /жазбасы бар фото|оның жазбасына|құжаттың жазбасына/iu },
    { concept: "relevant (calque of «актуальный»)", chosen: "жаңартылған, соңғы", instead: /өзекті/iu },
  ],
  ru: [
    { concept: "coordinator", chosen: "ответственный за практику на кафедре", instead: /координатор/iu },
    { concept: "student", chosen: "обучающийся", instead: /(?<!ID[ -])студент/iu },
    { concept: "student ID", chosen: "ID студента", instead: /ID обучающ/iu },
    { concept: "sign-off", chosen: "подписать дневник-отчёт", instead: /завер[иея]/iu },
    { concept: "contract", chosen: "договор о прохождении практики", instead: /договор\S* на прохождение/iu },
    { concept: "practice base", chosen: "база практики", instead: /мест\S* практики|мест\S* прохождения практики/iu },
    { concept: "form", chosen: "F-76", instead: /Ф-76/u },
    { concept: "characteristic", chosen: "характеристика", instead: /\(отзыв/iu },
    { concept: "return", chosen: "Вернуть на доработку", instead: /(?<![а-я] )Вернуть(?! на доработку)/u },
    { concept: "too many attempts: one neutral form", chosen: "…, поэтому ввод прерван", instead: /я останов|перестал спрашивать|я прекрат|прекратил/iu },
  ],
};

/** A message whose text would be spoiled by the check, with the reason. Keep it short. */
const TERM_EXCEPTIONS: Record<string, string> = {};

describe("terms: one word per concept, as the seeds write it (locales/TERMS.md)", () => {
  for (const locale of ["kk", "ru"] as const) {
    it(`${locale}: no message uses a form listed as "instead of" in the term table`, () => {
      const found: string[] = [];
      for (const message of catalogues[locale].values()) {
        for (const term of TERMS[locale]) {
          if (TERM_EXCEPTIONS[`${locale}/${message.id}/${term.concept}`]) continue;
          const text = message.texts.find((t) => term.instead.test(t));
          if (text !== undefined) found.push(`${locale} ${message.id}: ${term.concept} is «${term.chosen}»\n    ${text.replace(/\n/g, " ")}`);
        }
      }
      expect(found).toEqual([]);
    });
  }
});

describe("too many failed attempts: one neutral wording", () => {
  it("ru «…, поэтому ввод прерван» and kk «…, енгізу тоқтатылды» wherever a scene gives up", () => {
    const forms = {
      ru: [/неудачных попыток/u, /^Слишком много неудачных попыток, поэтому (ввод|загрузка) прерван[а]?\./u],
      kk: [/Сәтсіз әрекет/u, /^Сәтсіз әрекеттер тым көп болғандықтан, (енгізу|жүктеу) тоқтатылды\./u],
    } as const;
    const found: string[] = [];
    for (const locale of ["kk", "ru"] as const) {
      const [mentions, wording] = forms[locale];
      for (const message of catalogues[locale].values()) {
        for (const text of message.texts) if (mentions.test(text) && !wording.test(text)) found.push(`${locale} ${message.id}: ${text}`);
      }
    }
    expect(found).toEqual([]);
  });
});

/** Status, practice-type and other codes the code keeps in English; users never see them. */
const CODES =
  /(?<![/\w.@$-])(educational|pedagogical|research|production|preDiploma|draft|submitted|approved|returned|active|finished|pending|signedOff|npm|cli|verify)(?![\w-])/u;

describe("no developer words in kk/ru text", () => {
  for (const locale of ["kk", "ru"] as const) {
    it(`${locale}: no «§», no npm commands and no English status codes (Kazakhstani documents write «п. 5.14» / «5.14-т.»)`, () => {
      const found: string[] = [];
      for (const message of catalogues[locale].values()) {
        for (const text of message.texts) {
          if (/§/u.test(text) || CODES.test(text)) found.push(`${locale} ${message.id}: ${text.replace(/\n/g, " ")}`);
        }
      }
      expect([...new Set(found)]).toEqual([]);
    });
  }
});

/** Variables that carry a date or a date and time. */
const DATE_VARIABLES = new Set([
  "date",
  "start",
  "end",
  "until",
  "since",
  "at",
  "expelledOn",
  "earliest",
  "latest",
  "deadline",
  "when",
  "expires",
  "contractDate",
  "windowEnd",
  "from",
  "to",
  "expectedEnd",
  "applyBy",
  "startDate",
  "endDate",
  "periodStart",
  "opens",
  "holidayStart",
]);

/** What may follow a dd.mm.yyyy in Kazakh: a noun that takes the ending («күні», «күнінен», «күнге»…) or «дейін». */
const KK_AFTER_DATE = /^(күн(і|нен|інен|ге|іне|гі|ін|інің|дер)?|дейін)(?![а-яәғқңөұүһі])/u;

/** Words after a name that end like a possessed noun but are not one («Асан есімді адам», «Асан ретінде»). */
const NOT_POSSESSED = new Set(["есімді", "ретінде", "үшін"]);

describe("kk: a date is followed by a noun that takes the ending", () => {
  it("every kk message that puts a date before a word uses «{ $date } күні / күнінен / күннен / күнге / күнгі» or «{ $date } дейін»", () => {
    const found: string[] = [];
    for (const message of catalogues.kk.values()) {
      for (const text of message.texts) {
        for (const m of text.matchAll(new RegExp(`\\{\\$(\\w+)\\} (${LETTER}+)`, "gu"))) {
          if (!DATE_VARIABLES.has(m[1]!)) continue;
          if (!KK_AFTER_DATE.test(m[2]!)) found.push(`kk ${message.id}: «{ $${m[1]} } ${m[2]}»`);
        }
      }
    }
    expect([...new Set(found)]).toEqual([]);
  });

  it("no kk message puts a possessed noun right after a person's name (the name cannot take the genitive ending): «Мінездеме сақталды: { $student }.»", () => {
    const found: string[] = [];
    const possessed = new RegExp(`^${LETTER}+(сы|сі|ы|і|сын|сін|ын|ін|сына|сіне|ына|іне|сында|сінде|ында|інде)$`, "u");
    for (const message of catalogues.kk.values()) {
      for (const text of message.texts) {
        for (const m of text.matchAll(new RegExp(`\\{\\$(student|name|supervisor|fullName)\\} (${LETTER}+)`, "gu"))) {
          if (possessed.test(m[2]!) && !NOT_POSSESSED.has(m[2]!)) found.push(`kk ${message.id}: «{ $${m[1]} } ${m[2]}»`);
        }
      }
    }
    expect([...new Set(found)]).toEqual([]);
  });
});

/** Sample values, with the dates as the bot's own formatters write them in each language. */
function samples(locale: "kk" | "ru"): Array<Record<string, string>> {
  const day = new Date("2026-12-25T09:00:00Z");
  const dated = (date: string, dateTime: string): Record<string, string> =>
    Object.fromEntries([...DATE_VARIABLES].map((v) => [v, ["at", "when", "expires"].includes(v) ? dateTime : date]));
  return [
    dated("25.12.2026", dottedDateTime(day, "Asia/Almaty")),
    dated(formatDate(day, locale, "Asia/Almaty"), formatDateTime(day, locale, "Asia/Almaty")),
  ];
}

/** Variables that carry a person's name (the rest get a number, which is what most of them are). */
const NAMES = new Set(["student", "name", "supervisor", "fullName", "registeredFullName", "rosterFullName"]);

function render(text: string, values: Record<string, string>): string {
  return text.replace(/\{\$(\w+)\}/gu, (_, name: string) => values[name] ?? (NAMES.has(name) ? "Сейтқали Аружан" : "3"));
}

const DOUBLED = /(?<!\.)\.\.(?!\.)|[,;:]\s*[.,;:]|\.\s*[,;:]|\s[.,;:](?![\da-z])|\(\s|\s\)/u;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/u;

describe("rendered kk/ru messages", () => {
  for (const locale of ["kk", "ru"] as const) {
    it(`${locale}: with sample arguments (dates as the bot writes them) no message has doubled punctuation («г..», «печатью..») or an ISO date`, () => {
      const found: string[] = [];
      const check = (message: CatalogueMessage, rendered: string): void => {
        if (DOUBLED.test(rendered) || ISO_DATE.test(rendered)) found.push(`${locale} ${message.id}: ${rendered.replace(/\n/g, " ")}`);
      };
      for (const message of catalogues[locale].values()) {
        for (const text of message.texts) for (const values of samples(locale)) check(message, render(text, values));
      }
      expect([...new Set(found)]).toEqual([]);
    });

    it(`${locale}: the bot's long date is written without an abbreviation that would double a full stop`, () => {
      const formatted = formatDate(new Date("2026-12-25T09:00:00Z"), locale, "Asia/Almaty");
      expect(formatted).not.toMatch(/\.$/u);
      if (locale === "kk") expect(formatted).toBe("25.12.2026");
    });
  }
});

describe("titles", () => {
  it("no kk/ru line starts with a lowercase value (a practice type is «өндірістік практика», «производственная практика»)", () => {
    const found: string[] = [];
    for (const locale of ["kk", "ru"] as const) {
      for (const message of catalogues[locale].values()) {
        // Joined into a student's line after «—»: never the start of a line.
        if (message.id === "cp-students-placement") continue;
        for (const text of message.texts) {
          if (text.split("\n").some((line) => /^\s*\{\$practiceType\}/u.test(line))) found.push(`${locale} ${message.id}`);
        }
      }
    }
    expect([...new Set(found)]).toEqual([]);
  });
});

describe("locale files", () => {
  it("every line belongs to a message: no stray «}» or unclosed select that the parser would silently drop as junk", () => {
    const found: string[] = [];
    for (const locale of ["kk", "ru", "en"]) {
      const dir = join(localesDir(), locale);
      for (const file of readdirSync(dir).filter((f) => f.endsWith(".ftl"))) {
        let depth = 0;
        readFileSync(join(dir, file), "utf8")
          .split("\n")
          .forEach((line, index) => {
            if (line.startsWith("#")) return;
            if (/^[a-zA-Z][\w-]* =/u.test(line)) {
              if (depth !== 0) found.push(`${locale}/${file}:${index + 1}: the message before is not closed`);
              depth = 0;
            }
            if (line.startsWith("}") && depth === 0) found.push(`${locale}/${file}:${index + 1}: stray «}»`);
            const code = line.replace(/\{\s*"[^"]*"\s*\}/gu, "");
            depth += (code.match(/\{/gu) ?? []).length - (code.match(/\}/gu) ?? []).length;
          });
      }
    }
    expect(found).toEqual([]);
  });
});

describe("clause references the code adds to an answer (/eligibility)", () => {
  it("are written as Kazakhstani documents write them: «R-23, п. 5.7» in ru, «R-23, 5.7-т.» in kk, never «§»", () => {
    expect(citation("R-23 5.7", "ru")).toBe("R-23, п. 5.7");
    expect(citation("R-23 3.2, 6.1", "ru")).toBe("R-23, пп. 3.2, 6.1");
    expect(citation("R-23 5.7", "kk")).toBe("R-23, 5.7-т.");
    expect(citation("QP-06 6.10–6.11", "kk")).toBe("QP-06, 6.10–6.11-тт.");
    expect(citation("QP-06 Annex 1 §2.1", "ru")).toBe("QP-06, прил. 1, п. 2.1");
    expect(citation("QP-06 5.14; 6B03104 §10a", "kk")).not.toContain("§");
    expect(citation("R-23 5.7", "en")).toBe("R-23 5.7");
  });
});
