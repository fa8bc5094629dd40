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
