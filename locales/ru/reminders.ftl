## Напоминания (issue 10): сообщения по расписанию; в каждом указано правило

reminders-open-diary = Открыть дневник
reminders-diary-daily = Запись в дневнике за сегодня ({ $date }) ещё не сделана. Заполните её до конца дня. ({ $rule })
reminders-diary-nudge = Запись в дневнике за вчера ({ $date }) всё ещё пуста. Добавьте её, пожалуйста. ({ $rule })
reminders-diary-absence-supervisors = { $student } не вносит записи в дневник { $days ->
        [one] { $days } рабочий день
        [few] { $days } рабочих дня
        [many] { $days } рабочих дней
       *[other] { $days } рабочего дня
    } (с { $since }). Свяжитесь, пожалуйста, со студентом. ({ $rule })
reminders-diary-absence-coordinator = { $student } не вносит записи в дневник { $days ->
        [one] { $days } рабочий день
        [few] { $days } рабочих дня
        [many] { $days } рабочих дней
       *[other] { $days } рабочего дня
    } (с { $since }). Отсутствие более двух недель — основание для отчисления. ({ $rule })
reminders-diary-digest = Записи дневников ждут Вашего решения: { $count } от { $students ->
        [one] { $students } студента
        [few] { $students } студентов
        [many] { $students } студентов
       *[other] { $students } студента
    }. Откройте /pending, чтобы их рассмотреть. ({ $rule })
reminders-diary-pending-supervisor = { $student }: { $count ->
        [one] { $count } запись дневника ждёт
        [few] { $count } записи дневника ждут
        [many] { $count } записей дневника ждут
       *[other] { $count } записи дневника ждут
    } решения дольше { $days ->
        [one] { $days } рабочего дня
        [few] { $days } рабочих дней
        [many] { $days } рабочих дней
       *[other] { $days } рабочего дня
    } (самая ранняя — за { $since }). ({ $rule })
reminders-diary-pending-coordinator = { $student }: { $count ->
        [one] { $count } запись дневника ждёт
        [few] { $count } записи дневника ждут
        [many] { $count } записей дневника ждут
       *[other] { $count } записи дневника ждут
    } решения руководителей дольше { $days ->
        [one] { $days } рабочего дня
        [few] { $days } рабочих дней
        [many] { $days } рабочих дней
       *[other] { $days } рабочего дня
    } (самая ранняя — за { $since }). ({ $rule })
# Напоминания о нескольких студентах одному получателю приходят одним списком (R-23 8.1; QP-06 5.8)
reminders-grouped-diary-absence-supervisors = { $count ->
        [one] { $count } студент не вносит записи в дневник. Свяжитесь, пожалуйста, со студентом.
        [few] { $count } студента не вносят записи в дневник. Свяжитесь, пожалуйста, с ними.
        [many] { $count } студентов не вносят записи в дневник. Свяжитесь, пожалуйста, с ними.
       *[other] { $count } студента не вносят записи в дневник. Свяжитесь, пожалуйста, с ними.
    } ({ $rule })
reminders-grouped-diary-absence-coordinator = { $count ->
        [one] { $count } студент не вносит
        [few] { $count } студента не вносят
        [many] { $count } студентов не вносят
       *[other] { $count } студента не вносят
    } записи в дневник. Отсутствие более двух недель — основание для отчисления. ({ $rule })
reminders-grouped-diary-pending-supervisor = Записи дневника ждут Вашего решения дольше { $days ->
        [one] { $days } рабочего дня
        [few] { $days } рабочих дней
        [many] { $days } рабочих дней
       *[other] { $days } рабочего дня
    } у { $count ->
        [one] { $count } студента
        [few] { $count } студентов
        [many] { $count } студентов
       *[other] { $count } студента
    }. Откройте /pending, чтобы их рассмотреть. ({ $rule })
reminders-grouped-diary-pending-coordinator = Записи дневника ждут решения руководителей дольше { $days ->
        [one] { $days } рабочего дня
        [few] { $days } рабочих дней
        [many] { $days } рабочих дней
       *[other] { $days } рабочего дня
    } у { $count ->
        [one] { $count } студента
        [few] { $count } студентов
        [many] { $count } студентов
       *[other] { $count } студента
    }. ({ $rule })
reminders-grouped-line-absence = • { $student } — { $days ->
        [one] { $days } рабочий день
        [few] { $days } рабочих дня
        [many] { $days } рабочих дней
       *[other] { $days } рабочего дня
    } (с { $since })
reminders-grouped-line-pending = • { $student } — { $count ->
        [one] { $count } запись
        [few] { $count } записи
        [many] { $count } записей
       *[other] { $count } записи
    } (самая ранняя — за { $since })
reminders-grouped-continued = Продолжение списка — в следующем сообщении.
reminders-deadline-no-base = Ваша практика начинается { $start }, а база практики ещё не выбрана. Если Вы не можете её найти, сообщите координатору практики кафедры не позднее { $date }. ({ $rule })
reminders-deadline-contract = Договор на прохождение практики с базой должен быть подписан не позднее { $date }. ({ $rule })
reminders-deadline-orientation = Ваша практика начинается { $date }: в первый день проводится ознакомление с организацией. ({ $rule })
reminders-deadline-report-schedule = График сдачи отчётов студента { $student } нужно утвердить не позднее { $date } (практика заканчивается { $end }). ({ $rule })
reminders-deadline-characteristic = Напишите, пожалуйста, характеристику (отзыв) на студента { $student } не позднее { $date }. ({ $rule })
reminders-deadline-report-due = Отчёт по практике нужно сдать не позднее { $date }. ({ $rule })
reminders-transfer-window = Перевод и смена образовательной программы возможны не позднее { $date }. ({ $rule })
reminders-transfer-cutoff = Заявления на перевод или смену образовательной программы принимаются не позднее { $date } (академический период начинается { $periodStart }). ({ $rule })
