## Загрузка списка обучающихся: проблемы с файлом (даты и числа передаются уже отформатированными)

roster-file-too-large = Файл больше 20 МБ: Telegram не позволяет боту скачивать файлы такого размера. Разделите список на несколько файлов.
roster-file-unsupported-type = Файл такого типа прочитать нельзя. Отправьте список файлом CSV или книгой Excel (.xlsx); старую книгу .xls сначала сохраните в формате .xlsx.
roster-file-empty = В файле нет строк с обучающимися под строкой заголовков.
roster-file-unreadable = Файл не удалось прочитать. Проверьте, что он открывается в Excel, и отправьте его ещё раз.
roster-file-too-many-rows = В файле больше { $max ->
        [one] { $max } строки
        [few] { $max } строк
        [many] { $max } строк
       *[other] { $max } строки
    }. Разделите его по группам или курсам.

## Загрузка списка: столбцы (заголовки можно писать на русском, казахском или английском)

roster-column-studentNumber = ID студента
roster-column-fullName = ФИО
roster-column-group = Группа
roster-column-programmeCode = Шифр образовательной программы
roster-column-course = Курс
roster-column-level = Уровень обучения
roster-column-practiceType = Вид практики
roster-column-startDate = Дата начала
roster-column-endDate = Дата окончания
roster-column-weeks = Количество недель
roster-column-supervisorEmail = E-mail руководителя практики от кафедры

## Загрузка списка: ошибки (пока есть хоть одна, ничего не загружается)

roster-errors-header = Ничего не загружено: в файле { $count ->
        [one] { $count } ошибка
        [few] { $count } ошибки
        [many] { $count } ошибок
       *[other] { $count } ошибки
    }. Исправьте файл и отправьте его ещё раз.
roster-error-in-cell = Строка { $row }, столбец «{ $column }»: { $reason }
roster-error-in-header = Строка заголовков, столбец «{ $column }»: { $reason }
roster-error-missing-column = такого столбца нет.
roster-error-duplicate-column = столбец встречается дважды; оставьте один.
roster-error-required = ячейка пустая.
roster-error-student-number-format = ID студента — это 4–20 букв или цифр, среди которых есть хотя бы одна цифра, например 20210345.
roster-error-name-too-short = слишком коротко для ФИО.
roster-error-name-too-long = ФИО может содержать не более { $max ->
        [one] { $max } символа
        [few] { $max } символов
        [many] { $max } символов
       *[other] { $max } символа
    }.
roster-error-name-letters-only = в ФИО допускаются только буквы, дефис и апостроф.
roster-error-name-need-surname-and-name = нужны и фамилия, и имя.
roster-error-name-too-many-words = больше пяти слов; укажите только фамилию, имя и отчество.
roster-error-group-format = название группы — это 2–20 букв, цифр, пробелов или дефисов, среди них есть цифра, например SE-2203.
roster-error-programme-code-format = шифр программы выглядит так: 6B06102 — цифра, буква и пять цифр.
roster-error-programme-code-level-mismatch = для этого уровня обучения шифр программы начинается с { $prefix }.
roster-error-course-range = для этого уровня обучения курс — от { $min } до { $max }.
roster-error-level-unknown = неизвестный уровень обучения; укажите бакалавриат, магистратуру или докторантуру.
roster-error-practice-type-unknown = неизвестный вид практики; укажите одно из значений: «учебная», «педагогическая», «исследовательская», «производственная», «преддипломная».
roster-error-date-format = это не дата; запишите её в виде 11.01.2027.
roster-error-weeks-range = практика длится от { $min } до { $max ->
        [one] { $max } недели
        [few] { $max } недель
        [many] { $max } недель
       *[other] { $max } недели
    }.
roster-error-email-format = это не адрес электронной почты.
roster-error-email-too-long = адрес электронной почты может содержать не более { $max ->
        [one] { $max } символа
        [few] { $max } символов
        [many] { $max } символов
       *[other] { $max } символа
    }.
roster-error-end-before-start = практика должна заканчиваться позже, чем начинается ({ $start }).
roster-error-start-too-early = начало больше года назад; практика может начинаться не раньше { $earliest }.
roster-error-start-too-late = начало больше чем через два года; практика может начинаться не позднее { $latest }.
roster-error-weeks-mismatch = указано { $weeks ->
        [one] { $weeks } неделя
        [few] { $weeks } недели
        [many] { $weeks } недель
       *[other] { $weeks } недели
    }, а по датам выходит { $calendarWeeks ->
        [one] { $calendarWeeks } неделя
        [few] { $calendarWeeks } недели
        [many] { $calendarWeeks } недель
       *[other] { $calendarWeeks } недели
    }; практика такой длительности с этой даты заканчивается { $expectedEnd } (QP-06, п. 3.6).
roster-error-duplicate-row = у этого обучающегося уже есть практика этого вида в том же учебном году — строка { $firstRow }.
roster-error-conflicting-student = данные отличаются от строки { $firstRow } с тем же ID студента.
roster-error-other-department = этот обучающийся есть в списке другой кафедры. Обратитесь к ответственному за практику на той кафедре или удалите строку.

## Загрузка списка: результат

roster-imported = Список загружен: { $rows ->
        [one] { $rows } строка
        [few] { $rows } строки
        [many] { $rows } строк
       *[other] { $rows } строки
    }.
roster-imported-students = Обучающиеся: новых — { $new }, обновлено — { $updated }, без изменений — { $unchanged }.
roster-imported-placements = Записи о практике (черновики): новых — { $new }, обновлено — { $updated }, без изменений — { $unchanged }.
roster-skipped-header = Не изменены записи о практике, которые обучающиеся уже отправили на утверждение ({ $count }):
roster-skipped-line = { $studentNumber }: { $practiceType }, { $academicYear } — { $status }
roster-to-confirm-header = Уже зарегистрированы в боте с ID студента из списка: { $count }. Подтвердите, что это те же люди; до подтверждения данные списка к ним не применяются:
roster-to-confirm-line = { $studentNumber }: зарегистрирован(а) как { $registeredFullName } ({ $registeredGroup }); в списке — { $rosterFullName } ({ $rosterGroup })
roster-confirm-button = Это тот же человек
roster-dismiss-button = Это другой человек
roster-confirmed = Подтверждено: данные списка применены к обучающемуся; создано записей о практике — { $new }.
roster-dismissed = Строка списка отложена; профиль обучающегося остался прежним.
roster-already-decided = Решение по этому уже принято.
roster-invitations-sent = В файле { $count ->
        [one] { $count } персональная ссылка
        [few] { $count } персональные ссылки
        [many] { $count } персональных ссылок
       *[other] { $count } персональной ссылки
    }: передайте каждому обучающемуся его собственную. Каждая ссылка срабатывает один раз и действует до { $expires }.
roster-invitations-none = Новые ссылки не понадобились: у всех обучающихся из списка уже есть действующая ссылка или они уже в боте.
roster-reissued = В файле { $count ->
        [one] { $count } новая ссылка
        [few] { $count } новые ссылки
        [many] { $count } новых ссылок
       *[other] { $count } новой ссылки
    }; прежние неиспользованные ссылки больше не действуют.

## Загрузка списка: книга со ссылками (заголовки столбцов)

roster-sheet-title = Приглашения
roster-sheet-student-number = ID студента
roster-sheet-full-name = ФИО
roster-sheet-group = Группа
roster-sheet-link = Персональная ссылка
roster-sheet-expires = Действует до

## База практики и сведения о практике

placement-status-draft = заполняется
placement-status-submitted = ожидает утверждения
placement-status-approved = утверждена
placement-status-returned = возвращена на доработку
placement-status-active = идёт
placement-status-finished = завершена

placement-type-educational = учебная практика
placement-type-pedagogical = педагогическая практика
placement-type-research = исследовательская практика
placement-type-production = производственная практика
placement-type-preDiploma = преддипломная практика

placement-field-organisation = база практики
placement-field-unit = подразделение, в котором Вы будете работать
placement-field-contractNumber = номер договора о прохождении практики
placement-field-contractDate = дата договора о прохождении практики
placement-field-organisationSupervisorName = ФИО руководителя практики от организации
placement-field-organisationSupervisorPhone = телефон руководителя практики от организации
placement-field-organisationSupervisorEmail = e-mail руководителя практики от организации
placement-field-startDate = дата начала
placement-field-endDate = дата окончания
placement-field-weeks = количество недель
placement-incomplete = Чтобы отправить на утверждение, заполните: { $fields }.

## Сведения о практике: почему значение не принято

placement-required-missing = Это обязательное поле.
placement-bin-format = БИН состоит из 12 цифр.
placement-bin-check-digit = Контрольная цифра БИН не сходится — в номере опечатка. Сверьте его с договором о прохождении практики.
placement-bin-not-for-foreign = У иностранной организации нет БИН; оставьте поле пустым.
placement-phone-characters = В номере телефона допускаются только цифры, пробелы, дефисы, скобки и знак + в начале.
placement-phone-length = В казахстанском номере 10 цифр после +7 или 8, например +7 701 234 56 78.
placement-phone-prefix = Казахстанский номер начинается с +7 или 8.
placement-phone-not-kazakhstan = Это не казахстанский номер: у них после +7 идёт 6 или 7.
placement-email-format = Это не адрес электронной почты; пример: name@company.kz.
placement-email-too-long = Адрес электронной почты может содержать не более { $max ->
        [one] { $max } символа
        [few] { $max } символов
        [many] { $max } символов
       *[other] { $max } символа
    }.
placement-name-too-short = Слишком коротко для ФИО: укажите фамилию и имя.
placement-name-too-long = ФИО может содержать не более { $max ->
        [one] { $max } символа
        [few] { $max } символов
        [many] { $max } символов
       *[other] { $max } символа
    }.
placement-name-letters-only = В ФИО допускаются только буквы, дефис и апостроф.
placement-name-need-surname-and-name = Укажите и фамилию, и имя.
placement-name-too-many-words = Больше пяти слов: укажите только фамилию, имя и отчество.
placement-text-too-short = Слишком коротко: не менее { $min ->
        [one] { $min } символа
        [few] { $min } символов
        [many] { $min } символов
       *[other] { $min } символа
    }.
placement-text-too-long = Слишком длинно: не более { $max ->
        [one] { $max } символа
        [few] { $max } символов
        [many] { $max } символов
       *[other] { $max } символа
    }.
placement-date-invalid-date = Это не дата; запишите её как 11.01.2027.
placement-date-end-before-start = Практика должна заканчиваться позже, чем начинается ({ $start }).
placement-date-start-too-early = Начало больше года назад; практика может начинаться не раньше { $earliest }.
placement-date-start-too-late = Начало больше чем через два года; практика может начинаться не позднее { $latest }.
placement-date-academic-year-format = Учебный год записывается так: 2026-2027.
placement-date-academic-year-mismatch = Практика, которая начинается в эту дату, относится к { $expected } учебному году, а не к { $academicYear }.
placement-date-weeks-range = Практика длится от { $min } до { $max ->
        [one] { $max } недели
        [few] { $max } недель
        [many] { $max } недель
       *[other] { $max } недели
    }.
placement-date-weeks-mismatch = Указано { $weeks ->
        [one] { $weeks } неделя
        [few] { $weeks } недели
        [many] { $weeks } недель
       *[other] { $weeks } недели
    }, а по датам выходит { $calendarWeeks ->
        [one] { $calendarWeeks } неделя
        [few] { $calendarWeeks } недели
        [many] { $calendarWeeks } недель
       *[other] { $calendarWeeks } недели
    }. Практика такой длительности с этой даты заканчивается { $expectedEnd } (QP-06, п. 3.6).
placement-date-contract-after-end = Договор о прохождении практики не может быть датирован позже окончания практики ({ $end }).
placement-date-contract-too-early = Дата договора слишком ранняя (раньше { $earliest }); проверьте год.
placement-country-format = Укажите страну двухбуквенным кодом, например KZ, UZ или RU.
placement-organisation-not-found = Этой организации нет в списке; выберите её ещё раз.
placement-organisation-rejected = Кафедра не утвердила эту организацию как базу практики. Выберите другую.
placement-status-locked = Практика уже идёт, поэтому эти сведения больше нельзя изменить.
placement-contract-late = Договор о прохождении практики датирован { $contractDate }, а должен быть заключён не позднее { $deadline }. Он принят, ответственный за практику на кафедре уведомлён.

## Сведения о практике: отказы по правам доступа

placement-denied-noRole = Это Вам недоступно.
placement-denied-notOwnRecord = Это сведения другого обучающегося.
placement-denied-notAssigned = Этот обучающийся не закреплён за Вами.
placement-denied-notLinked = Вы не являетесь руководителем практики от организации у этого обучающегося.
placement-denied-otherDepartment = Это относится к другой кафедре.
placement-denied-organisationSupervisorApproves = Записи этого обучающегося утверждает руководитель практики от организации. Вы можете вернуть запись на доработку с комментарием.
placement-denied-notConfirmed = Кафедра ещё не подтвердила Вас руководителем практики от организации этого обучающегося.

## Приглашения: исходы, добавленные вместе с базами практики и списками

invite-revoked = Это приглашение заменено новым. Попросите отправителя прислать новую ссылку.
invite-conflict = Эта персональная ссылка относится к другой записи обучающегося, а к Вашему аккаунту Telegram уже привязана своя. Ничего не изменено. Обратитесь к ответственному за практику на своей кафедре.
