## Reminders: scheduled messages (the rule each enforces is cited in src/domain/reminders/reminder-kinds.ts, not in the text)

reminders-open-diary = Open the diary
reminders-diary-daily = Today's diary entry ({ $date }) has not been written yet. Please add it before the end of the day.
reminders-diary-nudge = There is no diary entry for yesterday ({ $date }).
reminders-diary-absence-supervisors = { $student } has written no diary entries for { $days ->
        [one] { $days } working day
       *[other] { $days } working days
    } (since { $since }). Please get in touch with the student.
reminders-diary-absence-coordinator = { $student } has written no diary entries for { $days ->
        [one] { $days } working day
       *[other] { $days } working days
    } (since { $since }). Absence without a valid reason for more than two weeks may be grounds for expulsion.
reminders-diary-digest = Diary entries waiting for your decision: { $count } from { $students ->
        [one] { $students } student
       *[other] { $students } students
    }. Open /pending to review them.
reminders-diary-pending-supervisor = { $student }: { $count ->
        [one] { $count } diary entry has
       *[other] { $count } diary entries have
    } waited for a decision for more than { $days ->
        [one] { $days } working day
       *[other] { $days } working days
    } (the oldest from { $since }).
reminders-diary-pending-coordinator = { $student }: { $count ->
        [one] { $count } diary entry has
       *[other] { $count } diary entries have
    } waited for the supervisors' decision for more than { $days ->
        [one] { $days } working day
       *[other] { $days } working days
    } (the oldest from { $since }).
# Reminders about several students to one person come as one list (R-23 8.1; QP-06 5.8)
reminders-grouped-diary-absence-supervisors = { $count ->
        [one] { $count } student has written no diary entries. Please get in touch with the student.
       *[other] { $count } students have written no diary entries. Please get in touch with them.
    }
reminders-grouped-diary-absence-coordinator = { $count ->
        [one] { $count } student has
       *[other] { $count } students have
    } written no diary entries. Absence without a valid reason for more than two weeks may be grounds for expulsion.
reminders-grouped-diary-pending-supervisor = Diary entries of { $count ->
        [one] { $count } student have
       *[other] { $count } students have
    } waited for your decision for more than { $days ->
        [one] { $days } working day
       *[other] { $days } working days
    }. Open /pending to review them.
reminders-grouped-diary-pending-coordinator = Diary entries of { $count ->
        [one] { $count } student have
       *[other] { $count } students have
    } waited for the supervisors' decision for more than { $days ->
        [one] { $days } working day
       *[other] { $days } working days
    }.
reminders-grouped-line-absence = • { $student } — { $days ->
        [one] { $days } working day
       *[other] { $days } working days
    } (since { $since })
reminders-grouped-line-pending = • { $student } — { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    } (the oldest from { $since })
reminders-grouped-continued = The list continues in the next message.
reminders-deadline-no-base = Your practice starts on { $start } and you have no practice base yet. If you cannot find one, tell the department's practice coordinator no later than { $date }.
reminders-deadline-contract = The practice contract with your base must be signed no later than { $date }.
reminders-deadline-orientation = Your practice starts on { $date }: the familiarisation with the organisation takes place on the first day.
reminders-deadline-report-schedule = The schedule for handing in the reports of { $student } is due no later than { $date } (the practice ends on { $end }).
reminders-deadline-characteristic = Please write the characteristic of your student no later than { $date }: { $student }.
reminders-deadline-report-due = Your practice report is due no later than { $date }.
reminders-transfer-window = Transfers and changes of programme are possible until { $date }.
reminders-transfer-cutoff = Applications for a transfer or a change of programme close on { $date } (the academic period starts on { $periodStart }).
