## Coordinator: placements, /bases, /students, /assign, roster upload

cp-placement-summary = { $student } ({ $studentNumber }, { $group })
    Practice type: { $practiceType }, { $start } – { $end }
    Host organisation: { $organisation }{ $organisationStatus ->
        [proposed] {" "}(new, not yet approved by the department)
        [rejected] {" "}(rejected by the department)
       *[approved] {""}
    }
    Practice agreement: { $contract } of { $contractDate }{ $late ->
        [yes] {" "}— signed later than the rule requires
       *[no] {""}
    }
cp-approve-button = ✅ Approve
cp-return-button = ↩️ Send back with a reason

cp-student-approved = Your host organisation is approved: { $organisation }, { $start } – { $end }. You can now invite your organisation supervisor: send /invite_orgsupervisor.
cp-student-returned = Your host organisation details ({ $organisation }, { $start } – { $end }) were sent back for changes. The practice coordinator wrote: “{ $reason }”. Correct the details with /base and send them again.

cp-decision-approved = ✅ Approved: { $student }. The student has been told.
cp-decision-returned = ↩️ Sent back for changes: { $student }. The student has been told the reason.
cp-decision-already = This has already been decided; the status now: { $status }. Nothing was changed.
cp-decision-changed = The student changed the details after this message was sent. Nothing was changed; the current version is below.
cp-decision-not-submitted = The student has not sent these details for approval yet. Nothing was changed.
cp-decision-organisation-rejected = The department has rejected this host organisation, so the placement cannot be approved. Send it back with a reason instead.
cp-decision-not-found = This record no longer exists.

cp-return-ask-reason = Why are you sending it back? Write what the student should correct (up to { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }); the student will see your words.
cp-return-done = Sent back for changes: { $student }. The student will see your reason: “{ $reason }”.
cp-return-too-many-attempts = The reason was not accepted several times, so nothing was sent back. Press the button again when you are ready.
cp-return-scene-stopped = Sending back was stopped; nothing was changed. Press the button again, or send /bases.
cp-return-scene-expired = Sending back has timed out: there was no reason for { $hours } { $hours ->
        [one] hour
       *[other] hours
    }. Nothing was changed; press the button again, or send /bases.
cp-return-scene-interrupted = Sending back was interrupted by an update of the bot; nothing was changed. Press the button again, or send /bases.

cp-department-needed = Add the department code after the command, e.g. /{ $command } CS.
cp-department-not-found = This department was not found.

cp-bases-none = No host organisation details are waiting for your approval.
cp-bases-header = Waiting for approval: { $count }. Page { $page } of { $pages }.
cp-page-prev = ◀️ Back
cp-page-next = Next ▶️
cp-page-of = Page { $page } of { $pages }

cp-students-header = Students: { $count }. Page { $page } of { $pages }.
cp-students-filters = Group: { $group }; practice type: { $practiceType }; status: { $status }
cp-filter-any = any
cp-filter-type-button = 🔄 Practice type
cp-filter-status-button = 🔄 Status
cp-students-line = { $n }. { $student } ({ $studentNumber }, { $group }) — { $placements }
cp-students-placement = { $practiceType }: { $status }
cp-students-no-placement = no practice record
cp-students-none = Nobody matches these filters.
cp-students-usage = You may write a group after the command, e.g. /students SE-2203. Choose the practice type and the status with the buttons under the list.

cp-assign-usage = Write a student ID or a group after the command: /assign 20210345 or /assign SE-2203.
cp-assign-no-supervisors = Your department has no university supervisors in the bot yet. Invite them with /invite_supervisor.
cp-assign-no-placements = This student has no open practice record.
cp-assign-not-found = No student or group of your department matches this.
cp-assign-group-too-long = This group name is too long for the buttons; assign the students one by one with their student IDs.
cp-assign-nobody = nobody
cp-assign-choose-student = Choose the university supervisor for { $student } ({ $studentNumber }), { $practiceType }. Now: { $current }.
cp-assign-choose-group = Choose the university supervisor for group { $group }: { $count ->
        [one] { $count } practice record
       *[other] { $count } practice records
    }.
cp-assign-done = { $supervisor } is now the university supervisor; records changed: { $count }.
cp-assign-stale = The assignment has changed since this message; nothing was changed. Send /assign again.
cp-assign-not-supervisor = This person is no longer a university supervisor of your department. Nothing was changed.

cp-roster-department-needed = Write your department's code in the file's caption, e.g. CS, and send the file again.
cp-roster-download-failed = The file could not be downloaded from Telegram. Nothing was imported; please send it again.

cmd-bases =
    .description = Host organisations waiting for approval
cmd-students =
    .description = Students of the department, with filters
cmd-assign =
    .description = Assign a university supervisor

## Search in /students
cp-search-header = Found for “{ $query }”: { $count }.
cp-search-more = Showing the first { $shown }. Narrow the search: add letters of the name or send the student ID.
cp-search-none = Nobody in the department matches “{ $query }”. Send a student ID, a group or part of a surname.
