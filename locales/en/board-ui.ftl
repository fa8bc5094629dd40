## The department's board (Telegram Mini App, src/board-ui)

board-ui-title = Practice board
board-ui-loading = Loading…
board-ui-working = Working…
board-ui-close = Close
board-ui-back = Back
board-ui-total = Total
board-ui-department = Department:
board-ui-tab-department = Department
board-ui-tab-supervision = My students
board-ui-tab-roster = Students
board-ui-tab-queues = Waiting for you
board-ui-tab-counts = By group

## Errors

board-ui-error-title = The board cannot open
board-ui-error-reopen = Close the board and open it again from the bot's menu button.
board-ui-error-noLaunch = Open the board from Telegram: the bot's menu button or a button under its message.
board-ui-error-badRequest = The request was not understood. Reload the board.
board-ui-error-noAuth = Telegram did not pass your sign-in data.
board-ui-error-badSignature = Your sign-in data could not be verified.
board-ui-error-stale = Your session has expired.
board-ui-error-unknownUser = We do not know you yet: start the bot in the chat first.
board-ui-error-forbidden = You do not have access to this.
board-ui-error-notFound = Nothing was found: it may have been deleted.
board-ui-error-tooLarge = The request is too large: select fewer rows.
board-ui-error-internal = Something went wrong on the server. Try again in a minute.
board-ui-error-network = No connection to the server. Check the internet connection and try again.

## Students (a student who opens the board)

board-ui-student-title = Hello, { $name }!
board-ui-student-text = This board is for department staff and supervisors.
board-ui-student-hint = Your diary, report and progress are in the chat with the bot: /diary, /progress, /entries.

## Statuses and practice types

board-ui-status-none = no host organisation
board-ui-status-draft = being filled in
board-ui-status-submitted = awaiting approval
board-ui-status-returned = sent back
board-ui-status-approved = approved
board-ui-status-active = in progress
board-ui-status-finished = finished
board-ui-status-signed = diary signed
board-ui-status-graded = graded
board-ui-practice-educational = educational practice
board-ui-practice-pedagogical = teaching practice
board-ui-practice-research = research practice
board-ui-practice-production = industrial practice
board-ui-practice-preDiploma = pre-diploma practice
board-ui-entry-submitted = awaiting approval
board-ui-entry-approved = approved
board-ui-entry-returned = sent back

## Roster

board-ui-roster-search = Name, student ID or group
board-ui-filter-status = Any status
board-ui-filter-practice-type = Any practice type
board-ui-filter-supervisor = Any university supervisor
board-ui-filter-supervisor-none = No university supervisor
board-ui-filter-behind = Behind on hours
board-ui-filter-no-base = No host organisation yet
board-ui-roster-total = { $count ->
    [one] { $count } student
   *[other] { $count } students
}
board-ui-roster-empty = Nobody matches.
board-ui-select-page = Select everyone on this page
board-ui-select-all = Select all
board-ui-col-name = Name
board-ui-col-id = Student ID
board-ui-col-group = Group
board-ui-col-status = Status
board-ui-col-base = Host organisation
board-ui-col-supervisor = University supervisor
board-ui-col-hours = Approved hours
board-ui-col-hours-norm = Approved / due so far
board-ui-col-pending = Awaiting
board-ui-not-linked = (link not claimed)
board-ui-behind = behind
board-ui-page-previous = ← Previous
board-ui-page-next = Next →
board-ui-page-of = Page { $page } of { $pages }

## Bulk actions

board-ui-bulk-label = Actions on the selected students
board-ui-selected = Selected: { $count }
board-ui-bulk-approve-bases = Approve host organisations
board-ui-bulk-supervisor = University supervisor…
board-ui-bulk-assign = Assign
board-ui-bulk-reissue = New links
board-ui-bulk-export = Export to XLSX
board-ui-bulk-reissued = { $count ->
    [one] { $count } new link issued; the old one no longer works.
   *[other] { $count } new links issued; the old ones no longer work.
}
board-ui-bulk-exported = { $count ->
    [one] The spreadsheet of { $count } student has been downloaded.
   *[other] The spreadsheet of { $count } students has been downloaded.
}
board-ui-bulk-summary = Done: { $done }. Not done: { $failed }.
board-ui-row-done = done
board-ui-row-forbidden = not allowed for you
board-ui-row-notFound = no longer exists
board-ui-row-changed = changed since the board loaded it: reload and check
board-ui-row-alreadyDecided = already decided
board-ui-row-notSubmitted = not submitted for approval
board-ui-row-organisationRejected = the host organisation was rejected by the department
board-ui-row-notSupervisor = not a university supervisor of this department
board-ui-row-alreadyLinked = the student has already claimed their link
board-ui-row-reasonRequired = a reason is required
board-ui-row-invalid = invalid data
board-ui-row-failed = failed, try again
board-ui-row-noPlacement = no practice details yet

## A student's page

board-ui-student-placement = Practice
board-ui-student-supervisors = Supervisors
board-ui-student-outcome = Results
board-ui-practice-type = Practice type
board-ui-dates = Dates
board-ui-return-reason = Reason
board-ui-return-reason-placeholder = Reason for sending back (required)
board-ui-no-placement = The student has not filled in their practice details yet.
board-ui-university-supervisor = University supervisor
board-ui-organisation-supervisor = Organisation supervisor
board-ui-not-confirmed = not confirmed yet
board-ui-report = Report
board-ui-characteristic = Characteristic
board-ui-grade = Grade
board-ui-signoffs = Diary signatures
board-ui-signed = { $who }: signed
board-ui-not-signed = { $who }: not signed yet
board-ui-f76-download = Download the F-76
board-ui-weeks = Diary entries by week
board-ui-no-entries = no diary entries yet
board-ui-week = Week { $index } ({ $from } – { $to })
board-ui-week-hours = approved { $approved } h of { $norm } h
board-ui-attachments = Attachments: { $files }
board-ui-hours = { $hours } h
board-ui-heatmap-title = Hours by day
board-ui-heatmap-empty = The practice dates are not set yet.
board-ui-heatmap-legend = No hours, under 4, under 8, 8 and more:
board-ui-weekday-1 = Mo
board-ui-weekday-2 = Tu
board-ui-weekday-3 = We
board-ui-weekday-4 = Th
board-ui-weekday-5 = Fr
board-ui-weekday-6 = Sa
board-ui-weekday-7 = Su

## Queues

board-ui-queue-bases = Host organisations to approve
board-ui-queue-supervisors = Organisation supervisors to confirm
board-ui-queue-no-base = No approved host organisation, practice starts soon
board-ui-queue-silent = No diary entries for several working days
board-ui-queue-empty = Nothing here.
board-ui-queue-approve-all = { $count ->
    [one] Approve the { $count } shown
   *[other] Approve all { $count } shown
}
board-ui-starts = starts { $date }
board-ui-last-entry = last entry { $date }

## Supervisor

board-ui-my-students = My students
board-ui-my-students-empty = You do not supervise anyone yet.
board-ui-as-universitySupervisor = as university supervisor
board-ui-as-organisationSupervisor = as organisation supervisor
board-ui-of-required = { $hours } h required in all
board-ui-pending = Diary entries awaiting approval
board-ui-pending-empty = No entries are waiting for you.
board-ui-approve-selected = Approve selected
board-ui-return-selected = Send back selected
board-ui-reason-required = Write the reason for sending back: the student will see it.
