## The department commission's grade and the defence protocol (QP-06 6.5–6.6)

cmd-commission =
    .description = Record the commission's grades after the report defence and get the protocol

commission-none-ready = Nobody can go before the commission now: a report is defended once both practice supervisors have signed the diary-report and the student has handed in the report. Students the commission has already graded are not listed.
commission-ask-number = Send the number of the commission meeting's protocol (e.g. 7 or 12/3-P).
commission-ask-date = Send the date of the commission meeting as DD.MM.YYYY (today at the latest).
commission-ask-members = List the commission members present, one a line, the chair first. The decision is by majority, so at least three members.
commission-ask-score = Student { $n } of { $total }: { $student }, group { $group }. Send the commission's grade from 0 to 100, or “-” if the report was not defended at this meeting.
commission-reason-protocolNumberInvalid = A protocol number starts with a letter or digit and has at most 30 characters (letters, digits, space, “.”, “/”, “-”, “№”).
commission-reason-protocolDateInvalid = That is not a date. Send it as DD.MM.YYYY, e.g. 25.12.2026.
commission-reason-protocolDateFuture = The meeting has not taken place yet: send a date no later than today.
commission-reason-membersTooFew = Name at least three commission members, one a line.
commission-reason-membersTooMany = Name at most fifteen commission members.
commission-reason-memberNameInvalid = Each line must hold a commission member's name (at most 120 characters).
commission-reason-scoreNotANumber = Send the grade as a number from 0 to 100, or “-”.
commission-reason-scoreOutOfRange = The grade must be from { $min } to { $max }.
commission-nobody-graded = Nobody was graded, so no protocol was recorded.
commission-confirm = Check protocol No. { $number } of { $date }.
    Commission members: { $members }
    Grades:
    { $grades }
    Record the grades and make the protocol?
commission-confirm-yes = Record
commission-confirm-no = Cancel
commission-cancelled = The protocol was not recorded; no grade changed.
commission-recorded = Protocol No. { $number } is recorded; commission grades: { $count }. The students were told; the protocol is attached.
commission-duplicate-number = The department already has protocol No. { $number }. Check the number and start again with /commission.
commission-grade-student = The department's commission graded your practice (protocol No. { $number }): { $score } — { $letter } ({ $points }).
commission-give-up = Too many unsuccessful attempts, so I stopped. The protocol was not recorded.
commission-scene-stopped = Recording the commission's protocol was stopped; nothing was saved. Send /commission to start again.
commission-scene-expired = The time to answer ran out ({ $hours } h); the protocol was not recorded. Send /commission to start again.
commission-scene-interrupted = Recording the commission's protocol was interrupted by a bot update. Send /commission to start again.

doc-protocol-title = Protocol No. { $number }
doc-protocol-subtitle = of the department commission's meeting on the defence of professional practice reports (QP-06 6.5–6.6)
doc-protocol-date = Date of the meeting: { $date }
doc-protocol-members = Commission members present
doc-protocol-chair = chair
doc-protocol-member = member
doc-protocol-heard = Reports heard
doc-protocol-col-student = Student
doc-protocol-col-practice = Practice, host organisation
doc-protocol-col-grade = Grade
doc-protocol-grade = { $score } — { $letter } ({ $points }), { $traditional }
doc-protocol-decision = Decided by a majority of the members present (QP-06 6.6): the students receive the grades in the table.
doc-protocol-recorded = Recorded by { $name }, { $at }
doc-grade-commission = Grade of the department's commission, protocol No. { $number } of { $date }
doc-grade-commission-members = Commission members: { $members }
