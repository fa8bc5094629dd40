## Diary: what each reason code of the diary services means (dates are passed already formatted)

diary-reason-invalidDate = This is not a date.
diary-reason-futureDate = You cannot write an entry for a day that has not come yet.
diary-reason-beforePlacementStart = Your practice starts on { $startDate }; choose that day or a later one.
diary-reason-afterPlacementEnd = Your practice ended on { $endDate }; choose a day of the practice.
diary-reason-tooFarBack = An entry can be written at most { $limitDays } days later; the earliest day you can still fill in is { $earliest }.
diary-reason-hoursNotANumber = Please send the hours as a number, e.g. 6 or 6.5.
diary-reason-hoursOutOfRange = A day's entry has from { NUMBER($min) } to { NUMBER($max) } hours.
diary-reason-hoursStep = Hours are counted in steps of { NUMBER($step) } h, e.g. 5.5 or 6.
diary-reason-textTooShort = Please describe what you did in at least { $min ->
        [one] { $min } character
       *[other] { $min } characters
    } (now { $length }).
diary-reason-textTooLong = The text is too long: at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    } (now { $length }).
diary-reason-voiceOrPhoto = Please describe the day's work as text. A voice message or a caption under a photo is not accepted; photos can be attached as evidence afterwards.

diary-reason-already-approved = This entry has already been approved by { $name } ({ $at }).
diary-reason-already-returned = This entry has already been sent back by { $name } ({ $at }).
diary-reason-changed = The student changed this entry after this message was sent. Here is the current version.
diary-reason-notPending = This entry is not waiting for a decision.
diary-reason-notFound = This entry no longer exists.
diary-reason-reasonTooShort = Please write why the entry is sent back (at least { $min ->
        [one] { $min } character
       *[other] { $min } characters
    }).
diary-reason-reasonTooLong = The comment is too long: at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }.
diary-reason-approval-cleared = { $student } changed the entry of { $date } that you had approved. The approval is withdrawn and the entry waits for your decision again.
diary-reason-signoffs-cleared = The diary changed after it was signed off, so the sign-offs are withdrawn. Please sign it off again once every entry is approved.

diary-reason-notLinked = You are not linked to this student's practice.
diary-reason-roleCannot = Your role does not allow this.
diary-reason-organisationSupervisorApproves = This student's entries are approved by the organisation supervisor. You can send an entry back with a comment.

diary-reason-report-empty = The file is empty.
diary-reason-report-tooBig = The file is larger than { $maxMb } MB. Please send a smaller PDF or DOCX.
diary-reason-report-wrongType = Please send the report as a PDF or DOCX file.
diary-reason-report-contentMismatch = The file's contents are not a real PDF or DOCX, whatever its name says. Please save the report as PDF or DOCX again and send that file.

diary-reason-characteristicTooShort = The reference must have at least { $min ->
        [one] { $min } character
       *[other] { $min } characters
    }.
diary-reason-characteristicTooLong = The reference is too long: at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }.
diary-reason-scoreNotANumber = Please send the score as a number from 0 to 100.
diary-reason-scoreOutOfRange = The score goes from { $min } to { $max }.

diary-reason-consequence-resitFinalControl = FX: you may re-sit the final control (defend the report again) once, without repeating the practice (MR-595 42).
diary-reason-consequence-repeatPractice = F: the practice programme is not fulfilled; you will be sent to the practice again in an additional semester (QP-06 6.11; MR-595 42).
diary-reason-consequence-repeatInFreeTimeWithValidReason = If you missed the practice for a valid reason, you complete it again in your free time.
diary-reason-consequence-academicDebt = Without a valid reason, the practice becomes an academic debt (QP-06 7.4).
diary-reason-consequence-notAdmittedToStateExams = With an unsatisfactory pre-diploma practice grade you are not admitted to the state exams (QP-06 6.10).
diary-reason-consequence-scholarshipAffected = The practice grade counts like a course grade and affects the scholarship (QP-06 6.7, 6.9).

diary-reason-signoff-noEntries = The diary has no entries yet, so there is nothing to sign off.
diary-reason-signoff-entriesNotApproved = { $count ->
    [one] One entry is not approved yet; the diary can be signed off only when every entry is approved (QP-06 6.2).
   *[other] { $count } entries are not approved yet; the diary can be signed off only when every entry is approved (QP-06 6.2).
}
diary-reason-signoff-alreadySigned = You have already signed off this diary.
