## Diary: the student's practice diary in the chat (/diary, /progress, /entries, /report, /export)

cmd-diary =
    .description = Сделать запись в дневнике за сегодня
cmd-progress =
    .description = Часы практики: утверждено, подано, требуется
cmd-entries =
    .description = Мой дневник по неделям
cmd-report =
    .description = Загрузить отчёт по практике

diary-scene-stopped = Запись в дневнике приостановлена. Написанное сохранено: отправьте /diary, чтобы продолжить.
diary-scene-expired = Время ожидания записи в дневнике истекло: ответа не было { $hours } { $hours ->
        [one] час
        [few] часа
        [many] часов
       *[other] часа
    }. Написанное сохранено: отправьте /diary, чтобы продолжить.
diary-scene-interrupted = Запись в дневнике прервана обновлением бота. Написанное сохранено: отправьте /diary, чтобы продолжить.
diary-scene-cancelled = Запись в дневнике отменена, ничего не отправлено. Написанное сохранено: отправьте /diary, чтобы продолжить.
diary-scene-gave-up = Слишком много неудачных попыток, поэтому ввод прерван. Написанное сохранено: отправьте /diary, чтобы продолжить.
report-scene-stopped = Загрузка отчёта остановлена. Отправьте /report, чтобы загрузить его.
report-scene-expired = Время ожидания отчёта истекло: файла не было { $hours } { $hours ->
        [one] час
        [few] часа
        [many] часов
       *[other] часа
    }. Отправьте /report, чтобы загрузить его.
report-scene-interrupted = Загрузка отчёта прервана обновлением бота. Отправьте /report, чтобы загрузить его.
report-scene-gave-up = Слишком много неудачных попыток, поэтому загрузка прервана. Отправьте /report, когда отчёт будет готов в виде файла PDF или DOCX.

diary-no-placement = У Вас пока нет утверждённой базы практики, поэтому вести дневник-отчёт по практике нельзя. Когда кафедра утвердит базу практики, дневник откроется здесь.
diary-not-started = Ваша практика начинается { $start }. Дневник можно вести с этого дня.
diary-no-days = Ваша практика завершилась { $end }, и дни, за которые ещё можно было сделать запись, прошли. Свой дневник можно посмотреть командой /entries и скачать командой /export.

diary-resume-ask = У Вас есть незавершённая запись в дневнике (день: { $date }). Продолжить черновик?
diary-resume-yes = Продолжить черновик
diary-resume-no = Начать заново

diary-ask-date = За какой день запись?
diary-today = Сегодня, { $date }
diary-mark-weekend = (выходной)
diary-mark-holiday = (праздничный день)
diary-day-is-weekend = { $date } — выходной день. Запись за этот день принимается с отметкой «выходной день».
diary-day-is-holiday = { $date } — праздничный день. Запись за этот день принимается с отметкой «праздничный день».
diary-status-short-draft = черновик
diary-status-short-submitted = ожидает утверждения
diary-status-short-approved = утверждена
diary-status-short-returned = возвращена на доработку
diary-editing = За { $date } уже есть запись ({ $status }, { $hours } ч). То, что Вы отправите сейчас, заменит её:

    { $text }
diary-returned-reason = Комментарий руководителя: { $reason }

diary-ask-hours = Сколько часов Вы работали? Выберите или введите число от 0,5 до 12 (норма — { $hours } ч в день).
diary-hours-button = { $hours } ч
diary-hours-default = { $hours } ч ✓

diary-ask-text = Опишите, что Вы сделали за этот день: не меньше { $min } и не больше { $max } { $max ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    }. Напишите текстом.
diary-ask-text-edit = Отправьте новый текст записи или оставьте текущий.
diary-keep-keep = Оставить текущий текст
diary-photo-kept-type-text = Фото сохранено как подтверждение (прикреплено: { $count }). Теперь, пожалуйста, напишите текстом, что Вы сделали.

diary-ask-evidence = Можно прикрепить фото или документ как подтверждение (необязательно). Отправляйте по одному, затем нажмите «Готово».
diary-evidence-added = Прикреплено: { $count }. Отправьте ещё или нажмите «Готово».
diary-evidence-done = Готово
diary-evidence-expected = Отправьте фото или документ либо нажмите «Готово».

diary-summary =
    День: { $date }
    Часы: { $hours }
    Прикреплено: { $evidence }

    { $text }
diary-confirm-question =
    Проверьте запись:

    { $summary }
diary-confirm-send = Отправить на утверждение
diary-confirm-restart = Написать заново
diary-confirm-later = Оставить черновиком
diary-saved-as-draft = Запись сохранена как черновик и не отправлена. Отправьте /diary, чтобы продолжить.

diary-sent = Запись за { $date } сохранена и отправлена на утверждение.
diary-updated = Запись за { $date } изменена и снова отправлена на утверждение.
diary-sent-marked-weekend = Она отмечена как запись за выходной день.
diary-sent-marked-holiday = Она отмечена как запись за праздничный день.
diary-approval-cleared-student = Запись была утверждена; после Вашего изменения утверждение снято, руководитель практики уведомлён.
diary-sent-to-approver = Руководитель практики её получил.
diary-no-approver = Руководитель практики Вам ещё не назначен; он увидит запись после назначения.
diary-unchanged = Запись за { $date } не отличается от прежней; ничего не изменено.

diary-notify-entry =
    Новая запись в дневнике: { $student }, { $date } ({ $hours } ч):

    { $text }
diary-notify-entry-edited =
    { $student } изменил(а) запись в дневнике за { $date } ({ $hours } ч):

    { $text }
diary-notify-approve = Утвердить
diary-notify-return = Вернуть на доработку
diary-notify-report = { $student } загрузил(а) отчёт по практике ({ $date }): «{ $file }», { $size } МБ.

report-ask = Отправьте отчёт по практике файлом PDF или DOCX (не больше { $maxMb } МБ).
report-need-document = Отправьте отчёт файлом (PDF или DOCX), а не сообщением или фото.
report-uploaded = Отчёт по практике получен и сохранён.
report-replaced = Новая версия отчёта по практике получена; прежняя сохранена в истории.
report-supervisor-told = Руководителю практики от кафедры сообщено.
report-no-supervisor = Руководитель практики от кафедры Вам ещё не назначен; он увидит отчёт после назначения.
report-unchanged = Это тот же отчёт, который Вы загрузили ранее; ничего не изменено.

diary-progress-title = Дневник-отчёт по практике, { $start } – { $end }
diary-progress-approved = Утверждено: { $approved } из { $required } ч
diary-progress-submitted = Подано: { $submitted } ч (ожидает утверждения: { $awaiting } ч)
diary-progress-week = Эта неделя ({ $from } – { $to }): { $hours } из { $target } ч
diary-progress-missing = Без записи { $count ->
        [one] { $count } рабочий день
        [few] { $count } рабочих дня
        [many] { $count } рабочих дней
       *[other] { $count } рабочего дня
    }: { $days }
diary-progress-no-missing = За каждый рабочий день есть запись.
diary-progress-returned = Возвращено на доработку: { $count ->
        [one] { $count } запись
        [few] { $count } записи
        [many] { $count } записей
       *[other] { $count } записи
    }:
diary-progress-days-left = До конца практики { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    } (рабочих: { $working }).
diary-progress-not-started = Практика ещё не началась (впереди { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    } практики).
diary-progress-ended = Практика завершена.

diary-week-title = Неделя { $index } из { $pages }: { $from } – { $to }
diary-week-hours = Подано: { $hours } ч, утверждено: { $approved } ч
diary-week-empty = За эту неделю записей нет.
diary-status-approved-by = утвердил(а) { $name }, { $at }
diary-status-returned-by = вернул(а) на доработку { $name }: { $reason }
diary-week-previous = ◀ Предыдущая неделя
diary-week-next = Следующая неделя ▶

diary-export-wait = Готовлю дневник-отчёт, пришлю через несколько секунд.
diary-export-caption = Дневник-отчёт по практике (F-76). Код проверки: { $code } (версия { $revision }).
diary-account-unlinked = Запись не сохранена: Ваш аккаунт Telegram больше не связан с этим студенческим ID. Если это ошибка, обратитесь к ответственному за практику на кафедре.
