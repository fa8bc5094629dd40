## Privacy (/mydata, /forgetme)

cmd-mydata =
    .description = Download everything Praktika stores about you (a JSON file)
cmd-forgetme =
    .description = Ask for your personal data to be deleted
privacy-mydata-caption = Everything Praktika stores about you: your account, roles, student record, practices, diary entries, report and file details, decisions you made, drafts and notifications to you.
privacy-forget-explain =
    You can ask for your personal data in Praktika to be deleted. A student's request is decided (confirmed or refused) by the practice coordinator of their department; a request from staff (coordinators, supervisors) or from someone without a student record is decided by the Praktika administrator.

    Once it is confirmed, your Telegram name and phone, roles, settings, drafts and notifications are deleted, and you can no longer use the bot with this account's roles. The department must keep the practice diary-report (F-76) and the report for 3 years after the practice ended (QP-06 6.12); they stay, without a link to your Telegram account, and are deleted after that. You will be told exactly what was kept.
privacy-send-request-button = Send the deletion request
privacy-request-sent = Your request has been sent to the department. You will get a message once it is decided.
privacy-request-already-open = You have already sent a deletion request; it is waiting for the department's decision.
privacy-coordinator-request = Request to delete personal data: { $person }. Once you confirm, everything the rules allow is deleted at once; the practice diary-report and report stay for 3 years after the practice ended (QP-06 6.12).
privacy-confirm-button = Confirm deletion
privacy-refuse-button = Refuse
privacy-decided-confirmed = Confirmed: the personal data has been deleted; the person has been told what was kept and why.
privacy-decided-refused = Refused: nothing was deleted; the person has been told.
privacy-decided-stale = This request has already been decided; nothing changed.
privacy-decided-not-found = This request no longer exists.
privacy-refused = The department refused your request to delete your personal data; nothing was deleted. Please contact the person responsible for practice at your department.
privacy-deleted =
    The department confirmed your request: your personal data in Praktika has been deleted (Telegram name, phone, roles, settings, drafts and notifications).
    { $diary ->
        [none] No practice record of yours had to be kept.
        [open] Kept: your practice diary-report (F-76) and report, because the department must keep them for 3 years after the practice ends (QP-06 6.12); they are deleted after that.
       *[date] Kept until { $diary }: your practice diary-report (F-76) and report, because the department must keep them for 3 years after the practice ended (QP-06 6.12); they are deleted after that.
    }
    { $staffName ->
        [yes] Kept: your full name on the diaries you approved or signed, for as long as those diaries are kept (QP-06 6.2, 6.12).
       *[no] Nothing else was kept.
    }
