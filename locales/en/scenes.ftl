## Scenes: answers echoed, leaving and resuming, new questions (issue 7)

scene-chosen =
    { $question }
    → { $answer }

onboarding-scene-stopped = Registration is paused. The answers you have given are saved: send /start to continue where you left off.
onboarding-scene-expired = Registration has timed out: there was no answer for { $hours } { $hours ->
        [one] hour
       *[other] hours
    }. The answers you have given are saved: send /start to continue where you left off.
onboarding-scene-interrupted = Registration was interrupted by an update of the bot. The answers you have given are saved: send /start to continue where you left off.
onboarding-scene-cancelled = Registration is cancelled and your profile has not been changed. The answers you have given are saved: send /start to continue where you left off.
onboarding-scene-gave-up = Too many unsuccessful attempts, so I stopped asking. The answers you have given are saved: send /start to continue where you left off.

onboarding-resume-ask =
    You have started registering before. Your saved answers:
    { $answers }
    Shall we continue where you left off?
onboarding-resume-yes = Continue
onboarding-resume-no = Start afresh

onboarding-student-number-in-use = The student ID { $studentNumber } is already registered to another Telegram account. Please check the number and send it again; if it is yours, contact your department's practice coordinator.
onboarding-student-number-listed = The student ID { $studentNumber } is already on your department's list of students. To link it to this Telegram account, ask your department's practice coordinator for your personal invitation link; if you mistyped the number, send the correct one.

onboarding-programme-code-change-level = The code { $code } belongs to a { $level ->
        [bachelor] bachelor's
        [master] master's
       *[phd] doctoral
    } programme. Change your level of study to { $level ->
        [bachelor] bachelor's
        [master] master's
       *[phd] doctoral (PhD)
    }?
onboarding-change-level-yes = Yes, change the level
onboarding-change-level-no = No, I will correct the code

onboarding-ask-department-search = Type the name of your department or a part of it (or its code, e.g. CS):
onboarding-department-no-match = No department has "{ $query }" in its name. Please type another part of the name or the code.
onboarding-department-too-many = Departments found for "{ $query }": { $count }. Please type more of the name.
onboarding-ask-department-pick = Choose your department:

onboarding-invite-register-hint = To register as a student, send /start.
invite-alreadyYours = You have already accepted this invitation: you are { $role } ({ $scope }). Send /help to see your commands.

elig-scene-stopped = The eligibility check has stopped. Send /eligibility to start it again.
elig-scene-expired = The eligibility check has timed out: there was no answer for { $hours } { $hours ->
        [one] hour
       *[other] hours
    }. Send /eligibility to start it again.
elig-scene-interrupted = The eligibility check was interrupted by an update of the bot. Send /eligibility to start it again.

elig-verdict-reinstatement-yes-general = ✅ You can apply for reinstatement on the general terms (within the term after expulsion, R-23 7.2), not under the four-week rule for students expelled for non-payment (R-23 7.4).
elig-verdict-reinstatement-no-pay-debt = ❌ Not yet: reinstatement becomes possible once the tuition debt is paid (R-23 7.4).
elig-other-route-nonPayment = Reinstatement after expulsion for non-payment (R-23 7.4):
elig-other-route-pay-debt = ⏳ once the tuition debt is paid, you can apply no later than { $until }.
elig-other-route-closed = ⌛ its term of { $weeks } { $weeks ->
        [one] week
       *[other] weeks
    } after the expulsion ended on { $until }.

elig-note-paidOnly-grantKept = ℹ️ How "fee-paying basis only" (R-23 3.10) and "you keep the grant" (R-23 6.6) fit together: under R-23 6.6 the grant is lost only when the new programme is not in a related field of training, so your grant is kept; the fee-paying basis of R-23 3.10 applies to what the grant does not cover, such as the academic difference. Please confirm this with the Registrar's office.
elig-window-opens = 📅 Applications are accepted only during the { $season ->
        [winter] winter
       *[summer] summer
    } vacation: from { $opens } to { $applyBy } inclusive.
elig-vacation-assumed = The vacation dates are calculated by the rules of "{ $policy }"; please confirm them with the Registrar's office.
