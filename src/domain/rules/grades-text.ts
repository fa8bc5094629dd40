import { normalizeLetter } from "./grade-scale.js";
import type { Letter } from "./grade-scale.js";

/**
 * Parser for grades pasted in a chat, one course per line:
 *
 *   Mathematics 5 A-
 *   Физика 2   4,5  В+        (Cyrillic look-alike letters, comma decimals)
 *   History of Kazakhstan	5	A −   retake
 *
 * Grammar per line: <course name> <credits> <letter> [retake marker]. The
 * course name may contain spaces and digits ("Physics 2"); the line is read
 * from the right. Blank lines and lines starting with "#" are ignored; list
 * markers ("1.", "2)", "-", "•") at the start are dropped. Separators: spaces,
 * tabs, ";", "|" and commas that are not decimal commas.
 */
export type GradeLineErrorCode =
  /** Neither credits nor a letter could be found. */
  | "unrecognizedLine"
  /** The last item is a number: the letter grade is missing. */
  | "missingLetter"
  /** Credits are present but the grade is not a letter of MR-595 App. 1. */
  | "unknownLetter"
  /** A letter is present but no credits number before it. */
  | "missingCredits"
  /** Credits are not in (0, maxCredits]. */
  | "invalidCredits"
  /** Nothing left for the course name. */
  | "missingCourse"
  /** More lines than `maxLines`; reported once, on the first extra line. */
  | "tooManyLines";

export interface GradeLineError {
  /** 1-based line number in the pasted text. */
  line: number;
  code: GradeLineErrorCode;
  /** The offending item, when there is one (e.g. the unknown letter). */
  token?: string;
  /** The trimmed line, for echoing back. */
  text: string;
}

export interface ParsedGradeLine {
  line: number;
  course: string;
  credits: number;
  letter: Letter;
  retake: boolean;
}

export interface ParsedGradesText {
  grades: ParsedGradeLine[];
  errors: GradeLineError[];
}

export interface ParseGradesOptions {
  /** Default 300. */
  maxLines?: number;
  /** Largest credits value accepted for one course. Default 60. */
  maxCredits?: number;
}

const LIST_MARKER = /^(?:[-*•·–—]|\d{1,3}[.)])\s+/u;
const NUMBER = /^(\d+(?:[.,]\d+)?)(?:cr|кр|credits?|кредит(?:а|ов)?|кредиттер|ects)?\.?$/iu;
const UNIT = /^(?:cr|кр|credits?|кредит(?:а|ов)?|кредиттер|ects)\.?$/iu;
const RETAKE = /^[([]?(?:retake|re-take|resit|пересдача|пересдачи|қайта|қайталау|\*)[)\]]?$/iu;
const SIGN_ONLY = /^[-+\u2010-\u2014\u2212\uFE63\uFF0D\uFF0B]$/u;

function parseNumber(token: string | undefined): number | null {
  if (token === undefined) return null;
  const m = NUMBER.exec(token);
  if (!m || m[1] === undefined) return null;
  return Number(m[1].replace(",", "."));
}

export function parseGradesText(text: string, options: ParseGradesOptions = {}): ParsedGradesText {
  const maxLines = options.maxLines ?? 300;
  const maxCredits = options.maxCredits ?? 60;
  const grades: ParsedGradeLine[] = [];
  const errors: GradeLineError[] = [];
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  let used = 0;

  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = (lines[i] ?? "").normalize("NFKC").trim();
    if (raw === "" || raw.startsWith("#")) continue;
    used += 1;
    if (used > maxLines) {
      errors.push({ line: lineNo, code: "tooManyLines", text: raw });
      break;
    }
    const fail = (code: GradeLineErrorCode, token?: string): void => {
      errors.push(token === undefined ? { line: lineNo, code, text: raw } : { line: lineNo, code, token, text: raw });
    };

    const body = raw
      .replace(LIST_MARKER, "")
      // A comma is a separator unless it sits between two digits (decimal comma).
      .replace(/,(?!\d)|(?<!\d),/g, " ");
    const tokens = body.split(/[\s;|]+/u).filter((t) => t !== "");

    let retake = false;
    const last = tokens.at(-1);
    if (last !== undefined && tokens.length > 1 && RETAKE.test(last)) {
      retake = true;
      tokens.pop();
    } else if (tokens.length > 2 && /^тапсыру$/iu.test(last ?? "") && /^қайта$/iu.test(tokens.at(-2) ?? "")) {
      retake = true;
      tokens.splice(-2, 2);
    }
    // "A -" / "B +": a sign typed apart from its letter.
    const tail = tokens.at(-1);
    if (tail !== undefined && tokens.length > 1 && SIGN_ONLY.test(tail)) {
      tokens.pop();
      tokens[tokens.length - 1] = `${tokens.at(-1) ?? ""}${tail}`;
    }

    const letterToken = tokens.at(-1);
    if (letterToken === undefined) continue;
    const letter = normalizeLetter(letterToken);
    if (letter === null) {
      if (parseNumber(letterToken) !== null) fail("missingLetter");
      else if (parseNumber(tokens.at(-2)) !== null) fail("unknownLetter", letterToken);
      else fail("unrecognizedLine");
      continue;
    }
    tokens.pop();
    if (tokens.length > 1 && UNIT.test(tokens.at(-1) ?? "")) tokens.pop();
    const creditsToken = tokens.at(-1);
    const credits = parseNumber(creditsToken);
    if (credits === null) {
      fail("missingCredits");
      continue;
    }
    if (!(credits > 0 && credits <= maxCredits)) {
      fail("invalidCredits", creditsToken);
      continue;
    }
    tokens.pop();
    const course = tokens
      .join(" ")
      .replace(/[\s:=\-–—]+$/u, "")
      .trim();
    if (course === "") {
      fail("missingCourse");
      continue;
    }
    grades.push({ line: lineNo, course, credits, letter, retake });
  }
  return { grades, errors };
}
