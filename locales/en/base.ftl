## Practice base: commands

cmd-base =
    .description = Host organisation, practice agreement and organisation supervisor for your practice
cmd-myplacement =
    .description = Your practice: status, host organisation, supervisors, dates

## Practice base: leaving the scene

base-scene-stopped = Filling in your practice details is paused. Everything you gave is saved: send /base to continue.
base-scene-expired = Filling in your practice details has timed out: there was no answer for { $hours } { $hours ->
        [one] hour
       *[other] hours
    }. Everything you gave is saved: send /base to continue.
base-scene-interrupted = Filling in your practice details was interrupted by an update of the bot. Everything you gave is saved: send /base to continue.
base-scene-cancelled = Stopped. Everything you gave is saved: send /base to continue where you left off.
base-scene-gave-up = Too many unsuccessful attempts, so I stopped asking. Everything you gave is saved: send /base to continue.

## Practice base: questions

base-not-student = This is for registered students. Register with /start first.
base-intro = Let us fill in your practice details: dates, host organisation, practice agreement and organisation supervisor. Each answer is saved at once.
base-resume = Continuing from what is saved; only the missing details are asked.
base-choose-type = Which practice is it?
base-ask-start = Start date of the practice (e.g. 11.01.2027):
base-ask-end = End date of the practice (e.g. 05.02.2027):
base-ask-weeks = How many weeks does the practice last?
base-org-search = Type part of the host organisation's name or its BIN: I will look among the organisations the department has approved.
base-org-search-too-short = Type at least 2 characters.
base-org-none-found = No approved host organisation matches “{ $query }”.
base-org-pick = Choose your host organisation, or enter a new one:
base-org-next = What next?
base-org-new = Enter a new organisation
base-org-again = Search again
base-org-nobase = I could not find a host organisation
base-org-resume-new = Let us go on with the new organisation «{ $organisation }»: what is already saved will not be asked again.
base-org-name = Full name of the organisation, as in the practice agreement:
base-org-where-question = Where is the organisation registered?
base-org-where-kz = In Kazakhstan
base-org-where-abroad = Abroad
base-org-bin = The organisation's BIN (12 digits):
base-org-country = The country, as a two-letter code (e.g. UZ, RU, DE):
base-org-address = Postal address of the organisation:
base-org-phones = The organisation's phone number(s), separated by commas:
base-org-email = The organisation's e-mail:
base-org-area = Area of activity of the organisation:
base-org-rejected = The department did not approve “{ $organisation }” as a host organisation: { $reason }. Choose another one.
base-ask-unit = The unit (department, division) where you will work:
base-ask-contract-number = Number of the practice agreement:
base-ask-contract-date = Date of the practice agreement (e.g. 20.12.2026):
base-ask-supervisor-name = Full name of the organisation supervisor:
base-ask-supervisor-phone = Phone of the organisation supervisor:
base-ask-supervisor-email = E-mail of the organisation supervisor:
base-edit-conflict = Your practice details have just been changed elsewhere; here they are as they stand now.
base-back-to-approval = The practice was already approved, so after this change it goes to the department's practice coordinator for approval again.

## Practice base: summary

base-summary-question = Is everything right? Send it to the department's practice coordinator for approval.
base-summary-question-sent = The details have been sent for approval. You can still change them until the practice begins.
base-action-submit = Send for approval
base-action-edit = Change
base-action-later = Later
base-action-done = Done
base-edit-question = What do you want to change?
base-edit-organisation = Host organisation
base-edit-dates = Dates
base-edit-unit = Unit
base-edit-contract = Practice agreement
base-edit-supervisor = Organisation supervisor
base-saved-later = Saved. Send /base when you are ready to send it for approval.
base-done = Done. /myplacement shows your practice.
base-submitted = Sent for approval. The department's practice coordinator will approve it or return it with a reason; you will get a message.
base-no-base-reported = The department's practice coordinator has been told that you could not find a host organisation. { $late ->
        [yes] This should have been reported by { $deadline }, so please also contact them yourself.
       *[no] They will offer you one.
    }
base-no-base-has-base = Your practice already has a host organisation sent for approval or approved.

## Practice base: the placement as the student sees it

base-view-title = Practice type: { $practiceType }, academic year { $academicYear }
base-view-status = Status: { $status }
base-view-organisation = Host organisation: { $organisation } ({ $bin }){ $organisationStatus ->
        [proposed] , waiting for the department's approval
       *[approved] {""}
    }
base-view-unit = Unit: { $unit }
base-view-contract = Practice agreement: No. { $number } of { $date }
base-view-dates = Dates: { $start } – { $end }, { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    }, { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }
base-view-org-supervisor = Organisation supervisor: { $name }, { $phone }, { $email }{ $linked ->
        [yes] {""} (joined the bot)
       *[no] {""}
    }
base-view-university-supervisor = University supervisor: { $linked ->
        [yes] assigned
       *[no] not assigned yet
    }
base-view-return-reason = Returned by the coordinator: { $reason }
base-my-none = You have no practice yet. Send /base to fill in your practice details.

## Practice base: the organisation supervisor's invitation

base-invite-button = Invite the organisation supervisor
base-invite-created = Forward this link (or the QR code below) to your organisation supervisor, { $supervisor }:
    { $link }
    It works once and is valid until { $expires }.{ $revoked ->
        [no] {""}
       *[yes] {" "}The previous link no longer works.
    }
base-invite-qr-caption = QR code of the invitation for { $supervisor }
base-invite-not-approved = The organisation supervisor can be invited once the practice is approved; now it is { $status }.
base-invite-none = You have no approved practice yet, so there is nobody to invite.
base-consent-question = { $student } ({ $group }) invites you to be the organisation supervisor of their { $practiceType } at { $organisation }, { $start } – { $end } (named in the practice agreement: { $supervisor }).
    If you agree, you will see the student's practice diary and approve its entries in this bot.
base-consent-yes = I agree
base-consent-no = Decline
base-consent-declined = You declined; nothing has been linked. If this was a mistake, open the link again.
base-consent-accepted = Thank you. You are now the organisation supervisor of { $student } ({ $practiceType }, { $organisation }).
base-consent-own-student = This link is for your organisation supervisor: forward it to them.
base-supervisor-joined = Your organisation supervisor { $supervisor } has joined the bot and is linked to your { $practiceType ->
        [educational] educational practice
        [pedagogical] teaching practice
        [research] research practice
        [production] industrial practice
       *[preDiploma] pre-diploma practice
    }.

## Practice base: messages to the coordinator

base-coordinator-submitted = { $resubmitted ->
        [yes] Changed after approval, to approve again
       *[no] Sent for approval
    }: { $student } ({ $group }, { $studentNumber }), { $practiceType ->
        [educational] educational practice
        [pedagogical] teaching practice
        [research] research practice
        [production] industrial practice
       *[preDiploma] pre-diploma practice
    }.
    Host organisation: { $organisation } ({ $bin }){ $organisationStatus ->
        [proposed] {" "}— new, not yet approved
       *[approved] {""}
    }
    Dates: { $start } – { $end }
    Practice agreement: No. { $contractNumber } of { $contractDate }{ $late ->
        [yes] {" "}— signed late: the deadline was { $deadline }
       *[no] {""}
    }
base-coordinator-approve-button = Approve
base-coordinator-return-button = Return with a reason
base-coordinator-no-base = { $student } ({ $group }, { $studentNumber }) could not find a host organisation for the { $practiceType ->
        [educational] educational practice
        [pedagogical] teaching practice
        [research] research practice
        [production] industrial practice
       *[preDiploma] pre-diploma practice
    }, dates { $start } – { $end }. Please offer one.{ $late ->
        [yes] {" "}Reported after { $deadline }.
       *[no] {""}
    }
