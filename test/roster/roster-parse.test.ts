import { describe, expect, it } from "vitest";
import { columnOfHeader, parseDateCell, parseLevel, parsePracticeType } from "../../src/services/roster/columns.js";
import { detectRosterFormat, parseRosterCsv, parseRosterXlsx, ROSTER_MAX_BYTES } from "../../src/services/roster/parse.js";
import { validateRoster } from "../../src/services/roster/validate.js";
import { reference } from "../practice/support.js";
import { csv, EN_HEADER, KK_HEADER, line, RU_HEADER, xlsx } from "./roster-files.js";

const context = { today: "2026-11-23", calendar: reference.calendar };
const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

describe("roster file type (Bot API getFile: 20 MB at most)", () => {
  it("recognises XLSX by its ZIP signature and CSV as text", async () => {
    const book = await xlsx([line()]);
    expect(detectRosterFormat("roster.xlsx", XLSX_MIME, book.subarray(0, 8), book.length)).toEqual({ ok: true, format: "xlsx" });
    expect(detectRosterFormat("roster.csv", "text/csv", csv([line()]).subarray(0, 8), 100)).toEqual({ ok: true, format: "csv" });
    // Windows sends CSV files as application/vnd.ms-excel.
    expect(detectRosterFormat("СПИСОК.CSV", "application/vnd.ms-excel", csv([line()]).subarray(0, 8))).toEqual({ ok: true, format: "csv" });
  });

  it("refuses files over 20 MB, the old binary .xls, images, empty files, and a ZIP that is not named .xlsx", () => {
    const text = Buffer.from("ID;ФИО");
    expect(detectRosterFormat("roster.csv", "text/csv", text, ROSTER_MAX_BYTES + 1)).toEqual({ ok: false, reason: "too-large" });
    expect(
      detectRosterFormat("roster.xls", "application/vnd.ms-excel", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])),
    ).toEqual({
      ok: false,
      reason: "unsupported-type",
    });
    expect(detectRosterFormat("photo.jpg", "image/jpeg", Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]))).toEqual({
      ok: false,
      reason: "unsupported-type",
    });
    expect(detectRosterFormat("roster.csv", "text/csv", Buffer.alloc(0), 0)).toEqual({ ok: false, reason: "empty" });
    expect(detectRosterFormat("archive.zip", "application/zip", Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0]))).toEqual({
      ok: false,
      reason: "unsupported-type",
    });
    expect(detectRosterFormat("notes.pdf", "application/pdf", Buffer.from("%PDF-1.7"))).toEqual({ ok: false, reason: "unsupported-type" });
  });
});

describe("headers in en / ru / kk", () => {
  it.each([
    ["English", EN_HEADER],
    ["Russian", RU_HEADER],
    ["Kazakh", KK_HEADER],
  ])("%s headers map to every column", (_name, header) => {
    expect(header.map(columnOfHeader)).toEqual([
      "studentNumber",
      "fullName",
      "group",
      "programmeCode",
      "course",
      "level",
      "practiceType",
      "startDate",
      "endDate",
      "weeks",
      "supervisorEmail",
    ]);
  });

  it("ignores case, ё, punctuation and an asterisk marking a required column", () => {
    expect(columnOfHeader("  Ф.И.О.* ")).toBe("fullName");
    expect(columnOfHeader("EMAIL руководителя")).toBe("supervisorEmail");
    expect(columnOfHeader("Примечание")).toBeNull();
  });

  it("reads levels and practice types written in any of the three languages", () => {
    expect(["Бакалавриат", "bachelor", "МАГИСТРАТУРА", "PhD", "докторантура"].map(parseLevel)).toEqual([
      "bachelor",
      "bachelor",
      "master",
      "phd",
      "phd",
    ]);
    expect(
      ["Производственная практика", "өндірістік", "Pre-diploma", "преддипломная", "Оқу практикасы", "научно-исследовательская"].map(
        parsePracticeType,
      ),
    ).toEqual(["production", "production", "preDiploma", "preDiploma", "educational", "research"]);
    expect(parsePracticeType("летняя")).toBeNull();
    expect(["2027-01-11", "11.01.2027", "11/1/2027", "2027/01/11"].map(parseDateCell)).toEqual([
      "2027-01-11",
      "2027-01-11",
      "2027-01-11",
      null,
    ]);
  });
});

describe("parsing", () => {
  it("CSV: semicolons or commas, a BOM, quoted cells, blank lines; row numbers as in the file", () => {
    const semicolons = parseRosterCsv(csv([line(), line({ studentNumber: "20210346", fullName: "Омаров Ерлан" })], { bom: true }));
    expect(semicolons).toMatchObject({ headerRow: 1, rows: [{ row: 2 }, { row: 3 }] });
    const commas = parseRosterCsv(
      Buffer.from(
        `${EN_HEADER.join(",")}\n\n20210345,"Seitkali, Aruzhan",SE-2203,6B06102,3,bachelor,production,2027-01-11,2027-03-05,8,\n`,
      ),
    );
    expect(commas).toMatchObject({
      headerRow: 1,
      rows: [
        {
          row: 3,
          cells: ["20210345", "Seitkali, Aruzhan", "SE-2203", "6B06102", "3", "bachelor", "production", "2027-01-11", "2027-03-05", "8"],
        },
      ],
    });
  });

  it("CSV saved by Excel in Windows-1251 (Cyrillic) reads the same as UTF-8", () => {
    const text = `${RU_HEADER.join(";")}\r\n20210345;Иванова Дина;ИС-21-1;6B06102;3;бакалавр;учебная;11.01.2027;22.01.2027;2;\r\n`;
    const cp1251 = Buffer.from(
      [...text].map((ch) => {
        const code = ch.charCodeAt(0);
        if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
        if (ch === "Ё") return 0xa8;
        if (ch === "ё") return 0xb8;
        return code;
      }),
    );
    const table = parseRosterCsv(cp1251);
    expect(table).toMatchObject({
      headers: RU_HEADER,
      rows: [{ cells: ["20210345", "Иванова Дина", "ИС-21-1", "6B06102", "3", "бакалавр", "учебная", "11.01.2027", "22.01.2027", "2"] }],
    });
  });

  it("refuses a file with a header only as empty", () => {
    expect(parseRosterCsv(Buffer.from(`${RU_HEADER.join(";")}\r\n`))).toBe("empty");
    expect(parseRosterCsv(Buffer.from("   \n"))).toBe("empty");
  });

  it("XLSX: date cells, numeric IDs and e-mail hyperlinks become text", async () => {
    const table = await parseRosterXlsx(await xlsx([line()]));
    expect(table).toMatchObject({
      headerRow: 1,
      rows: [
        {
          row: 2,
          cells: [
            "20210345",
            "Сейтқали Аружан",
            "SE-2203",
            "6B06102",
            "3",
            "бакалавр",
            "производственная",
            "2027-01-11",
            "2027-03-05",
            "8",
            "d.nurlanov@iitu.edu.kz",
          ],
        },
      ],
    });
    expect(await parseRosterXlsx(Buffer.from("PK\x03\x04 not really a zip"))).toBe("unreadable");
  });

  it("validation normalises every value (QP-06 3.6: required hours come later from the policy)", () => {
    const table = parseRosterCsv(
      csv([line({ fullName: "  сейтқали   аружан ", group: "se 2203", programmeCode: "6В06102", email: "D.Nurlanov@IITU.edu.kz" })]),
    );
    if (typeof table === "string") throw new Error(table);
    expect(validateRoster(table, context)).toEqual({
      ok: true,
      rows: [
        {
          row: 2,
          studentNumber: "20210345",
          fullName: "Сейтқали Аружан",
          group: "SE 2203",
          programmeCode: "6B06102",
          course: 3,
          level: "bachelor",
          practiceType: "production",
          startDate: "2027-01-11",
          endDate: "2027-03-05",
          weeks: 8,
          academicYear: "2026-2027",
          supervisorEmail: "d.nurlanov@iitu.edu.kz",
        },
      ],
    });
  });
});
