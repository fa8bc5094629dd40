## Панель кафедры (мини-приложение Telegram, src/board-ui)

board-ui-title = Панель практики
board-ui-loading = Загрузка…
board-ui-working = Выполняется…
board-ui-close = Закрыть
board-ui-back = Назад
board-ui-total = Всего
board-ui-department = Кафедра:
board-ui-tab-department = Кафедра
board-ui-tab-supervision = Мои обучающиеся
board-ui-tab-roster = Обучающиеся
board-ui-tab-queues = Ждут Вашего решения
board-ui-tab-counts = По группам

## Ошибки

board-ui-error-title = Панель не открывается
board-ui-error-reopen = Закройте панель и откройте её снова кнопкой меню бота.
board-ui-error-noLaunch = Откройте панель из Telegram: кнопкой меню бота или кнопкой под его сообщением.
board-ui-error-badRequest = Запрос не распознан. Перезагрузите панель.
board-ui-error-noAuth = Telegram не передал данные для входа.
board-ui-error-badSignature = Не удалось подтвердить данные для входа.
board-ui-error-stale = Срок сеанса истёк.
board-ui-error-unknownUser = Вы ещё не зарегистрированы: сначала запустите бота в чате.
board-ui-error-forbidden = У Вас нет доступа к этим сведениям.
board-ui-error-notFound = Ничего не найдено: возможно, сведения удалены.
board-ui-error-tooLarge = Слишком большой запрос: выберите меньше строк.
board-ui-error-internal = На сервере произошла ошибка. Повторите попытку через минуту.
board-ui-error-network = Нет связи с сервером. Проверьте подключение к интернету и повторите попытку.

## Обучающийся открыл панель

board-ui-student-title = Здравствуйте, { $name }!
board-ui-student-text = Эта панель предназначена для сотрудников кафедры и руководителей практики.
board-ui-student-hint = Ваш дневник-отчёт, отчёт по практике и ход практики — в чате с ботом: /diary, /progress, /entries.

## Статусы и виды практики

board-ui-status-none = нет базы практики
board-ui-status-draft = заполняется
board-ui-status-submitted = ожидает утверждения
board-ui-status-returned = возвращена на доработку
board-ui-status-approved = утверждена
board-ui-status-active = идёт
board-ui-status-finished = завершена
board-ui-status-signed = дневник-отчёт подписан
board-ui-status-graded = оценка выставлена
board-ui-practice-educational = учебная практика
board-ui-practice-pedagogical = педагогическая практика
board-ui-practice-research = исследовательская практика
board-ui-practice-production = производственная практика
board-ui-practice-preDiploma = преддипломная практика
board-ui-entry-submitted = ожидает утверждения
board-ui-entry-approved = утверждена
board-ui-entry-returned = возвращена на доработку

## Список обучающихся

board-ui-roster-search = ФИО, ID студента или группа
board-ui-filter-status = Любой статус
board-ui-filter-practice-type = Любой вид практики
board-ui-filter-supervisor = Любой руководитель от кафедры
board-ui-filter-supervisor-none = Без руководителя от кафедры
board-ui-filter-behind = Отстают по часам
board-ui-filter-no-base = Ещё нет базы практики
board-ui-roster-total = { $count ->
    [one] { $count } обучающийся
    [few] { $count } обучающихся
    [many] { $count } обучающихся
   *[other] { $count } обучающегося
}
board-ui-roster-empty = Никого не найдено.
board-ui-select-page = Выбрать всех на этой странице
board-ui-select-all = Выбрать все
board-ui-col-name = ФИО
board-ui-col-id = ID студента
board-ui-col-group = Группа
board-ui-col-status = Статус
board-ui-col-base = База практики
board-ui-col-supervisor = Руководитель от кафедры
board-ui-col-hours = Утверждено часов
board-ui-col-hours-norm = Утверждено / положено на сегодня
board-ui-col-pending = Ожидают
board-ui-not-linked = (ссылка не активирована)
board-ui-behind = отстаёт
board-ui-page-previous = ← Назад
board-ui-page-next = Далее →
board-ui-page-of = Страница { $page } из { $pages }

## Действия над выбранными

board-ui-bulk-label = Действия над выбранными обучающимися
board-ui-selected = Выбрано: { $count }
board-ui-bulk-approve-bases = Утвердить базы практики
board-ui-bulk-supervisor = Руководитель от кафедры…
board-ui-bulk-assign = Назначить
board-ui-bulk-reissue = Новые ссылки
board-ui-bulk-export = Выгрузить в XLSX
board-ui-bulk-reissued = { $count ->
    [one] Выдана { $count } новая ссылка; прежние больше не действуют.
    [few] Выданы { $count } новые ссылки; прежние больше не действуют.
    [many] Выдано { $count } новых ссылок; прежние больше не действуют.
   *[other] Выдано { $count } новой ссылки; прежние больше не действуют.
}
board-ui-bulk-exported = { $count ->
    [one] Таблица по { $count } обучающемуся скачана.
    [few] Таблица по { $count } обучающимся скачана.
    [many] Таблица по { $count } обучающимся скачана.
   *[other] Таблица по { $count } обучающимся скачана.
}
board-ui-bulk-summary = Выполнено: { $done }. Не выполнено: { $failed }.
board-ui-row-done = выполнено
board-ui-row-forbidden = нет прав
board-ui-row-notFound = сведений больше нет
board-ui-row-changed = сведения изменились после загрузки панели: обновите и проверьте
board-ui-row-alreadyDecided = решение уже принято
board-ui-row-notSubmitted = не отправлено на утверждение
board-ui-row-organisationRejected = кафедра отклонила эту базу практики
board-ui-row-notSupervisor = не руководитель практики от этой кафедры
board-ui-row-alreadyLinked = обучающийся уже активировал свою ссылку
board-ui-row-reasonRequired = нужно указать причину
board-ui-row-invalid = неверные данные
board-ui-row-failed = не удалось, повторите попытку
board-ui-row-noPlacement = сведений о практике ещё нет

## Страница обучающегося

board-ui-student-placement = Практика
board-ui-student-supervisors = Руководители практики
board-ui-student-outcome = Итоги
board-ui-practice-type = Вид практики
board-ui-dates = Сроки
board-ui-return-reason = Причина
board-ui-return-reason-placeholder = Причина возврата на доработку (обязательно)
board-ui-no-placement = Обучающийся ещё не заполнил сведения о практике.
board-ui-university-supervisor = Руководитель практики от кафедры
board-ui-organisation-supervisor = Руководитель практики от организации
board-ui-not-confirmed = ещё не подтверждён
board-ui-report = Отчёт по практике
board-ui-characteristic = Характеристика
board-ui-grade = Оценка
board-ui-signoffs = Подписи дневника-отчёта
board-ui-signed = { $who }: подписано
board-ui-not-signed = { $who }: ещё не подписано
board-ui-f76-download = Скачать F-76
board-ui-weeks = Записи в дневнике по неделям
board-ui-no-entries = записей в дневнике ещё нет
board-ui-week = Неделя { $index } ({ $from } – { $to })
board-ui-week-hours = утверждено { $approved } ч из { $norm } ч
board-ui-attachments = Вложения: { $files }
board-ui-hours = { $hours } ч
board-ui-heatmap-title = Часы по дням
board-ui-heatmap-empty = Сроки практики ещё не указаны.
board-ui-heatmap-legend = Нет часов, до 4, до 8, 8 и больше:
board-ui-weekday-1 = Пн
board-ui-weekday-2 = Вт
board-ui-weekday-3 = Ср
board-ui-weekday-4 = Чт
board-ui-weekday-5 = Пт
board-ui-weekday-6 = Сб
board-ui-weekday-7 = Вс

## Ждут решения

board-ui-queue-bases = Базы практики на утверждение
board-ui-queue-supervisors = Руководители от организации ждут подтверждения
board-ui-queue-no-base = Нет утверждённой базы практики, а практика скоро начинается
board-ui-queue-silent = Нет записей в дневнике несколько рабочих дней
board-ui-queue-empty = Здесь пусто.
board-ui-queue-approve-all = { $count ->
    [one] Утвердить { $count } показанную
    [few] Утвердить все { $count } показанные
    [many] Утвердить все { $count } показанных
   *[other] Утвердить все показанные ({ $count })
}
board-ui-starts = начало { $date }
board-ui-last-entry = последняя запись { $date }

## Руководитель практики

board-ui-my-students = Мои обучающиеся
board-ui-my-students-empty = Вы пока никем не руководите.
board-ui-as-universitySupervisor = как руководитель от кафедры
board-ui-as-organisationSupervisor = как руководитель от организации
board-ui-of-required = всего нужно { $hours } ч
board-ui-pending = Записи в дневнике, ожидающие утверждения
board-ui-pending-empty = Записей, ожидающих Вашего решения, нет.
board-ui-approve-selected = Утвердить выбранные
board-ui-return-selected = Вернуть на доработку выбранные
board-ui-reason-required = Напишите причину возврата на доработку: обучающийся её увидит.
