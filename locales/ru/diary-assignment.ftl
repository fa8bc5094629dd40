## Индивидуальное задание (QP-06 5.13) и карточка обучающегося у руководителя практики

cmd-assignment =
    .description = Выдать обучающемуся индивидуальное задание

assignment-ask = Отправьте индивидуальное задание обучающегося { $student }: текстом (от 10 до 3000 символов) или файлом PDF или DOCX не больше { $maxMb } МБ (подпись к файлу можно не добавлять).
assignment-replaces = Новое задание заменит выданное ранее; прежнее сохранится в истории.
assignment-need-text-or-document = Отправьте задание текстом или файлом PDF или DOCX, а не фото, стикером или голосовым сообщением.
assignment-reason-assignmentTooShort = Задание слишком короткое: нужно не меньше 10 символов. Опишите задачи подробнее.
assignment-reason-assignmentTooLong = Задание слишком длинное: не больше 3000 символов. Сократите текст или отправьте задание файлом.
assignment-document-reason-empty = Файл пустой. Отправьте задание файлом PDF или DOCX либо текстом.
assignment-document-reason-tooBig = Файл больше { $maxMb } МБ. Отправьте файл PDF или DOCX меньшего размера либо задание текстом.
assignment-document-reason-wrongType = Задание можно прикрепить только файлом PDF или DOCX. Отправьте такой файл либо задание текстом.
assignment-document-reason-contentMismatch = Содержимое файла не является настоящим PDF или DOCX, как бы файл ни назывался. Сохраните задание заново в формате PDF или DOCX либо отправьте его текстом.
assignment-document-reason-notADocument = Отправьте задание файлом PDF или DOCX либо текстом.
assignment-saved = Индивидуальное задание обучающегося { $student } сохранено; обучающийся получил уведомление. Задание видно в /myplacement и войдёт в дневник-отчёт (F-76).
assignment-saved-document = Прикреплённый файл: «{ $file }».
assignment-locked = Дневник-отчёт обучающегося { $student } уже подписан, поэтому задание изменить нельзя. Сначала верните дневник-отчёт на доработку командой /reopen.
assignment-give-up = Слишком много неудачных попыток, поэтому ввод прерван. Задание не сохранено.
assignment-scene-stopped = Выдача индивидуального задания прервана; ничего не сохранено. Отправьте /assignment, чтобы начать заново.
assignment-scene-expired = Время на ответ истекло ({ $hours } ч); задание не сохранено. Отправьте /assignment, чтобы начать заново.
assignment-scene-interrupted = Выдача индивидуального задания прервана обновлением бота. Отправьте /assignment, чтобы начать заново.
assignment-told-student = Руководитель практики ({ $supervisor }) выдал Вам индивидуальное задание:

    { $text }

    Задание всегда можно посмотреть в /myplacement.
assignment-told-student-document = Руководитель практики ({ $supervisor }) выдал Вам индивидуальное задание файлом. { $text }

    Файл можно открыть в /myplacement.
assignment-none = Индивидуальное задание обучающемуся { $student } ещё не выдано.
assignment-shown = Индивидуальное задание обучающегося { $student } (выдал: { $by }, { $date }):
assignment-document-line = Файл задания: «{ $file }» (SHA-256 { $sha }…)
assignment-document-button = Открыть файл задания
assignment-no-document = К заданию не прикреплён файл.
assignment-document-caption = Индивидуальное задание обучающегося { $student }.
assignment-student-none = Индивидуальное задание: руководитель практики его ещё не выдал.
assignment-student-title = Индивидуальное задание (выдал: { $by }):
assignment-student-document = Файл задания: «{ $file }».

card-title = { $student }, группа { $group }, ID студента { $number }
card-practice = Практика: { $practiceType }, с { $from } по { $to }.
card-hours = Часы: утверждено { $approved }, представлено { $handedIn } из { $required }; ожидают решения записей: { $pending }.
card-assignment-set = Индивидуальное задание выдано.
card-assignment-missing = Индивидуальное задание ещё не выдано.
card-report = Отчёт по практике: «{ $file }» ({ $date }); версий: { $versions }.
card-report-none = Отчёт по практике ещё не сдан.
card-characteristic = Характеристика написана; предлагаемая оценка — { $score } ({ $letter }).
card-characteristic-none = Характеристики ещё нет.
card-signed = Дневник-отчёт подписан обоими руководителями практики.
card-signoffs = Дневник-отчёт ещё не подписан; подписей: { $count }.
card-grade = Оценка: { $score } ({ $letter }).
card-grade-commission = Оценка комиссии: { $score } ({ $letter }).
card-grade-none = Оценки ещё нет.
card-button-open = Карточка обучающегося
card-button-student = { $n }. { $student }
card-button-entries = Записи по неделям
card-button-assignment = Индивидуальное задание
card-button-report = Отчёт
card-button-characteristic = Характеристика
card-button-pdf = Дневник-отчёт (PDF)
card-button-write-assignment = Выдать задание
card-button-attachments = Вложения за { $date } ({ $count })
card-button-back = К карточке
card-week-title = { $student }: неделя { $index } из { $weeks }, с { $from } по { $to }. Часы: представлено { $hours }, утверждено { $approved }, норма { $norm }.
card-week-entry = • { $date } — { $hours } ч, { $status }; вложений: { $attachments }
    { $text }
card-week-empty = За эту неделю записей нет.
card-entry-status-draft = черновик
card-entry-status-submitted = ожидает решения
card-entry-status-approved = утверждена
card-entry-status-returned = возвращена на доработку
card-report-history = Отчёты по практике обучающегося { $student }, всех версий: { $count }. Действующий отправлен ниже.
card-report-version = { $n }. «{ $file }», { $date }, SHA-256 { $sha }…
card-characteristic-missing = Руководитель практики от организации ещё не написал характеристику на обучающегося { $student }.
card-characteristic-shown = Характеристика на обучающегося { $student } от { $date }; предлагаемая оценка — { $score } ({ $letter }).
card-characteristic-document = Подписанная характеристика на обучающегося { $student }.

doc-assignment-title = Индивидуальное задание (QP-06, п. 5.13)
doc-assignment-document = Файл задания: { $file } (SHA-256: { $sha }…)
doc-assignment-none = Индивидуальное задание не выдано.
doc-signatures-title = Подписи
doc-seal = М.П. организации
