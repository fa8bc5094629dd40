## Checking a printed diary-report by its code (the bot's /verify and the page behind the QR code)

cmd-verify =
    .description = Check a printed diary-report (F-76) by its verification code
verify-usage = Send the verification code printed on the diary-report, for example: /verify 1A2B-3C4D-5E6F-7A8B
verify-page-title = Verification of a diary-report (F-76)
verify-status-current = This is the current signed version of the diary-report (F-76).
verify-status-superseded = This copy is outdated: a newer version { $revision } has been issued (verification code { $code }).
verify-status-unsigned = NOT SIGNED — working copy. The practice supervisors have not signed this diary-report off.
verify-status-unknown = No diary-report with the verification code { $code } has been issued in Praktika.
verify-hours = Hours
verify-hours-line = { $approved } h approved of { $required } h (handed in: { $handedIn } h)
verify-grade-line = { $score } of 100 — { $letter } ({ $points })
verify-version = Version
verify-version-line = { $revision } of { $latest }, issued on { $date }
