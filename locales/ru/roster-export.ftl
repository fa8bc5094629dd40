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
