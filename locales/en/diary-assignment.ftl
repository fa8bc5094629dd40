## Individual assignment (QP-06 5.13) and the supervisor's view of a student

cmd-assignment =
    .description = Give a student their individual assignment

assignment-ask = Send the individual assignment of { $student }: as text (10–3000 characters) or as a PDF or DOCX file of at most { $maxMb } MB (a caption is optional).
assignment-replaces = The new assignment replaces the one given before; the earlier one stays in the history.
assignment-need-text-or-document = Send the assignment as text or as a PDF or DOCX file, not as a photo, sticker or voice message.
assignment-reason-assignmentTooShort = The assignment is too short: at least 10 characters. Describe the tasks in more detail.
assignment-reason-assignmentTooLong = The assignment is too long: at most 3000 characters. Shorten it or send it as a file.
assignment-document-reason-empty = The file is empty. Send the assignment as a PDF or DOCX file, or as text.
assignment-document-reason-tooBig = The file is over { $maxMb } MB. Send a smaller PDF or DOCX file, or the assignment as text.
assignment-document-reason-wrongType = Only a PDF or DOCX file can carry the assignment. Send such a file, or the assignment as text.
assignment-document-reason-contentMismatch = Whatever its name, the file is not a real PDF or DOCX. Save the assignment again as PDF or DOCX, or send it as text.
assignment-document-reason-notADocument = Send the assignment as a PDF or DOCX file, or as text.
assignment-saved = The individual assignment of { $student } is saved and the student was told. It shows in /myplacement and goes into the diary-report (F-76).
assignment-saved-document = Attached file: “{ $file }”.
assignment-locked = The diary-report of { $student } is signed, so the assignment cannot change. Return the diary-report for corrections with /reopen first.
assignment-give-up = Too many unsuccessful attempts, so I stopped. The assignment was not saved.
assignment-scene-stopped = Giving the individual assignment was stopped; nothing was saved. Send /assignment to start again.
assignment-scene-expired = The time to answer ran out ({ $hours } h); the assignment was not saved. Send /assignment to start again.
assignment-scene-interrupted = Giving the individual assignment was interrupted by a bot update. Send /assignment to start again.
assignment-told-student = Your practice supervisor ({ $supervisor }) gave you your individual assignment:

    { $text }

    You can always see it in /myplacement.
assignment-told-student-document = Your practice supervisor ({ $supervisor }) gave you your individual assignment as a file. { $text }

    Open the file in /myplacement.
assignment-none = { $student } has no individual assignment yet.
assignment-shown = Individual assignment of { $student } (given by { $by }, { $date }):
assignment-document-line = Assignment file: “{ $file }” (SHA-256 { $sha }…)
assignment-document-button = Open the assignment file
assignment-no-document = No file is attached to the assignment.
assignment-document-caption = Individual assignment of { $student }.
assignment-student-none = Individual assignment: your practice supervisor has not given it yet.
assignment-student-title = Individual assignment (given by { $by }):
assignment-student-document = Assignment file: “{ $file }”.

card-title = { $student }, group { $group }, student ID { $number }
card-practice = Practice: { $practiceType }, { $from } to { $to }.
card-hours = Hours: { $approved } approved, { $handedIn } handed in of { $required }; entries awaiting a decision: { $pending }.
card-assignment-set = The individual assignment is given.
card-assignment-missing = No individual assignment yet.
card-report = Practice report: “{ $file }” ({ $date }); versions: { $versions }.
card-report-none = No practice report yet.
card-characteristic = Reference written; suggested grade { $score } ({ $letter }).
card-characteristic-none = No reference yet.
card-signed = Both practice supervisors signed the diary-report.
card-signoffs = The diary-report is not fully signed; signatures: { $count }.
card-grade = Grade: { $score } ({ $letter }).
card-grade-commission = Commission's grade: { $score } ({ $letter }).
card-grade-none = No grade yet.
card-button-open = Student card
card-button-student = { $n }. { $student }
card-button-entries = Entries by week
card-button-assignment = Individual assignment
card-button-report = Report
card-button-characteristic = Reference
card-button-pdf = Diary-report (PDF)
card-button-write-assignment = Give the assignment
card-button-attachments = Attachments of { $date } ({ $count })
card-button-back = Back to the card
card-week-title = { $student }: week { $index } of { $weeks }, { $from } to { $to }. Hours: { $hours } handed in, { $approved } approved, norm { $norm }.
card-week-entry = • { $date } — { $hours } h, { $status }; attachments: { $attachments }
    { $text }
card-week-empty = No entries this week.
card-entry-status-draft = draft
card-entry-status-submitted = awaiting a decision
card-entry-status-approved = approved
card-entry-status-returned = sent back
card-report-history = Practice reports of { $student }, versions in all: { $count }. The one in force is sent below.
card-report-version = { $n }. “{ $file }”, { $date }, SHA-256 { $sha }…
card-characteristic-missing = The organisation supervisor has not written the reference for { $student } yet.
card-characteristic-shown = Reference for { $student } of { $date }; suggested grade { $score } ({ $letter }).
card-characteristic-document = Signed reference for { $student }.

doc-assignment-title = Individual assignment (QP-06 5.13)
doc-assignment-document = Assignment file: { $file } (SHA-256: { $sha }…)
doc-assignment-none = No individual assignment was given.
doc-signatures-title = Signatures
doc-seal = Organisation's seal (L.S.)
