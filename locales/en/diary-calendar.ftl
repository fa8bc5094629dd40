## Diary calendar: late entries, excused days, weekly norms

diary-reason-beforeDiaryOpened = The diary can be written from { $openedOn }, the day your practice base was approved. An earlier day can be filled in only with your supervisor's permission.

cmd-permit =
    .description = Let a student fill in missed diary days
cmd-excuse =
    .description = Mark days of excused absence

diary-calendar-permit-usage = How to send it: /permit <student ID> <dd.mm.yyyy>[,dd.mm.yyyy…], e.g. /permit 20B030123 12.11.2026,13.11.2026
diary-calendar-excuse-usage = How to send it: /excuse <student ID> <dd.mm.yyyy>[-dd.mm.yyyy] <reason>, e.g. /excuse 20B030123 16.11.2026-18.11.2026 sick leave. You can attach the certificate: send its photo or file with this command as the caption.
diary-calendar-args-usage = The command was not understood.
diary-calendar-args-badDate = The date is not valid: use dd.mm.yyyy and a day that exists.
diary-calendar-args-badRange = The last day of the period is before the first one.
diary-calendar-args-tooManyDays = At most 31 days can be given at once.
diary-calendar-args-reasonLength = Please give the reason: 3 to 300 characters.
diary-calendar-unknown-student = No student with this ID was found.
diary-calendar-no-diary = This student has no practice diary yet: the practice base is not approved or the practice dates are not set.
diary-calendar-date-outsidePractice = { $date } is not a day of this student's practice.
diary-calendar-date-future = { $date } has not come yet: a permission is only needed for past days.
diary-calendar-date-alreadyWritable = The student can fill in { $date } without a permission.
diary-calendar-permit-done = { $student } may now fill in the diary for { $dates }. The student has been told; the diary-report will mark these entries.
diary-calendar-excuse-done = Excused days of { $student } marked: { $dates }. They are not absences; the practice now requires { NUMBER($required) } h.
diary-calendar-late-granted = Your supervisor allowed you to fill in the diary for { $dates }. You can now choose these days when writing an entry.
diary-calendar-excused-marked = Your supervisor marked these days as excused: { $dates } ({ $reason }). They are not absences, and the hours required for those weeks are lower.

diary-calendar-notify-entry =
    { $edited ->
        [yes] { $student } changed the diary entry for { $date } ({ $hours } h):
       *[no] New diary entry of { $student } for { $date } ({ $hours } h):
    }
    { $flag ->
        [week] ⚠ { $weekHours } h handed in this week — more than 40 h a week (Labour Code of Kazakhstan, art. 68).
        [late] ⚠ Written { $lateDays } days after the day.
       *[both] ⚠ { $weekHours } h handed in this week — more than 40 h a week (Labour Code of Kazakhstan, art. 68). Written { $lateDays } days after the day.
    }

    { $text }
diary-calendar-flag-weekOver40 = { "  " }⚠ more than 40 h this week
diary-calendar-flag-writtenLate = { "  " }⚠ written late

diary-progress-shortfall = { NUMBER($hours) } h short: even with an entry on every remaining working day the practice's hours will not be reached.
diary-progress-excused = { $count ->
        [one] One excused day
       *[other] { $count } excused days
    }: { $days }
diary-week-norm = This week's norm: { NUMBER($norm) } h{ $excused ->
        [0] {""}
       *[other] { " " }(excused days taken into account: { $excused })
    }

doc-mark-late-entry = filled in with the supervisor's permission
doc-excused-days = Excused days: { $days }
