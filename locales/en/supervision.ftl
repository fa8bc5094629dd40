## Supervision: supervisors and coordinators on the diary (issue 9)

cmd-pending =
    .description = Diary entries waiting for your approval
cmd-characteristic =
    .description = Write the supervisor's reference for a student
cmd-grade =
    .description = Record the final practice grade
cmd-signoff =
    .description = Sign off a student's diary
cmd-export =
    .description = Department's diary status (XLSX) or your diary (PDF)
    .description-student = Your practice diary-report (F-76, PDF)
    .description-coordinator = Department's diary status (XLSX)

supervision-entry = { $student }, { $date } ({ NUMBER($hours) } h):
    { $text }
supervision-button-approve = ✅ Approve
supervision-button-return = ↩️ Send back
supervision-outcome-approved = ✅ Approved ({ $at }).
supervision-outcome-returned = ↩️ Sent back ({ $at }): { $reason }
supervision-toast-approved = Approved.
supervision-toast-returned = Sent back to the student.
supervision-student-approved = Your diary entry of { $date } has been approved.
supervision-student-returned = Your diary entry of { $date } has been sent back for changes: { $reason }
    Send /diary to correct it.
supervision-student-approved-many = { $count ->
    [one] Your diary entry has been approved: { $dates }.
   *[other] { $count } of your diary entries have been approved: { $dates }.
}

supervision-return-ask = Why is the entry sent back? Please write a comment for the student (or /cancel).
supervision-return-scene-stopped = Sending the entry back has stopped; the entry is unchanged. Press "Send back" again when you are ready.
supervision-return-scene-expired = Sending the entry back has timed out after { $hours } hours; the entry is unchanged. Press "Send back" again or send /pending.
supervision-return-scene-interrupted = Sending the entry back was interrupted by an update of the bot; the entry is unchanged. Send /pending to see it again.
supervision-give-up = Too many unsuccessful attempts, so I stopped. Nothing was changed.

supervision-pending-none = Nothing waits for your approval.
supervision-pending-header = { $count ->
    [one] One entry waits for your approval
   *[other] { $count } entries wait for your approval
} ({ $students ->
    [one] one student
   *[other] { $students } students
}).
supervision-pending-student = { $student } ({ $group }), { $count ->
    [one] one entry:
   *[other] { $count } entries:
}
supervision-pending-line = • { $date }, { NUMBER($hours) } h — { $text }
supervision-pending-approve-all = ✅ Approve all shown ({ $count })
supervision-pending-one-by-one = One by one: approve or return
supervision-pending-one-by-one-more = { $count ->
    [one] { $count } more entry waits
   *[other] { $count } more entries wait
} for a decision: open /pending when you are done with these.
supervision-pending-nothing-left = Nothing of this student waits for approval any more.
supervision-pending-list-changed = This student's entries changed since the list was shown, so nothing was approved. Here is the current list.
supervision-pending-approved = { $student }: { $count ->
    [one] one entry approved.
   *[other] { $count } entries approved.
}
supervision-pending-skipped = { $count ->
    [one] One entry was not approved: it had changed or had already been decided.
   *[other] { $count } entries were not approved: they had changed or had already been decided.
}
supervision-digest-on = New entries come to you once a day, as a digest.
supervision-digest-off = New entries come to you one by one, as soon as they are handed in.
supervision-digest-button-on = Once a day, as a digest
supervision-digest-button-off = One by one, at once

supervision-no-students = You have no student for whom you can do this.
supervision-choose-student = Which student?

supervision-characteristic-ask-text = Please write the reference for the student (their work, skills and attitude) as one message.
supervision-characteristic-ask-score = Which score from 0 to 100 do you suggest?
supervision-characteristic-saved = The reference for { $student } is saved. Suggested score: { $score } ({ $letter }, { $points }).
supervision-characteristic-scene-stopped = Writing the reference has stopped; nothing was saved. Send /characteristic to start again.
supervision-characteristic-scene-expired = Writing the reference has timed out after { $hours } hours; nothing was saved. Send /characteristic to start again.
supervision-characteristic-scene-interrupted = Writing the reference was interrupted by an update of the bot. Send /characteristic to start again.

supervision-grade-ask = Please send the final score from 0 to 100.
supervision-grade-recorded = The grade of { $student } is recorded: { $score } — { $letter } ({ $points }). The student has been told.
supervision-grade-failing-told = This grade is failing: the student has also been told what happens next (QP-06 6.10–6.11).
supervision-grade-student = Your practice grade: { $score } — { $letter } ({ $points }).
supervision-grade-scene-stopped = Recording the grade has stopped; nothing was saved. Send /grade to start again.
supervision-grade-scene-expired = Recording the grade has timed out after { $hours } hours; nothing was saved. Send /grade to start again.
supervision-grade-scene-interrupted = Recording the grade was interrupted by an update of the bot. Send /grade to start again.

supervision-signoff-done = You have signed off the diary of { $student }. It waits for the other supervisor's sign-off.
supervision-signoff-complete = You have signed off the diary of { $student }. Both supervisors have signed it off.
supervision-signoff-pending-dates = Not approved yet ({ $student }): { $dates }.

supervision-export-wait = Preparing the department's diary status…
supervision-export-usage = Please name the department: /export CODE.
supervision-export-not-yours = { $code } is not your department.
