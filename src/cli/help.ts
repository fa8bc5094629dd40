export const HELP = `Praktika rules CLI — eligibility checks and practice deadlines (R-23, MR-595, QP-06).

Usage:
  npm run cli -- eligibility [--input FILE] [--policy ID] [--compact]
  npm run cli -- eligibility --csv FILE [--policy ID]
  npm run cli -- deadlines --type TYPE --start YYYY-MM-DD --weeks N [--policy ID]
  npm run cli -- verify CODE
  npm run cli -- diaries --department CODE --out DIR [--lang kk|ru|en]
  npm run cli -- --help

eligibility (JSON)
  Reads one JSON object or an array of objects from --input FILE, or from
  stdin when --input is not given, and prints the verdicts as JSON (object in,
  object out; array in, array out, same order). Each item has a "check":
    promotion      level, course, funding, credits + gpa | grades, academicDebts?
    programChange  date, nextPeriodStart, firstPeriodCompleted, relatedProgramme,
                   funding, fromCreativeProgramme?, toPedagogicalProgramme?, holidayStart?
    transferOut    date, nextPeriodStart, firstPeriodCompleted, level, funding, holidayStart?
    transferIn     date, nextPeriodStart, firstPeriodCompleted, fromForeignUniversity, funding
    reinstatement  level, expelledOn, date, reason (nonPayment|other), nextPeriodStart, debtPaid?
    honours        grades, finalAttestation, retakes?
    grantRanking   candidates: [{ id, grades }]
  Any item may carry "id" (echoed back) and "policy" (overrides --policy).
  grades: [{ "course": "Math", "credits": 5, "letter": "A-", "retake": false }]
  Every verdict lists reasons { rule, met, kind, detail } with the clause.

eligibility --csv FILE (registrars)
  One promotion check per row. Header row required; columns in any order:
  id,level,course,credits,gpa,funding  (optional: academicDebts,policy).
  Comma or semicolon separated; "2,5" decimal commas are accepted.
  Prints an aligned table to stdout: id, eligible, toCourse, gpa, losesGrant,
  failing (criteria not met, e.g. "R-23 5.7 minGpa").
  Bad rows: the good rows are still printed in the table; every bad row gets
  one line on stderr ("line 6 (id S-5): gpa: expected a number between 0 and 4")
  and the exit code is 2. A bad header or malformed CSV prints nothing to stdout.

deadlines
  Prints every practice deadline the policy defines as JSON
  [{ "key", "date", "audience", "rule" }] sorted by date ("shiftedFrom" is
  added when a date fell on a weekend/holiday and was moved to a working day).
  --type   educational | pedagogical | research | production | preDiploma
  --start  first day of the practice, YYYY-MM-DD
  --weeks  duration in weeks (1–52)

verify CODE (needs the database: MONGODB_URI, else the embedded one under DATA_DIR)
  Says which diary-report (F-76) a printed verification code belongs to:
  student, placement, revision and whether a newer revision was issued.
  Exit code 3 when no document with this code was issued.

diaries --department CODE --out DIR (needs the database)
  Writes the F-76 diary-report of every placement of the department that has
  diary entries or is running/finished, as <group>-<student>-<practice type>.pdf
  into DIR (created if missing), and records each verification code.
  Exit code 2 for an unknown department or a DIR that cannot be written.
  --lang   language of the labels (default: each student's, else ru)

Options
  --policy ID   university policy (default iitu; see src/reference-data/policies)
  --compact     one-line JSON output
  -h, --help    this text

Exit codes
  0  success (verdicts may still be "not eligible")
  2  invalid input: one line per bad field on stderr, with its JSON path,
     e.g. "[2].gpa: expected a number between 0 and 4"
  1  internal error (e.g. broken reference data)
  3  verify: the code is unknown
`;
