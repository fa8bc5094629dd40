## Broadcasts (announcements from the department, issue 10)

cmd-broadcast =
    .description = Write an announcement to students
cmd-broadcasts =
    .description = Past announcements and who has read them

broadcast-scene-stopped = The announcement was not sent. Send /broadcast to write it again.
broadcast-scene-expired = The announcement has timed out: there was no answer for { $hours } { $hours ->
        [one] hour
       *[other] hours
    }. It was not sent; send /broadcast to write it again.
broadcast-scene-interrupted = Writing the announcement was interrupted by an update of the bot. It was not sent; send /broadcast to write it again.
broadcast-too-many-attempts = Too many unsuccessful attempts, so I stopped asking. The announcement was not sent; send /broadcast to start again.

broadcast-no-department = You do not coordinate any department, so there is nobody to send an announcement to.
broadcast-everyone = All departments
broadcast-choose-department = Which department is the announcement for?
broadcast-compose = Send the announcement as one message. Bold, italics, links and other Telegram formatting are kept. You may attach a photo or a document with the text as its caption.
broadcast-compose-need = Send the announcement as text, or as a photo or document with a caption.
broadcast-compose-need-caption = Add the text of the announcement as the caption of the photo or document.
broadcast-compose-too-long = The announcement is too long: { $length } { $length ->
        [one] character
       *[other] characters
    }, at most { $max } { $max ->
        [one] character
       *[other] characters
    }. Shorten it and send it again.

broadcast-filters = Recipients: { $audience }.
    Narrow the audience with the buttons, or press “Continue”.
broadcast-filter-programme = Degree programme
broadcast-filter-course = Year of study
broadcast-filter-group = Group
broadcast-filter-practice = Practice type
broadcast-filter-active = Active practice only: on/off
broadcast-filter-done = Continue ➡️
broadcast-any = Any
broadcast-choose-programme = Which degree programme?
broadcast-choose-course = Which year of study?
broadcast-choose-group = Which group?
broadcast-choose-practice = Which practice type?
broadcast-practice-educational = Educational practice
broadcast-practice-pedagogical = Teaching practice
broadcast-practice-research = Research practice
broadcast-practice-production = Industrial practice
broadcast-practice-preDiploma = Pre-diploma practice
broadcast-audience-department = students of { $department }
broadcast-audience-programme = programme { $programme }
broadcast-audience-course = year { $course }
broadcast-audience-group = group { $group }
broadcast-audience-practice = { $practice }
broadcast-audience-active = only those whose practice is under way

broadcast-ask-ack = Add an “I have read it” button? You will see who has and has not pressed it.
broadcast-yes = Yes
broadcast-no = No
broadcast-ask-when = When should it be sent?
broadcast-when-now = Now
broadcast-when-later = At a set time
broadcast-ask-time = Enter the date and time (Almaty time) as DD.MM.YYYY HH:MM, for example 25.12.2026 10:00.
broadcast-time-format = Write the date and time as DD.MM.YYYY HH:MM, for example 25.12.2026 10:00.
broadcast-time-invalid-date = There is no such date or time. Write it as DD.MM.YYYY HH:MM.
broadcast-time-past = This time has already passed. Enter a time in the future.
broadcast-time-too-far = An announcement can be scheduled at most 90 days ahead.

broadcast-nobody = No student with a Telegram account matches these filters, so the announcement was not sent.
broadcast-preview-title = This is how recipients will see the announcement:
broadcast-confirm = Recipients: { $recipients } { $recipients ->
        [one] student
       *[other] students
    } ({ $audience }).
    Sending: { $when }.
    “I have read it” button: { $ack ->
        [yes] yes
       *[no] no
    }.
    Send the announcement?
broadcast-send = Send
broadcast-discard = Discard
broadcast-discarded = The announcement was discarded and not sent.
broadcast-queued = The announcement is queued for { $count } { $count ->
        [one] recipient
       *[other] recipients
    }. Progress is shown below; /broadcasts lists your announcements.
broadcast-scheduled = The announcement will be sent to { $count } { $count ->
        [one] recipient
       *[other] recipients
    } on { $when }. /broadcasts lists your announcements.

broadcast-progress-title = Announcement to { $recipients } { $recipients ->
        [one] recipient
       *[other] recipients
    }: { $state ->
        [scheduled] scheduled.
       *[sending] sending.
    }
broadcast-progress-done = Announcement to { $recipients } { $recipients ->
        [one] recipient
       *[other] recipients
    }: finished.
broadcast-progress-figures = Delivered: { $sent } · waiting: { $pending } · blocked the bot: { $blocked } · failed: { $failed }
broadcast-progress-failures = Not delivered ({ $count }):
broadcast-failure-blocked = • { $recipient }: has blocked the bot
broadcast-failure-failed = • { $recipient }: Telegram did not accept the message
broadcast-more = …and { $count } more
broadcast-refresh-button = 🔄 Refresh
broadcast-progress-unchanged = Nothing new yet; try again in a few seconds.

broadcast-list-empty = You have not sent any announcements yet. Send /broadcast to write one.
broadcast-list-title = Your recent announcements (press a number for details):
broadcast-list-item = { $n }. { $when }: { $recipients } { $recipients ->
        [one] recipient
       *[other] recipients
    }, { $state ->
        [draft] not sent
        [scheduled] scheduled
        [sending] sending
       *[done] finished
    }
broadcast-list-acks = Read: { $acks }
broadcast-not-found = This announcement no longer exists.
broadcast-acked = Have read it ({ $count }):
broadcast-not-acked = Have not read it yet ({ $count }):
broadcast-resend-button = Send again to those who have not read it
broadcast-resent = The announcement was sent again to { $count } { $count ->
        [one] recipient
       *[other] recipients
    }.
broadcast-resend-stale = It has already been sent again; open /broadcasts for the current figures.
broadcast-resend-notFound = This announcement has no “I have read it” button.
broadcast-resend-nobody = Everybody who can receive it has already read it.

broadcast-ack-recorded = Thank you! The department will see that you have read it.
broadcast-ack-already = You have already marked it as read.
broadcast-ack-notRecipient = This announcement was not sent to you.
broadcast-ack-notFound = This announcement no longer exists.
