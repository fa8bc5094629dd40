## Diary: the student's practice diary in the chat (/diary, /progress, /entries, /report, /export)

cmd-diary =
    .description = Write today's diary entry
cmd-progress =
    .description = Hours of practice: approved, handed in, required
cmd-entries =
    .description = My diary week by week
cmd-report =
    .description = Upload the practice report

diary-scene-stopped = The diary entry is paused. What you have written is saved: send /diary to continue.
diary-scene-expired = The diary entry has timed out: there was no answer for { $hours } { $hours ->
        [one] hour
       *[other] hours
    }. What you have written is saved: send /diary to continue.
diary-scene-interrupted = The diary entry was interrupted by an update of the bot. What you have written is saved: send /diary to continue.
diary-scene-cancelled = The diary entry is cancelled and nothing was sent. What you have written is saved: send /diary to continue.
diary-scene-gave-up = Too many unsuccessful attempts, so I stopped asking. What you have written is saved: send /diary to continue.
report-scene-stopped = The report upload has stopped. Send /report to upload it.
report-scene-expired = The report upload has timed out: there was no file for { $hours } { $hours ->
        [one] hour
       *[other] hours
    }. Send /report to upload it.
report-scene-interrupted = The report upload was interrupted by an update of the bot. Send /report to upload it.
report-scene-gave-up = Too many unsuccessful attempts. Send /report when the report is ready as a PDF or DOCX file.

diary-no-placement = You have no approved practice placement yet, so there is no practice diary to keep. When the department approves your placement, the diary opens here.
diary-not-started = Your practice starts on { $start }. The diary can be kept from that day.
diary-no-days = Your practice ended on { $end } and the days in which entries could still be written have passed. Use /entries to see your diary and /export to download it.

diary-resume-ask = You have an unfinished diary entry (day: { $date }). Continue your draft?
diary-resume-yes = Continue the draft
diary-resume-no = Start again

diary-ask-date = Which day is the entry for?
diary-today = Today, { $date }
diary-mark-weekend = (day off)
diary-mark-holiday = (public holiday)
diary-day-is-weekend = { $date } is a day off. An entry for it is accepted and marked as a day off.
diary-day-is-holiday = { $date } is a public holiday. An entry for it is accepted and marked as a holiday.
diary-status-short-draft = draft
diary-status-short-submitted = awaiting approval
diary-status-short-approved = approved
diary-status-short-returned = sent back
diary-editing = There is already an entry for { $date } ({ $status }, { $hours } h). What you send now replaces it:

    { $text }
diary-returned-reason = Supervisor's comment: { $reason }

diary-ask-hours = How many hours did you work? Choose or type a number from 0.5 to 12 (the norm is { $hours } h a day).
diary-hours-button = { $hours } h
diary-hours-default = { $hours } h ✓

diary-ask-text = Describe what you did that day: at least { $min } and at most { $max } { $max ->
        [one] character
       *[other] characters
    }. Type it as a message.
diary-ask-text-edit = Send the new text of the entry, or keep the current one.
diary-keep-keep = Keep the current text
diary-photo-kept-type-text = The photo is kept as evidence ({ $count } attached). Now please type what you did as a text message.

diary-ask-evidence = You may attach photos or a document as evidence (optional). Send them one by one, then press "Done".
diary-evidence-added = Attached: { $count }. Send another one or press "Done".
diary-evidence-done = Done
diary-evidence-expected = Please send a photo or a document, or press "Done".

diary-summary =
    Day: { $date }
    Hours: { $hours }
    Attached: { $evidence }

    { $text }
diary-confirm-question =
    Please check the entry:

    { $summary }
diary-confirm-send = Send for approval
diary-confirm-restart = Write it again
diary-confirm-later = Keep as a draft
diary-saved-as-draft = The entry is kept as a draft and not sent. Send /diary to continue.

diary-sent = The entry for { $date } is saved and sent for approval.
diary-updated = The entry for { $date } is changed and sent for approval again.
diary-sent-marked-weekend = It is marked as an entry for a day off.
diary-sent-marked-holiday = It is marked as an entry for a public holiday.
diary-approval-cleared-student = The entry had been approved; after your change the approval is withdrawn and the supervisor has been told.
diary-sent-to-approver = Your supervisor has received it.
diary-no-approver = No supervisor is linked to your practice yet; they will see the entry once assigned.
diary-unchanged = The entry for { $date } is the same as before, so nothing was changed.

diary-notify-entry =
    New diary entry of { $student } for { $date } ({ $hours } h):

    { $text }
diary-notify-entry-edited =
    { $student } changed the diary entry for { $date } ({ $hours } h):

    { $text }
diary-notify-approve = Approve
diary-notify-return = Send back
diary-notify-report = { $student } uploaded the practice report "{ $file }" ({ $size } MB) on { $date }.

report-ask = Send the practice report as a PDF or DOCX file (at most { $maxMb } MB).
report-need-document = Please send the report as a file (PDF or DOCX), not as a message or a photo.
report-uploaded = The practice report is received and stored.
report-replaced = The new version of the practice report is received; the previous one is kept in the history.
report-supervisor-told = Your university supervisor has been told.
report-no-supervisor = No university supervisor is assigned to you yet; they will see the report when assigned.
report-unchanged = This is exactly the report you uploaded before, so nothing was changed.

diary-progress-title = Practice diary, { $start } – { $end }
diary-progress-approved = Approved: { $approved } of { $required } h
diary-progress-submitted = Handed in: { $submitted } h (awaiting approval: { $awaiting } h)
diary-progress-week = This week ({ $from } – { $to }): { $hours } of { $target } h
diary-progress-missing = { $count ->
        [one] One working day
       *[other] { $count } working days
    } without an entry: { $days }
diary-progress-no-missing = Every working day so far has an entry.
diary-progress-returned = { $count ->
        [one] One entry was
       *[other] { $count } entries were
    } sent back for changes:
diary-progress-days-left = { $days ->
        [one] { $days } day
       *[other] { $days } days
    } of practice left ({ $working ->
        [one] { $working } working day
       *[other] { $working } working days
    }).
diary-progress-not-started = The practice has not started yet ({ $days ->
        [one] { $days } day
       *[other] { $days } days
    } of practice ahead).
diary-progress-ended = The practice has ended.

diary-week-title = Week { $index } of { $pages }: { $from } – { $to }
diary-week-hours = Handed in: { $hours } h, approved: { $approved } h
diary-week-empty = No entries this week.
diary-status-approved-by = approved by { $name }, { $at }
diary-status-returned-by = sent back by { $name }: { $reason }
diary-week-previous = ◀ Previous week
diary-week-next = Next week ▶

diary-export-wait = Preparing your diary-report; I will send it in a few seconds.
diary-export-caption = Practice diary-report (F-76). Verification code: { $code } (version { $revision }).
diary-account-unlinked = The entry was not saved: your Telegram account is no longer linked to this student ID. If this is a mistake, contact your department's practice coordinator.
