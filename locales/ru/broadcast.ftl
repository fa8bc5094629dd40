## Broadcasts (объявления кафедры, issue 10)

cmd-broadcast =
    .description = Написать объявление обучающимся
cmd-broadcasts =
    .description = Отправленные объявления и кто с ними ознакомился

broadcast-scene-stopped = Объявление не отправлено. Чтобы написать его заново, отправьте /broadcast.
broadcast-scene-expired = Время подготовки объявления истекло: ответа не было { $hours } { $hours ->
        [one] час
        [few] часа
        [many] часов
       *[other] часа
    }. Объявление не отправлено; чтобы написать его заново, отправьте /broadcast.
broadcast-scene-interrupted = Подготовка объявления прервана из-за обновления бота. Объявление не отправлено; чтобы написать его заново, отправьте /broadcast.
broadcast-too-many-attempts = Слишком много неудачных попыток, поэтому ввод прерван. Объявление не отправлено; чтобы начать заново, отправьте /broadcast.

broadcast-no-department = Вы не являетесь ответственным за практику ни на одной кафедре, поэтому отправить объявление некому.
broadcast-everyone = Все кафедры
broadcast-choose-department = Для какой кафедры объявление?
broadcast-compose = Отправьте текст объявления одним сообщением. Жирный шрифт, курсив, ссылки и другое оформление Telegram сохранятся. Можно приложить фото или документ, указав текст в подписи.
broadcast-compose-need = Отправьте объявление текстом либо фото или документом с подписью.
broadcast-compose-need-caption = Добавьте текст объявления в подпись к фото или документу.
broadcast-compose-too-long = Объявление слишком длинное: { $length } { $length ->
        [one] символ
        [few] символа
        [many] символов
       *[other] символа
    }, допускается не больше { $max } { $max ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    }. Сократите его и отправьте снова.

broadcast-filters = Получатели: { $audience }.
    Уточните круг получателей кнопками или нажмите «Продолжить».
broadcast-filter-programme = Образовательная программа
broadcast-filter-course = Курс
broadcast-filter-group = Группа
broadcast-filter-practice = Вид практики
broadcast-filter-active = Только проходящие практику сейчас: вкл./выкл.
broadcast-filter-done = Продолжить ➡️
broadcast-any = Любой
broadcast-choose-programme = Какая образовательная программа?
broadcast-choose-course = Какой курс?
broadcast-choose-group = Какая группа?
broadcast-choose-practice = Какой вид практики?
broadcast-practice-educational = Учебная практика
broadcast-practice-pedagogical = Педагогическая практика
broadcast-practice-research = Исследовательская практика
broadcast-practice-production = Производственная практика
broadcast-practice-preDiploma = Преддипломная практика
broadcast-audience-department = обучающиеся кафедры { $department }
broadcast-audience-programme = образовательная программа { $programme }
broadcast-audience-course = { $course }-й курс
broadcast-audience-group = группа { $group }
broadcast-audience-practice = { $practice }
broadcast-audience-active = только те, кто сейчас проходит практику

broadcast-ask-ack = Добавить кнопку «Ознакомлен(а)»? Вы увидите, кто нажал её, а кто нет.
broadcast-yes = Да
broadcast-no = Нет
broadcast-ask-when = Когда отправить?
broadcast-when-now = Сейчас
broadcast-when-later = В указанное время
broadcast-ask-time = Введите дату и время (по времени Алматы) в виде ДД.ММ.ГГГГ ЧЧ:ММ, например 25.12.2026 10:00.
broadcast-time-format = Укажите дату и время в виде ДД.ММ.ГГГГ ЧЧ:ММ, например 25.12.2026 10:00.
broadcast-time-invalid-date = Такой даты или времени нет. Укажите их в виде ДД.ММ.ГГГГ ЧЧ:ММ.
broadcast-time-past = Это время уже прошло. Укажите время в будущем.
broadcast-time-too-far = Объявление можно запланировать не более чем на 90 дней вперёд.

broadcast-nobody = Этим условиям не соответствует ни один обучающийся, подключённый к боту, поэтому объявление не отправлено.
broadcast-preview-title = Так получатели увидят объявление:
broadcast-confirm = Получатели: { $recipients } { $recipients ->
        [one] обучающийся
        [few] обучающихся
        [many] обучающихся
       *[other] обучающегося
    } ({ $audience }).
    Отправка: { $when }.
    Кнопка «Ознакомлен(а)»: { $ack ->
        [yes] да
       *[no] нет
    }.
    Отправить объявление?
broadcast-send = Отправить
broadcast-discard = Отменить
broadcast-discarded = Объявление отменено и не отправлено.
broadcast-queued = Объявление поставлено в очередь: { $count } { $count ->
        [one] получатель
        [few] получателя
        [many] получателей
       *[other] получателя
    }. Ход отправки — ниже; список объявлений — /broadcasts.
broadcast-scheduled = Объявление будет отправлено { $when }: { $count } { $count ->
        [one] получатель
        [few] получателя
        [many] получателей
       *[other] получателя
    }. Список объявлений — /broadcasts.

broadcast-progress-title = Объявление ({ $recipients } { $recipients ->
        [one] получатель
        [few] получателя
        [many] получателей
       *[other] получателя
    }): { $state ->
        [scheduled] отправка запланирована
       *[sending] идёт отправка
    }.
broadcast-progress-done = Объявление ({ $recipients } { $recipients ->
        [one] получатель
        [few] получателя
        [many] получателей
       *[other] получателя
    }): отправка завершена.
broadcast-progress-figures = Доставлено: { $sent } · в очереди: { $pending } · заблокировали бота: { $blocked } · не доставлено из-за ошибки: { $failed }
broadcast-progress-failures = Не доставлено ({ $count }):
broadcast-failure-blocked = • { $recipient }: заблокировал(а) бота
broadcast-failure-failed = • { $recipient }: Telegram не принял сообщение
broadcast-more = …и ещё { $count }
broadcast-refresh-button = 🔄 Обновить
broadcast-progress-unchanged = Пока без изменений; обновите через несколько секунд.

broadcast-list-empty = Вы ещё не отправляли объявлений. Чтобы написать объявление, отправьте /broadcast.
broadcast-list-title = Ваши последние объявления (нажмите номер, чтобы открыть подробности):
broadcast-list-item = { $n }. { $when }: { $recipients } { $recipients ->
        [one] получатель
        [few] получателя
        [many] получателей
       *[other] получателя
    }, { $state ->
        [draft] не отправлено
        [scheduled] запланировано
        [sending] отправляется
       *[done] отправка завершена
    }
broadcast-list-acks = Ознакомились: { $acks }
broadcast-not-found = Этого объявления больше нет.
broadcast-acked = Ознакомились ({ $count }):
broadcast-not-acked = Ещё не ознакомились ({ $count }):
broadcast-resend-button = Отправить повторно тем, кто не ознакомился
broadcast-resent = Объявление отправлено повторно: { $count } { $count ->
        [one] получатель
        [few] получателя
        [many] получателей
       *[other] получателя
    }.
broadcast-resend-stale = Объявление уже отправлено повторно; обновлённые данные — в /broadcasts.
broadcast-resend-notFound = У этого объявления нет кнопки «Ознакомлен(а)».
broadcast-resend-nobody = Все, кому объявление можно доставить, уже ознакомились с ним.

broadcast-ack-recorded = Спасибо! Кафедра увидит, что Вы ознакомились с объявлением.
broadcast-ack-already = Вы уже отметили, что ознакомились.
broadcast-ack-notRecipient = Это объявление Вам не отправлялось.
broadcast-ack-notFound = Этого объявления больше нет.
