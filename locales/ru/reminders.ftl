## Напоминания: сообщения по расписанию (правило каждого указано в коде, а не в тексте)

reminders-open-diary = Открыть дневник
reminders-diary-daily = Запись в дневнике за сегодня ({ $date }) ещё не сделана. Внесите её до конца дня.
reminders-diary-nudge = За вчера ({ $date }) в дневнике нет записи.
reminders-diary-absence-supervisors = { $student } не вносит записи в дневник { $days ->
        [one] { $days } рабочий день
        [few] { $days } рабочих дня
        [many] { $days } рабочих дней
       *[other] { $days } рабочего дня
    } (с { $since }). Свяжитесь, пожалуйста, с обучающимся.
reminders-diary-absence-coordinator = { $student } не вносит записи в дневник { $days ->
        [one] { $days } рабочий день
        [few] { $days } рабочих дня
        [many] { $days } рабочих дней
       *[other] { $days } рабочего дня
    } (с { $since }). Отсутствие без уважительной причины более двух недель может стать основанием для отчисления.
reminders-diary-digest = Записи дневников ждут Вашего решения: { $count } от { $students ->
        [one] { $students } обучающегося
        [few] { $students } обучающихся
        [many] { $students } обучающихся
       *[other] { $students } обучающегося
    }. Отправьте /pending, чтобы их рассмотреть.
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
    } (самая ранняя — за { $since }).
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
    } (самая ранняя — за { $since }).
# Напоминания о нескольких студентах одному получателю приходят одним списком (R-23 8.1; QP-06 5.8)
reminders-grouped-diary-absence-supervisors = { $count ->
        [one] { $count } обучающийся не вносит записи в дневник. Свяжитесь, пожалуйста, с обучающимся.
        [few] { $count } обучающихся не вносят записи в дневник. Свяжитесь, пожалуйста, с ними.
        [many] { $count } обучающихся не вносят записи в дневник. Свяжитесь, пожалуйста, с ними.
       *[other] { $count } обучающегося не вносят записи в дневник. Свяжитесь, пожалуйста, с ними.
    }
reminders-grouped-diary-absence-coordinator = { $count ->
        [one] { $count } обучающийся не вносит
        [few] { $count } обучающихся не вносят
        [many] { $count } обучающихся не вносят
       *[other] { $count } обучающегося не вносят
    } записи в дневник. Отсутствие без уважительной причины более двух недель может стать основанием для отчисления.
reminders-grouped-diary-pending-supervisor = Записи дневника ждут Вашего решения дольше { $days ->
        [one] { $days } рабочего дня
        [few] { $days } рабочих дней
        [many] { $days } рабочих дней
       *[other] { $days } рабочего дня
    } у { $count ->
        [one] { $count } обучающегося
        [few] { $count } обучающихся
        [many] { $count } обучающихся
       *[other] { $count } обучающегося
    }. Отправьте /pending, чтобы их рассмотреть.
reminders-grouped-diary-pending-coordinator = Записи дневника ждут решения руководителей дольше { $days ->
        [one] { $days } рабочего дня
        [few] { $days } рабочих дней
        [many] { $days } рабочих дней
       *[other] { $days } рабочего дня
    } у { $count ->
        [one] { $count } обучающегося
        [few] { $count } обучающихся
        [many] { $count } обучающихся
       *[other] { $count } обучающегося
    }.
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
reminders-deadline-no-base = Ваша практика начинается { $start }, а база практики ещё не выбрана. Если Вы не можете её найти, сообщите об этом ответственному за практику на кафедре не позднее { $date }.
reminders-deadline-contract = Договор о прохождении практики с базой практики должен быть заключён не позднее { $date }.
reminders-deadline-orientation = Ваша практика начинается { $date }: в первый день проводится ознакомление с организацией.
reminders-deadline-report-schedule = График сдачи отчётов обучающегося нужно утвердить не позднее { $date }: { $student } (практика заканчивается { $end }).
reminders-deadline-characteristic = Напишите, пожалуйста, характеристику на обучающегося не позднее { $date }: { $student }.
reminders-deadline-report-due = Отчёт по практике нужно сдать не позднее { $date }.
reminders-transfer-window = Перевод и смена образовательной программы возможны не позднее { $date }.
reminders-transfer-cutoff = Заявления на перевод или смену образовательной программы принимаются не позднее { $date } (академический период начинается { $periodStart }).
