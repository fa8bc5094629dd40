## Outbox (announcements and reminders sent by the dispatcher)

outbox-announcement-title = { $department } кафедрасының хабарландыруы
outbox-read-button = Таныстым
