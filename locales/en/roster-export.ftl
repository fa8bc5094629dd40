## Roster export: the department's complete status workbook (issue 15)

doc-xlsx-col-status = Status
doc-xlsx-col-university-supervisor = University supervisor
doc-xlsx-col-organisation-supervisor = Organisation supervisor
doc-xlsx-status-none = no base
doc-xlsx-status-draft = draft
doc-xlsx-status-submitted = awaiting approval
doc-xlsx-status-returned = sent back
doc-xlsx-status-approved = approved
doc-xlsx-status-signed = diary signed
doc-xlsx-status-graded = graded
roster-export-caption = Practice status of { $department }: { $students ->
    [one] { $students } student
   *[other] { $students } students
}, { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}.

## Roster import: which sheet and header row were read
roster-read-sheet = Sheet read: “{ $sheet }”, headers in row { $row }.
roster-read-csv = Headers found in row { $row }.

## Broadcasts: the re-send to those who have not read it asks first

broadcast-resend-confirm = Send the announcement again to { $count } { $count ->
        [one] recipient who has
       *[other] recipients who have
    } not read it yet?
broadcast-resend-confirm-button = Send again ({ $count })
broadcast-resend-cancel-button = Cancel
broadcast-resend-cancelled = Nothing was sent.

## Bases in bulk: one list of the bases sent for approval, "approve all shown" on /bases

cp-grouped-placement-submitted = { $count ->
        [one] { $count } student has
       *[other] { $count } students have
    } sent their host organisation for your approval (6B03104 §9.1):
cp-grouped-line-placement = • { $student } ({ $studentNumber }, { $group }) — { $organisation }
cp-grouped-bases-button = Review and approve (/bases)
cp-bases-approve-shown-button = ✅ Approve all shown ({ $count })
cp-bases-approve-shown-hint = { $count } shown above: approve them one by one, or all at once.
cp-bases-list-changed = The list has changed since it was shown (a base was sent, changed or decided). Nothing was approved; here is the current list.
cp-bases-approved-shown = Approved { $approved } of { $count } shown:
cp-bases-approved-shown-line = • { $student } ({ $studentNumber }): { $outcome ->
        [approved] approved, the student has been told
        [alreadyDecided] already decided, nothing changed
        [changed] changed by the student since, not approved
        [organisationRejected] the host organisation is rejected, not approved
        [forbidden] not yours to approve
       *[refused] not approved
    }

## /students: status and practice-type words taken as filters (comma-separated; every language is understood)

cp-students-words-status-draft = draft, drafts
cp-students-words-status-submitted = waiting, awaiting approval, sent
cp-students-words-status-approved = approved
cp-students-words-status-returned = sent back, returned
cp-students-words-status-active = running, in progress
cp-students-words-status-finished = finished, completed
cp-students-words-type-educational = educational
cp-students-words-type-pedagogical = teaching, pedagogical
cp-students-words-type-research = research
cp-students-words-type-production = industrial, production
cp-students-words-type-preDiploma = pre-diploma, prediploma
