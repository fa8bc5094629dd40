## Verified organisation supervisors (QP-06 5.12)

osv-ask-contact = To confirm it is you, share your Telegram contact with the button below: Telegram sends the phone number of your account, and the department compares it with the one in the practice agreement.
osv-contact-received = Thank you: Telegram confirmed the number { $phone }.
osv-share-contact-button = Share my contact
osv-contact-needed = Please press “Share my contact” under the message: only the contact of your own account can be accepted.
osv-contact-not-own = This is someone else's contact. Please share your own with the “Share my contact” button.
osv-refused-ownStudent = This link is for your organisation supervisor: forward it to them.
osv-refused-studentPhone = This phone number belongs to the student. A student cannot be their own practice supervisor.
osv-refused-badPhone = Telegram did not give a phone number we can accept. Please contact the department.
osv-refused-notOwnContact = Only the contact of your own account can be accepted. Open the link again.
osv-claim-pending = Thank you. You will become the organisation supervisor of { $student } ({ $practiceType }, { $organisation }) once the person responsible for practice at the department confirms it. Until then you cannot see or approve the diary; we will let you know.
osv-claim-pending-replacing = Thank you. The student already has an organisation supervisor: the person responsible for practice at the department will decide whether you replace them. Until then you cannot see or approve the diary of { $student } ({ $practiceType }, { $organisation }); we will let you know.
osv-confirm-button = Confirm
osv-refuse-button = Refuse
osv-coordinator-claim = { $replacing ->
        [yes] A new organisation supervisor asks to replace { $current }
       *[no] An organisation supervisor asks to be confirmed
    } — { $student } ({ $group }), { $practiceType ->
        [educational] educational practice
        [pedagogical] teaching practice
        [research] research practice
        [production] industrial practice
       *[preDiploma] pre-diploma practice
    }, { $organisation }.
    Name given: { $claimedName }
    Name in the agreement: { $agreementName }
    Phone verified by Telegram: { $sharedPhone }
    Phone in the agreement: { $agreementPhone } ({ $phoneMatched ->
        [yes] matches
       *[no] does not match
    })
    Until you confirm, this person's approvals do not count.
osv-student-claimed = { $claimedName } has opened your organisation supervisor's link. { $replacing ->
        [yes] Your current supervisor { $current } stays linked until the person responsible for practice at the department decides.
       *[no] They can approve your diary once the person responsible for practice at the department confirms them.
    }
osv-old-supervisor-claimed = { $claimedName } asks to become the organisation supervisor of { $student } instead of you. You stay linked until the person responsible for practice at the department decides; if this is a mistake, contact the department.
osv-claimant-confirmed = The department confirmed you as the organisation supervisor of { $student }. You can now see and approve the practice diary: /pending.
osv-claimant-refused = The department did not confirm you as the organisation supervisor of { $student }. If this is a mistake, contact the person responsible for practice at the department.
osv-student-refused = The department did not confirm { $supervisor } as your organisation supervisor.
osv-old-supervisor-replaced = The department confirmed { $supervisor } as the organisation supervisor of { $student } instead of you. You no longer see this student's diary.
osv-decided-confirmed = Confirmed: { $claimant } is the organisation supervisor of { $student }.
osv-decided-refused = Refused: { $claimant } is not linked to { $student }.
osv-claims-none = Nobody is waiting for confirmation as an organisation supervisor.
osv-decided-stale = This request has already been decided or replaced by a newer one; nothing changed.
osv-gave-up = Too many unsuccessful attempts. Open the link again when you are ready.
osv-scene-stopped = Joining as organisation supervisor was stopped; nothing changed. Open the link again to continue.
osv-scene-expired = Waiting for your answer timed out: no answer for { $hours } { $hours ->
        [one] hour
       *[other] hours
    }. Open the link again to continue.
osv-scene-interrupted = Joining as organisation supervisor was interrupted by a bot update; nothing changed. Open the link again.
