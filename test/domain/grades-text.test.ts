import { describe, expect, it } from "vitest";
import { computeGpa } from "../../src/domain/rules/gpa.js";
import { parseGradesText } from "../../src/domain/rules/grades-text.js";

describe("R-23 §2: grades pasted as text (one course per line)", () => {
  it("R-23 §2: 'Mathematics 5 A-' lines become grades, GPA computable", () => {
    const r = parseGradesText("Mathematics 5 A-\nPhysics 4 B+\nHistory of Kazakhstan 3 A");
    expect(r.errors).toEqual([]);
    expect(r.grades).toEqual([
      { line: 1, course: "Mathematics", credits: 5, letter: "A-", retake: false },
      { line: 2, course: "Physics", credits: 4, letter: "B+", retake: false },
      { line: 3, course: "History of Kazakhstan", credits: 3, letter: "A", retake: false },
    ]);
    expect(computeGpa(r.grades).gpa).toBeCloseTo((5 * 3.67 + 4 * 3.33 + 3 * 4) / 12, 12);
  });

  it("MR-595 App. 1: Cyrillic look-alikes (А В С Х), minus variants and comma decimals are accepted", () => {
    const r = parseGradesText(
      ["Математика 5 А", "Физика\t4,5\tВ+", "Химия 3 С−", "Biology 2 A–", "Drawing 2 FХ", "Logic 1.5 a —"].join("\n"),
    );
    expect(r.errors).toEqual([]);
    expect(r.grades.map((g) => [g.course, g.credits, g.letter])).toEqual([
      ["Математика", 5, "A"],
      ["Физика", 4.5, "B+"],
      ["Химия", 3, "C-"],
      ["Biology", 2, "A-"],
      ["Drawing", 2, "FX"],
      ["Logic", 1.5, "A-"],
    ]);
  });

  it("R-23 §2: tolerant of spacing, separators, list markers, units and digits in course names", () => {
    const r = parseGradesText(
      [
        "   Physics 2    5    B   ",
        "1. Calculus 1; 5; A",
        "2) Algebra, 4, B-",
        "- Economics | 3 | C+",
        "• Ethics: 2 A",
        "Statistics 6 кр B",
        "Databases 5cr A-",
        "Networks 4,0 credits A",
      ].join("\r\n"),
    );
    expect(r.errors).toEqual([]);
    expect(r.grades.map((g) => [g.line, g.course, g.credits, g.letter])).toEqual([
      [1, "Physics 2", 5, "B"],
      [2, "Calculus 1", 5, "A"],
      [3, "Algebra", 4, "B-"],
      [4, "Economics", 3, "C+"],
      [5, "Ethics", 2, "A"],
      [6, "Statistics", 6, "B"],
      [7, "Databases", 5, "A-"],
      [8, "Networks", 4, "A"],
    ]);
  });

  it("R-23 5.5: a trailing retake marker (retake / пересдача / қайта тапсыру) flags the line as a retake", () => {
    const r = parseGradesText("Math 5 F\nMath 5 B retake\nPhysics 4 C (пересдача)\nChemistry 3 B қайта тапсыру");
    expect(r.errors).toEqual([]);
    expect(r.grades.map((g) => g.retake)).toEqual([false, true, true, true]);
    expect(computeGpa(r.grades).gpa).toBeCloseTo((5 * 3 + 4 * 2 + 3 * 3) / 12, 12);
  });

  it("R-23 §2: blank lines and # comments are skipped but line numbers stay those of the text", () => {
    const r = parseGradesText("\n# my grades\nMath 5 A\n\n\nPhysics 4 Q");
    expect(r.grades).toEqual([{ line: 3, course: "Math", credits: 5, letter: "A", retake: false }]);
    expect(r.errors).toEqual([{ line: 6, code: "unknownLetter", token: "Q", text: "Physics 4 Q" }]);
  });

  it.each([
    ["Physics 4 Q", "unknownLetter"],
    ["Physics 4 Excellent", "unknownLetter"],
    ["Physics 4", "missingLetter"],
    ["Physics A", "missingCredits"],
    ["Physics five A", "missingCredits"],
    ["Physics 0 A", "invalidCredits"],
    ["Physics 61 A", "invalidCredits"],
    ["5 A", "missingCourse"],
    ["just some words", "unrecognizedLine"],
  ] as const)("R-23 §2: bad line %j → error code %s with its line number", (line, code) => {
    const r = parseGradesText(`Math 5 A\n${line}\nHistory 3 B`);
    expect(r.grades.map((g) => g.course)).toEqual(["Math", "History"]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line: 2, code });
  });

  it("R-23 §2: more lines than maxLines → one tooManyLines error on the first extra line", () => {
    const text = Array.from({ length: 5 }, (_, i) => `Course ${i} 5 A`).join("\n");
    const r = parseGradesText(text, { maxLines: 3 });
    expect(r.grades).toHaveLength(3);
    expect(r.errors).toEqual([{ line: 4, code: "tooManyLines", text: "Course 3 5 A" }]);
  });

  it("R-23 §2: empty text → no grades, no errors", () => {
    expect(parseGradesText("")).toEqual({ grades: [], errors: [] });
    expect(parseGradesText(" \n \n")).toEqual({ grades: [], errors: [] });
  });
});
