## Outbox (announcements and reminders sent by the dispatcher)

outbox-announcement-title = Announcement from the { $department } department
outbox-read-button = I have read it
