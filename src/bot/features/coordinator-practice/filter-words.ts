import { PLACEMENT_STATUSES, PRACTICE_TYPES, type PlacementStatus, type PracticeType } from "../../../domain/practice/placement.js";

type Translate = (locale: string, key: string) => string;

/** Words as compared: lower case, «ё» as «е». */
const normalise = (word: string): string => word.toLowerCase().replace(/ё/g, "е");

interface Phrase {
  words: string[];
  practiceType?: PracticeType;
  status?: PlacementStatus;
}

/**
 * The words `/students` takes as filters, in every language at once (a coordinator may type Russian in a Kazakh
 * chat): the English tokens, each locale's status and practice-type labels, and the words listed in
 * `cp-students-words-status-<status>` / `cp-students-words-type-<type>` (comma-separated).
 */
export function createFilterWords(t: Translate, locales: readonly string[]) {
  const phrases: Phrase[] = [];
  const add = (text: string, value: Omit<Phrase, "words">) => {
    const words = normalise(text).split(/\s+/).filter(Boolean);
    if (words.length > 0 && !words[0]!.startsWith("{")) phrases.push({ words, ...value });
  };
  const list = (text: string): string[] => text.split(",").map((w) => w.trim());
  for (const status of PLACEMENT_STATUSES) {
    add(status, { status });
    for (const locale of locales) {
      add(t(locale, `placement-status-${status}`), { status });
      for (const word of list(t(locale, `cp-students-words-status-${status}`))) add(word, { status });
    }
  }
  for (const practiceType of PRACTICE_TYPES) {
    add(practiceType, { practiceType });
    for (const locale of locales) {
      add(t(locale, `placement-type-${practiceType}`), { practiceType });
      for (const word of list(t(locale, `cp-students-words-type-${practiceType}`))) add(word, { practiceType });
    }
  }
  // The longest phrase first: «ожидает утверждения» is a status before «утверждена» could be read in it.
  phrases.sort((a, b) => b.words.length - a.words.length);

  return {
    /** The practice type and status named among `tokens` (the first of each), and the tokens left for the search. */
    parse(tokens: readonly string[]): { practiceType?: PracticeType; status?: PlacementStatus; rest: string[] } {
      const normal = tokens.map(normalise);
      const used = new Array<boolean>(tokens.length).fill(false);
      const out: { practiceType?: PracticeType; status?: PlacementStatus } = {};
      for (const phrase of phrases) {
        if ((phrase.status && out.status) || (phrase.practiceType && out.practiceType)) continue;
        for (let start = 0; start + phrase.words.length <= tokens.length; start++) {
          const span = phrase.words.map((_, i) => start + i);
          if (span.some((i) => used[i]) || phrase.words.some((w, i) => normal[start + i] !== w)) continue;
          for (const i of span) used[i] = true;
          if (phrase.status) out.status = phrase.status;
          if (phrase.practiceType) out.practiceType = phrase.practiceType;
          break;
        }
      }
      return { ...out, rest: tokens.filter((_, i) => !used[i]) };
    },
  };
}
