## Roster import: file problems (dates and numbers arrive formatted)

roster-file-too-large = The file is larger than 20 MB, and Telegram does not let bots download larger files. Split the roster into several files.
roster-file-unsupported-type = This file type cannot be read. Send the roster as a CSV file or an Excel workbook (.xlsx); save an old .xls workbook as .xlsx first.
roster-file-empty = The file has no student rows under the header row.
roster-file-unreadable = The file could not be read. Check that it opens in Excel and send it again.
roster-file-too-many-rows = The file has more than { $max ->
        [one] { $max } row
       *[other] { $max } rows
    }. Split it by group or by year of study.

## Roster import: columns (headers may be written in English, Russian or Kazakh)

roster-column-studentNumber = Student ID
roster-column-fullName = Full name
roster-column-group = Group
roster-column-programmeCode = Programme code
roster-column-course = Year of study
roster-column-level = Level
roster-column-practiceType = Practice type
roster-column-startDate = Start
roster-column-endDate = End
roster-column-weeks = Weeks
roster-column-supervisorEmail = University supervisor's e-mail

## Roster import: errors (nothing is imported while any is left)

roster-errors-header = Nothing was imported: the file has { $count ->
        [one] { $count } error
       *[other] { $count } errors
    }. Correct the file and send it again.
roster-error-in-cell = Row { $row }, column “{ $column }”: { $reason }
roster-error-in-header = Header row, column “{ $column }”: { $reason }
roster-error-missing-column = the column is missing.
roster-error-duplicate-column = the column appears twice; keep one of them.
roster-error-required = the cell is empty.
roster-error-student-number-format = a student ID is 4 to 20 letters or digits with at least one digit, e.g. 20210345.
roster-error-name-too-short = too short for a full name.
roster-error-name-too-long = a full name has at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }.
roster-error-name-letters-only = only letters, hyphens and apostrophes are allowed in a name.
roster-error-name-need-surname-and-name = give both the surname and the first name.
roster-error-name-too-many-words = more than five words; give the surname, first name and patronymic only.
roster-error-group-format = a group is 2 to 20 letters, digits, spaces or hyphens with at least one digit, e.g. SE-2203.
roster-error-programme-code-format = a programme code looks like 6B06102: a digit, a letter and five digits.
roster-error-programme-code-level-mismatch = for this level the programme code starts with { $prefix }.
roster-error-course-range = for this level the year of study is from { $min } to { $max }.
roster-error-level-unknown = unknown level; write bachelor, master or PhD.
roster-error-practice-type-unknown = unknown practice type; write educational, teaching, research, industrial or pre-diploma.
roster-error-date-format = not a date; write it as 11.01.2027 or 2027-01-11.
roster-error-weeks-range = a practice lasts from { $min } to { $max ->
        [one] { $max } week
       *[other] { $max } weeks
    }.
roster-error-email-format = not an e-mail address.
roster-error-email-too-long = an e-mail address has at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }.
roster-error-end-before-start = the practice must end after it starts ({ $start }).
roster-error-start-too-early = the start is more than a year ago; the earliest possible start is { $earliest }.
roster-error-start-too-late = the start is more than two years ahead; the latest possible start is { $latest }.
roster-error-weeks-mismatch = { $weeks ->
        [one] { $weeks } week is
       *[other] { $weeks } weeks are
    } given, but the dates span { $calendarWeeks ->
        [one] { $calendarWeeks } week
       *[other] { $calendarWeeks } weeks
    }; a practice of this length from this start ends on { $expectedEnd } (QP-06 3.6).
roster-error-duplicate-row = this student already has this practice type in the same academic year in row { $firstRow }.
roster-error-conflicting-student = differs from row { $firstRow } for the same student ID.
roster-error-other-department = this student is on another department's roster. Ask that department's practice coordinator, or remove the row.

## Roster import: result

roster-imported = The roster is imported: { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }.
roster-imported-students = Students: new — { $new }, updated — { $updated }, unchanged — { $unchanged }.
roster-imported-placements = Practice records (drafts): new — { $new }, updated — { $updated }, unchanged — { $unchanged }.
roster-skipped-header = { $count ->
        [one] { $count } practice record was
       *[other] { $count } practice records were
    } left as they are because the students have already sent them for approval:
roster-skipped-line = { $studentNumber }: { $practiceType }, { $academicYear } — { $status }
roster-to-confirm-header = { $count ->
        [one] { $count } student is
       *[other] { $count } students are
    } already registered in the bot under a student ID from the roster. Confirm that each is the same person; until then the roster data is not applied to them:
roster-to-confirm-line = { $studentNumber }: registered as { $registeredFullName } ({ $registeredGroup }); on the roster: { $rosterFullName } ({ $rosterGroup })
roster-confirm-button = Same person
roster-dismiss-button = Someone else
roster-confirmed = Confirmed: the roster data now applies to this student; practice records created — { $new }.
roster-dismissed = The roster row is set aside; the student's own profile stays as it is.
roster-already-decided = This has already been decided.
roster-invitations-sent = The file has { $count ->
        [one] { $count } personal link
       *[other] { $count } personal links
    }: give each student their own. Each link works once and is valid until { $expires }.
roster-invitations-none = No new links were needed: every student on the roster already has a valid link or has joined the bot.
roster-reissued = { $count ->
        [one] { $count } new link is
       *[other] { $count } new links are
    } in the file; the previous unused links no longer work.

## Roster import: the links workbook (column titles)

roster-sheet-title = Invitations
roster-sheet-student-number = Student ID
roster-sheet-full-name = Full name
roster-sheet-group = Group
roster-sheet-link = Personal link
roster-sheet-expires = Valid until

## Practice placements

placement-status-draft = being filled in
placement-status-submitted = waiting for approval
placement-status-approved = approved
placement-status-returned = returned for changes
placement-status-active = in progress
placement-status-finished = finished

placement-type-educational = educational practice
placement-type-pedagogical = teaching practice
placement-type-research = research practice
placement-type-production = industrial practice
placement-type-preDiploma = pre-diploma practice

placement-field-organisation = host organisation
placement-field-unit = unit where you will work
placement-field-contractNumber = practice agreement number
placement-field-contractDate = practice agreement date
placement-field-organisationSupervisorName = organisation supervisor's full name
placement-field-organisationSupervisorPhone = organisation supervisor's phone
placement-field-organisationSupervisorEmail = organisation supervisor's e-mail
placement-field-startDate = start date
placement-field-endDate = end date
placement-field-weeks = number of weeks
placement-incomplete = Before sending it for approval, fill in: { $fields }.

## Practice placements: why a value is refused (kind and reason of the service's issues)

placement-required-missing = This is required.
placement-bin-format = A BIN has 12 digits.
placement-bin-check-digit = This BIN fails its check digit, so it has a typo. Compare it with the practice agreement.
placement-bin-not-for-foreign = Foreign organisations have no BIN; leave it empty.
placement-phone-characters = A phone number may contain only digits, spaces, hyphens, brackets and a leading +.
placement-phone-length = A Kazakhstan number has 10 digits after +7 or 8, e.g. +7 701 234 56 78.
placement-phone-prefix = Start a Kazakhstan number with +7 or 8.
placement-phone-not-kazakhstan = This is not a Kazakhstan number: after +7 they start with 6 or 7.
placement-email-format = This is not an e-mail address, e.g. name@company.kz.
placement-email-too-long = An e-mail address has at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }.
placement-name-too-short = Too short for a full name: give the surname and first name.
placement-name-too-long = A full name has at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }.
placement-name-letters-only = Only letters, hyphens and apostrophes are allowed in a name.
placement-name-need-surname-and-name = Give both the surname and the first name.
placement-name-too-many-words = More than five words: give the surname, first name and patronymic only.
placement-text-too-short = Too short: at least { $min ->
        [one] { $min } character
       *[other] { $min } characters
    }.
placement-text-too-long = Too long: at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }.
placement-date-invalid-date = This is not a date; write it as 11.01.2027.
placement-date-end-before-start = The practice must end after it starts ({ $start }).
placement-date-start-too-early = The start is more than a year ago; the earliest possible start is { $earliest }.
placement-date-start-too-late = The start is more than two years ahead; the latest possible start is { $latest }.
placement-date-academic-year-format = Write the academic year like 2026-2027.
placement-date-academic-year-mismatch = A practice starting on this date belongs to the { $expected } academic year, not { $academicYear }.
placement-date-weeks-range = A practice lasts from { $min } to { $max ->
        [one] { $max } week
       *[other] { $max } weeks
    }.
placement-date-weeks-mismatch = { $weeks ->
        [one] { $weeks } week is
       *[other] { $weeks } weeks are
    } given, but the dates span { $calendarWeeks ->
        [one] { $calendarWeeks } week
       *[other] { $calendarWeeks } weeks
    }. A practice of this length from this start ends on { $expectedEnd } (QP-06 3.6).
placement-date-contract-after-end = The practice agreement cannot be dated after the practice ends ({ $end }).
placement-date-contract-too-early = The agreement date is too early (before { $earliest }); check the year.
placement-country-format = Give the country as a two-letter code, e.g. KZ, UZ or RU.
placement-organisation-not-found = This organisation is not in the list; choose it again.
placement-organisation-rejected = The department has not approved this organisation as a host organisation. Choose another one.
placement-status-locked = The practice has already begun, so these details can no longer be changed.
placement-contract-late = The practice agreement is dated { $contractDate }, later than required: it should be signed no later than { $deadline }. It is accepted, and the department's practice coordinator is informed.

## Practice placements: refusals of the access policy

placement-denied-noRole = This is not available to you.
placement-denied-notOwnRecord = This is another student's record.
placement-denied-notAssigned = This student is not assigned to you.
placement-denied-notLinked = You are not this student's organisation supervisor.
placement-denied-otherDepartment = This belongs to another department.
placement-denied-organisationSupervisorApproves = Entries of this student are approved by the organisation supervisor. You can return an entry for changes with a comment.
placement-denied-notConfirmed = The department has not yet confirmed you as this student's organisation supervisor.

## Invitations: outcomes added with placements and rosters

invite-revoked = This invitation has been replaced by a newer one. Ask the person who sent it for the new link.
invite-conflict = This personal link belongs to another student record, and your Telegram account already has one. Nothing was changed. Contact your department's practice coordinator.
