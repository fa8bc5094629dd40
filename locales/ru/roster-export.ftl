## Roster export: the department's complete status workbook (issue 15)

doc-xlsx-col-status = Статус
doc-xlsx-col-university-supervisor = Руководитель практики от кафедры
doc-xlsx-col-organisation-supervisor = Руководитель практики от организации
doc-xlsx-status-none = нет базы
doc-xlsx-status-draft = заполняется
doc-xlsx-status-submitted = ожидает утверждения
doc-xlsx-status-returned = возвращена на доработку
doc-xlsx-status-approved = утверждена
doc-xlsx-status-signed = дневник подписан
doc-xlsx-status-graded = оценка выставлена
roster-export-caption = Ход практики по кафедре { $department }: { $students ->
    [one] { $students } обучающийся
    [few] { $students } обучающихся
    [many] { $students } обучающихся
   *[other] { $students } обучающегося
}, { $rows ->
    [one] { $rows } строка
    [few] { $rows } строки
    [many] { $rows } строк
   *[other] { $rows } строки
} в таблице.

## Roster import: which sheet and header row were read
roster-read-sheet = Прочитан лист «{ $sheet }», заголовки в строке { $row }.
roster-read-csv = Заголовки найдены в строке { $row }.

## Broadcasts: the re-send to those who have not read it asks first

broadcast-resend-confirm = Отправить объявление повторно { $count ->
        [one] { $count } получателю, который ещё не ознакомился
        [few] { $count } получателям, которые ещё не ознакомились
        [many] { $count } получателям, которые ещё не ознакомились
       *[other] { $count } получателя, которые ещё не ознакомились
    } с ним?
broadcast-resend-confirm-button = Отправить повторно ({ $count })
broadcast-resend-cancel-button = Отмена
broadcast-resend-cancelled = Ничего не отправлено.

## Bases in bulk: one list of the bases sent for approval, "approve all shown" on /bases

cp-grouped-placement-submitted = { $count ->
        [one] { $count } обучающийся отправил
        [few] { $count } обучающихся отправили
        [many] { $count } обучающихся отправили
       *[other] { $count } обучающегося отправили
    } базу практики Вам на утверждение (6B03104, п. 9.1):
cp-grouped-line-placement = • { $student } ({ $studentNumber }, { $group }) — { $organisation }
cp-grouped-bases-button = Просмотреть и утвердить (/bases)
cp-bases-approve-shown-button = ✅ Утвердить все показанные ({ $count })
cp-bases-approve-shown-hint = Выше { $count ->
        [one] показана { $count } база
        [few] показаны { $count } базы
        [many] показано { $count } баз
       *[other] показано { $count } базы
    }: утвердите их по одной или все сразу.
cp-bases-list-changed = Список изменился с момента показа (базу отправили, изменили или по ней уже приняли решение). Ничего не утверждено; вот текущий список.
cp-bases-approved-shown = Утверждено { $approved } из { $count } показанных:
cp-bases-approved-shown-line = • { $student } ({ $studentNumber }): { $outcome ->
        [approved] утверждена, обучающийся уведомлён
        [alreadyDecided] решение уже принято, ничего не изменено
        [changed] обучающийся изменил сведения, не утверждена
        [organisationRejected] организация отклонена, не утверждена
        [forbidden] не Ваша кафедра, не утверждена
       *[refused] не утверждена
    }

## /students: status and practice-type words taken as filters (comma-separated; every language is understood)

cp-students-words-status-draft = черновик, черновики, заполняется
cp-students-words-status-submitted = на утверждении, ожидает утверждения, ожидают, отправлена, отправленные
cp-students-words-status-approved = утверждена, утверждённые, утверждено
cp-students-words-status-returned = на доработке, возвращена, возвращённые
cp-students-words-status-active = идёт, идут, проходят
cp-students-words-status-finished = завершена, завершённые, завершено
cp-students-words-type-educational = учебная
cp-students-words-type-pedagogical = педагогическая
cp-students-words-type-research = исследовательская
cp-students-words-type-production = производственная
cp-students-words-type-preDiploma = преддипломная
