## End of practice (QP-06 6.2–6.5): sign-off, early sign-off, reopening, grade, files

cmd-reopen =
    .description = Return a signed diary-report for corrections
cmd-earlysignoff =
    .description = Allow a diary-report to be signed before the practice ends
cmd-reportfile =
    .description = Get a student's practice report

diary-locked = Your diary-report is signed by the practice supervisors, so entries can no longer be added or changed. If something must be corrected, ask your practice supervisor: they can return the diary-report for corrections.
diary-reason-organisationSupervisorPending = The department's practice coordinator has not yet confirmed you as the organisation's practice supervisor. Until then your decisions on the diary-report do not count.

signoff-summary-title = Diary-report of { $student } before signing:
signoff-summary-hours = Hours approved: { $approved } of { $required }.
signoff-summary-missing = { $count ->
    [one] { $count } working day without an entry: { $days }.
   *[other] { $count } working days without an entry: { $days }.
}
signoff-summary-pending = { $count ->
    [0] No entries are waiting for a decision.
    [one] { $count } entry is waiting for a decision.
   *[other] { $count } entries are waiting for a decision.
}
signoff-summary-early = The department's practice coordinator allowed the diary-report to be signed early. Reason: { $reason }
signoff-too-early = The diary-report can be signed from the practice's last working day ({ $date }), or earlier once every required hour is approved. The department's practice coordinator may allow an early sign-off.
signoff-summary-confirm = If everything is right, confirm the signature with the button below.
signoff-confirm-button = Sign the diary-report

signoff-early-ask = Give the reason why the diary-report may be signed before the practice ends (3 to 1,000 characters).
signoff-early-done = An early sign-off of { $student }'s diary-report is allowed. The practice supervisors have been told.
signoff-early-allowed-supervisor = The department's practice coordinator allowed { $student }'s diary-report to be signed before the practice ends. Reason: { $reason }
signoff-early-scene-stopped = Allowing an early sign-off was stopped; nothing was saved. Send /earlysignoff to start again.
signoff-early-scene-expired = The time to answer ran out ({ $hours } h); nothing was saved. Send /earlysignoff to start again.
signoff-early-scene-interrupted = Allowing an early sign-off was interrupted by a bot update. Send /earlysignoff to start again.

reopen-ask = Say what must be corrected in the diary-report (3 to 1,000 characters). The signatures and the grade will be cleared; the student and the department's practice coordinator will be told.
reopen-done = { $student }'s diary-report is returned for corrections: signatures and grade cleared, the student and the department's practice coordinator told.
reopen-not-signed = The diary-report is not signed yet; there is nothing to return.
reopen-told-student = Your practice supervisor returned your diary-report for corrections. Reason: { $reason } The signatures and the grade are cleared; it will be signed again after the corrections.
reopen-told-coordinator = { $student }'s diary-report was returned for corrections by a practice supervisor. Reason: { $reason } The signatures and the grade are cleared.
reopen-scene-stopped = Returning the diary-report was stopped; nothing changed. Send /reopen to start again.
reopen-scene-expired = The time to answer ran out ({ $hours } h); nothing changed. Send /reopen to start again.
reopen-scene-interrupted = Returning the diary-report was interrupted by a bot update. Send /reopen to start again.

grade-not-ready = { $student } can be graded only after both practice supervisors have signed the diary-report and the report is handed in. Missing:
grade-missing-signOffs = • the practice supervisors' signatures on the diary-report;
grade-missing-report = • the practice report.

reportfile-caption = Practice report of { $student }: “{ $file }”.
reportfile-none = { $student } has not handed in a practice report yet.
supervision-attachments-button = Attachments ({ $count })
supervision-attachments-caption = { $student }, entry of { $date }.
doc-early-signoff = Early sign-off allowed by the department's practice coordinator ({ $name }, { $date }). Reason: { $reason }
