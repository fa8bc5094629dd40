## Outbox (announcements and reminders sent by the dispatcher)

outbox-announcement-title = Объявление кафедры { $department }
outbox-read-button = Ознакомлен(а)
