## Staff roles: fresh personal links, unlinking a student ID, revoking a role, conflicts of role

cmd-reissue =
    .description = New personal link for a student (or for everyone who has not claimed one)
cmd-unlink =
    .description = Unlink a Telegram account from a student ID, with a reason
cmd-revoke =
    .description = Take a supervisor's or coordinator's role away

invite-roleConflict = This link cannot be accepted: { $why } Nothing was changed. If this is a mistake, contact the department's practice coordinator.
staff-roles-conflict-studentOfDepartment = you are a student of { $department }, and a student of a department cannot be its { $role }: supervisors approve, sign and grade the diaries of the department's students (QP-06, 5.6–5.9, 5.12, 6.2).
staff-roles-conflict-staffOfDepartment = you supervise practice in { $department }, so you cannot also hold a student record in it (QP-06, 5.6–5.9, 5.12, 6.2).

staff-roles-reissue-button = New personal link
staff-roles-unlink-button = Unlink the Telegram account
staff-roles-reissue-usage = How to send it: /reissue <student ID> — one student's new link; /reissue — new links for everyone who has not claimed one.
staff-roles-student-not-found = There is no student with ID { $studentNumber }.
staff-roles-reissued-one =
    New personal link for { $fullName } ({ $studentNumber }, { $group }):
    { $link }
    Valid until { $expires }. The previous links of this student no longer work.
staff-roles-reissue-linked = { $fullName } ({ $studentNumber }) has already joined with their link. If another person took this student ID, unlink the account: /unlink { $studentNumber } <reason>.
staff-roles-reissue-none = Every student of { $department } has joined: nobody needs a new link.
staff-roles-reissue-none-left = Every student has joined meanwhile: nobody needs a new link.
staff-roles-reissue-all-ask = { $count ->
        [one] { $count } student of { $department } has
       *[other] { $count } students of { $department } have
    } not joined yet (the link was not used, was lost or has expired). New links make the previous ones stop working.
staff-roles-reissue-all-button = { $count ->
        [one] New link (XLSX)
       *[other] New links for { $count } students (XLSX)
    }
staff-roles-valid-until = Valid until { $expires }.

staff-roles-unlink-usage = How to send it: /unlink <student ID> <reason>, e.g. /unlink 20210345 Another person registered with this student ID.
staff-roles-unlink-reason-length = The reason must be from { $min } to { $max ->
        [one] { $max } character
       *[other] { $max } characters
    } long. Nothing was changed.
staff-roles-unlink-not-linked = No Telegram account holds { $fullName } ({ $studentNumber }). To give the student a new link: /reissue { $studentNumber }.
staff-roles-unlinked =
    The Telegram account was unlinked from { $fullName } ({ $studentNumber }); the account was told, and the reason is recorded.
    New personal link for the student:
    { $link }
    Valid until { $expires }.
staff-roles-unlinked-notice = The department's practice coordinator unlinked your Telegram account from the student ID { $studentNumber }. Reason: { $reason }. If this is your student ID, contact the department's practice coordinator for a personal link.
staff-roles-dismissed-hint = If this Telegram account took a student ID that is not its own, unlink it: /unlink <student ID> <reason>.

staff-roles-revoke-header = { $count ->
        [one] { $count } person of { $department } whose role you can take away. Choose:
       *[other] { $count } people of { $department } whose role you can take away. Choose:
    }
staff-roles-revoke-more = { $shown ->
        [one] Only the first { $shown } person is shown.
       *[other] Only the first { $shown } people are shown.
    }
staff-roles-revoke-nobody = Nobody in { $department } holds a role that you can take away.
staff-roles-revoke-button = { $name } — { $role }
staff-roles-revoke-confirm = Take the role away from { $name } ({ $role })? Their buttons and commands stop working at once, and they will be told.
staff-roles-revoke-confirm-button = Yes, take the role away
staff-roles-revoke-not-held = This person no longer holds this role.
staff-roles-revoke-self = You cannot take your own role away.
staff-roles-revoked = { $name } is no longer { $role } ({ $department }); they were told. { $released ->
        [0] No student was linked to them.
        [one] { $released } student no longer has this supervisor: assign or invite another one.
       *[other] { $released } students no longer have this supervisor: assign or invite another one.
    }
staff-roles-revoked-notice-coordinator = You are no longer the department practice coordinator of { $department }. If this is a mistake, contact the bot's administrator.
staff-roles-revoked-notice-universitySupervisor = You are no longer a university supervisor of { $department }. If this is a mistake, contact the department's practice coordinator.
staff-roles-revoked-notice-organisationSupervisor = You are no longer an organisation supervisor of students of { $department }. If this is a mistake, contact the department's practice coordinator.

staff-roles-unlink-ask-reason = Why is the Telegram account unlinked from { $studentNumber }? The account will read your words, and they are kept on the student's record (up to { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }).
staff-roles-unlink-too-many-attempts = The reason was not accepted several times, so nothing was unlinked. Press the button again when you are ready.
staff-roles-unlink-scene-stopped = Unlinking was stopped; nothing was changed. Press the button again, or send /unlink.
staff-roles-unlink-scene-expired = Unlinking has timed out: there was no reason for { $hours } { $hours ->
        [one] hour
       *[other] hours
    }. Nothing was changed; press the button again, or send /unlink.
staff-roles-unlink-scene-interrupted = Unlinking was interrupted by an update of the bot; nothing was changed. Press the button again, or send /unlink.
staff-roles-conflict-bothSidesOfDepartment = you already supervise practice in { $department } on the other side, so you cannot also be its { $role }: the diary is signed by two different people, one from the university and one from the organisation (QP-06, 5.6–5.9, 5.12, 6.2).
