## Eligibility checks (/eligibility)

cmd-eligibility =
    .description = Check promotion to the next year, programme change, moving to another university, reinstatement, honours

elig-choose-check = What would you like to check? I will ask only what this check needs. Send /cancel at any time to stop.
elig-check-promotion = Promotion to the next year
elig-check-programmeChange = Changing degree programme
elig-check-transferOut = Moving to another university
elig-check-reinstatement = Reinstatement after expulsion
elig-check-honours = Diploma with honours

elig-too-many-attempts = Too many unsuccessful attempts, so I stopped the check. Send /eligibility to start again.

elig-prefilled = From your profile:
elig-prefilled-level = level of study: { $level ->
        [bachelor] bachelor's
        [master] master's
       *[phd] doctoral (PhD)
    }
elig-prefilled-course = year of study: { $course }
elig-prefilled-first-period = the first academic period is completed (you are in year { $course })
elig-prefilled-funding = study { $funding ->
        [grant] on a state educational grant
        [targetedGrant] on a targeted state educational grant
       *[paid] on a fee-paying basis
    } (as recorded by your department)

elig-yes = Yes
elig-no = No

## Questions

elig-ask-level = Your level of study:
elig-ask-course = The year of study you are finishing now:
elig-promotion-final-year = Year { $course } is the final year of { $level ->
        [bachelor] the bachelor's programme
        [master] the master's programme
       *[phd] doctoral study
    }, so there is no promotion to a next year. If your profile is out of date, update it with /start.

elig-ask-funding = How is your study funded?
elig-ask-funding-transfer = How is your study funded? A targeted grant is a state grant awarded for study at this particular university.
elig-funding-grant = State educational grant
elig-funding-targetedGrant = Targeted state educational grant
elig-funding-paid = Fee-paying

elig-ask-gpa-source = How would you like to give your promotion GPA and credits earned?
elig-gpa-source-record = Department's record: GPA { NUMBER($gpa, minimumFractionDigits: 2, maximumFractionDigits: 2) }, { $credits } { $credits ->
        [one] credit
       *[other] credits
    }
elig-gpa-source-type = I will type my GPA and credits
elig-gpa-source-grades = I will paste my grades

elig-ask-gpa = Your promotion GPA (from 0 to 4), e.g. 2.85:
elig-gpa-format = That is not a number. Please send your GPA as a number from 0 to 4, e.g. 2.85 or 2,85.
elig-gpa-range = The GPA must be between { $min } and { $max }. Please check it and send it again.
elig-ask-credits = How many credits have you earned in total (from 0 to 400)?
elig-credits-format = Please send the number of credits as a number, e.g. 62.
elig-credits-range = The number of credits must be between { $min } and { $max }. Please check it and send it again.
elig-ask-debts = How many academic debts do you have (courses graded FX or F and not yet retaken)? Send 0 if you have none.
elig-debts-format = Please send a whole number from 0 to { $max }, e.g. 0 or 2.

elig-ask-grades =
    Paste your grades from the transcript, one course per line: course name, credits, letter grade. For example:
    Mathematics 5 A-
    Physics 2 4,5 B+
    History of Kazakhstan 5 C retake
    Write "retake" after a grade you got on a retake. At most { $maxLines } { $maxLines ->
        [one] line
       *[other] lines
    }.
elig-ask-honours-grades =
    Paste the grades of all courses of your whole study (without the final attestation), one course per line: course name, credits, letter grade. For example:
    Mathematics 5 A-
    Physics 2 4,5 B+
    Write "retake" after a grade you got on a retake. At most { $maxLines } { $maxLines ->
        [one] line
       *[other] lines
    }.
elig-grades-empty = I found no grades in your message. Please paste one course per line, e.g. "Mathematics 5 A-".
elig-grades-errors = { $count ->
        [one] I could not read { $count } line:
       *[other] I could not read { $count } lines:
    }
elig-grade-line = line { $line } "{ $text }": { $reason }
elig-grade-more = … and { $count } more
elig-grades-resend = Please correct them and send the whole list again.
elig-grade-error-unrecognizedLine = I cannot find the credits and the letter grade.
elig-grade-error-missingLetter = the letter grade after the credits is missing.
elig-grade-error-unknownLetter = "{ $token }" is not a letter grade (A, A-, B+, B, B-, C+, C, C-, D+, D, FX, F).
elig-grade-error-missingCredits = the number of credits before the grade is missing.
elig-grade-error-invalidCredits = "{ $token }" credits: a course must have more than 0 and at most { $maxCredits } { $maxCredits ->
        [one] credit
       *[other] credits
    }.
elig-grade-error-missingCourse = the course name is missing.
elig-grade-error-tooManyLines = too many lines: at most { $maxLines }.
elig-grades-computed = From your grades ({ $courses } { $courses ->
        [one] course
       *[other] courses
    }): GPA { NUMBER($gpa, minimumFractionDigits: 2, maximumFractionDigits: 2) }, { $credits } { $credits ->
        [one] credit
       *[other] credits
    } earned, academic debts: { $debts }.
elig-grades-computed-honours = GPA from your grades: { NUMBER($gpa, minimumFractionDigits: 2, maximumFractionDigits: 2) }.

elig-ask-first-period = Have you fully completed the first academic period (semester) of your current programme?
elig-ask-related = Is the new programme in a related field of training (the same group of programmes as your current one)?
elig-ask-creative = Did your current programme require a creative entrance exam?

elig-ask-expelled-on = The date of your expulsion order, e.g. 15.06.2024:
elig-date-format = I could not read that date. Please write it as day.month.year, e.g. 15.06.2024.
elig-date-future = The order date cannot be later than today. Please send the date of the expulsion order.
elig-ask-expulsion-reason = Why were you expelled?
elig-expulsion-nonPayment = For non-payment during a semester
elig-expulsion-other = For another reason
elig-ask-debt-paid = Have you paid off the tuition debt?

elig-ask-final-attestation = Your grade for the final attestation:
elig-ask-retakes = During your whole study, have you ever had a retake or a re-sit of the final control (exam)?

## Answer

elig-verdict-promotion-yes = ✅ You meet the requirements for promotion to year { $toCourse }.
elig-verdict-promotion-no = ❌ You do not meet the requirements for promotion to year { $toCourse }: you move to the next academic year without changing your year status (you repeat year { $course }).
elig-verdict-programmeChange-yes = ✅ You can apply to change your degree programme for the academic period starting { $start }.
elig-verdict-programmeChange-no = ❌ You cannot change your degree programme for the academic period starting { $start }.
elig-verdict-transferOut-yes = ✅ You can apply to transfer to another university for the academic period starting { $start }.
elig-verdict-transferOut-no = ❌ You cannot transfer to another university for the academic period starting { $start }.
elig-verdict-reinstatement-yes = ✅ You can apply for reinstatement.
elig-verdict-reinstatement-no = ❌ From your answers, reinstatement is not possible.
elig-verdict-honours-yes = ✅ You meet the requirements for a diploma with honours.
elig-verdict-honours-no = ❌ You do not meet the requirements for a diploma with honours.

elig-criteria = Requirements:
elig-consequences = What this means for you:
elig-notes = Good to know:

elig-deadline-apply-by = 📅 Last day to apply: { $date }.
elig-deadline-passed = 📅 Applications for the academic period starting { $start } are closed: the last day was { $date }.
elig-deadline-next = 📅 Next chance — the academic period starting { $start }: the last day to apply is { $date }.
elig-period-assumed = The start of the next academic period ({ $start }) is not taken from your university's published academic calendar: it is calculated by the rules of "{ $policy }". Please confirm this date with the Registrar's office.
elig-period-known = The next academic period starts on { $start } ({ $policy } academic calendar).
elig-disclaimer = This is a preliminary check by the regulations; the decision is made by the university.
elig-again = Send /eligibility to run another check.

elig-error-calendarYearNotCovered = I cannot work out this deadline yet: the working-day calendar for { $year } (public holidays and moved days off) has not been entered yet. Please check the date with the Registrar's office.
elig-error-input = I could not evaluate this check with the data given. Please send /eligibility to try again, or contact the Registrar's office.

## One line per rule of the answer

elig-rule-minCredits = Credits earned: { $actual }; { $required } { $required ->
        [one] credit is
       *[other] credits are
    } needed for year { $toCourse }
elig-rule-minGpa = Promotion GPA: { NUMBER($gpa, minimumFractionDigits: 2, maximumFractionDigits: 2) }; at least { NUMBER($required, minimumFractionDigits: 2, maximumFractionDigits: 2) } is needed for year { $toCourse }
elig-rule-minGpa-honours = GPA: { NUMBER($gpa, minimumFractionDigits: 2, maximumFractionDigits: 2) }; at least { NUMBER($required, minimumFractionDigits: 2, maximumFractionDigits: 2) } is needed
elig-rule-promotionRule-both = Both the minimum GPA and the credits are required
elig-rule-promotionRule-either = Either the minimum GPA or the credits is enough
elig-rule-promoted = Promotion to year { $toCourse } by order of the Rector
elig-rule-repeatCourse = Next academic year without a change of year status: you repeat year { $course }
elig-rule-grantLost = You lose the state educational grant; you continue on a fee-paying basis
elig-rule-grantKeptPaidRetakes = You keep the grant, but { $debts } { $debts ->
        [one] course with an academic debt has
       *[other] courses with academic debts have
    } to be retaken on a fee-paying basis
elig-rule-firstPeriodCompleted = The first academic period of the programme must be fully completed
elig-rule-transferWindow-summer = During the summer vacation, no later than { $windowEnd }
elig-rule-transferWindow-winter = During the winter vacation, no later than { $windowEnd }
elig-rule-holidayPeriod = An application can be filed only during the vacation (from { $holidayStart })
elig-rule-applicationCutoff = Applications close { $days } working { $days ->
        [one] day
       *[other] days
    } before the academic period starting { $start }: last day { $applyBy }
elig-rule-paidOnly = On a fee-paying basis only
elig-rule-paidOnly-no = Not limited to a fee-paying basis
elig-rule-relatedProgramme-grantLost = The programme is not in a related field of training: you lose the state grant and continue on a fee-paying basis
elig-rule-relatedProgramme-grantKept = The programme is in a related field of training: you keep the state grant
elig-rule-relatedProgramme-related = The programme is in a related field of training
elig-rule-relatedProgramme-unrelated = The programme is not in a related field of training
elig-rule-untRequired-nonRelatedProgramme = You must pass the UNT in the profile subjects
elig-rule-untRequired-creativeProgramme = You need a UNT certificate with at least the threshold score (you entered your previous programme through a creative exam)
elig-rule-untRequired-pedagogicalProgramme = You need a UNT certificate with at least the threshold score (when moving to a teacher-training programme)
elig-rule-targetedGrant-stays = The targeted grant stays at this university: you can transfer only on a fee-paying basis
elig-rule-targetedGrant-moves = Your grant is not targeted and does not stop the transfer
elig-rule-reviewPeriod = The application is reviewed within { $days } working { $days ->
        [one] day
       *[other] days
    } (if filed today, no later than { $reviewedBy })
elig-rule-reviewPeriod-undated = The application is reviewed within { $days } working { $days ->
        [one] day
       *[other] days
    }
elig-rule-foreignUniversity = Transfer from a foreign university: fee-paying basis only
elig-rule-foreignUniversity-no = Transfer from a university in Kazakhstan
elig-rule-grantCostDifference = A grant holder must pay the difference in the cost of the grant
elig-rule-grantCostDifference-no = No difference in grant cost to pay
elig-rule-creditRecognition = Credits are recognised on form { $form }
elig-rule-reinstatementWindow = Within { $years } { $years ->
        [one] year
       *[other] years
    } of the expulsion on { $expelledOn }, i.e. by { $until }
elig-rule-reinstatementWindow-assumed = Within { $years } { $years ->
        [one] year
       *[other] years
    } of the expulsion on { $expelledOn }, i.e. by { $until } (the regulations set no term for doctoral students, so please confirm this term with the Registrar's office)
elig-rule-nonPaymentWindow = If you were expelled for non-payment: within { $weeks } { $weeks ->
        [one] week
       *[other] weeks
    } of the expulsion on { $expelledOn }, i.e. by { $until }, once the debt is paid
elig-rule-nonPaymentWindow-unpaid = If you were expelled for non-payment: within { $weeks } { $weeks ->
        [one] week
       *[other] weeks
    } of the expulsion on { $expelledOn } (by { $until }), but only once the tuition debt is paid
elig-rule-allowedLetters = All courses must have only the grades { $allowed }
elig-rule-allowedLetters-offending = All courses must have only the grades { $allowed }; not allowed: { $offending }
elig-rule-finalAttestation = The final attestation grade must be { $allowed } (yours: { $letter })
elig-rule-noRetakes = No retake or re-sit of the final control (exam) during the whole study
elig-rule-noRetakes-found = No retake or re-sit of the final control (exam) during the whole study (you have { $retakes })
elig-rule-grantRank = Your place in the grant ranking: { $rank }, GPA { NUMBER($gpa, minimumFractionDigits: 2, maximumFractionDigits: 2) }
