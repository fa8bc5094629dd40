## Coordinator: placements, /bases, /students, /assign, roster upload

cp-placement-summary = { $student } ({ $studentNumber }, { $group })
    Вид практики: { $practiceType }, { $start } – { $end }
    База практики: { $organisation }{ $organisationStatus ->
        [proposed] {" "}(новая, кафедра её ещё не утвердила)
        [rejected] {" "}(отклонена кафедрой)
       *[approved] {""}
    }
    Договор о прохождении практики: № { $contract } от { $contractDate }{ $late ->
        [yes] {" "}— заключён позже установленного срока
       *[no] {""}
    }
cp-approve-button = ✅ Утвердить
cp-return-button = ↩️ Вернуть на доработку

cp-student-approved = База практики утверждена: { $organisation }, { $start } – { $end }. Теперь пригласите руководителя практики от организации: отправьте /invite_orgsupervisor.
cp-student-returned = Сведения о базе практики ({ $organisation }, { $start } – { $end }) возвращены на доработку. Комментарий ответственного за практику на кафедре: «{ $reason }». Исправьте сведения командой /base и отправьте их снова.

cp-decision-approved = ✅ Утверждено: { $student }. Обучающийся уведомлён.
cp-decision-returned = ↩️ Возвращено на доработку: { $student }. Обучающийся уведомлён о причине.
cp-decision-already = Решение уже принято; текущий статус: { $status }. Ничего не изменено.
cp-decision-changed = Обучающийся изменил сведения после отправки этого сообщения. Ничего не изменено; последняя версия — ниже.
cp-decision-not-submitted = Обучающийся ещё не отправил эти сведения на утверждение. Ничего не изменено.
cp-decision-organisation-rejected = Кафедра отклонила эту базу практики, поэтому утвердить нельзя. Верните сведения на доработку с указанием причины.
cp-decision-not-found = Этих сведений больше нет.

cp-return-ask-reason = Почему Вы возвращаете сведения на доработку? Напишите, что обучающемуся нужно исправить (не более { $max ->
        [one] { $max } символа
        [few] { $max } символов
        [many] { $max } символов
       *[other] { $max } символа
    }); обучающийся увидит Ваш текст.
cp-return-done = Возвращено на доработку: { $student }. Обучающийся уведомлён о причине: «{ $reason }».
cp-return-too-many-attempts = Причина несколько раз не была принята, поэтому ничего не возвращено. Нажмите кнопку ещё раз, когда будете готовы.
cp-return-scene-stopped = Возврат на доработку прерван; ничего не изменено. Нажмите кнопку ещё раз или отправьте /bases.
cp-return-scene-expired = Время ожидания причины истекло: ответа не было { $hours } { $hours ->
        [one] час
        [few] часа
        [many] часов
       *[other] часа
    }. Ничего не изменено; нажмите кнопку ещё раз или отправьте /bases.
cp-return-scene-interrupted = Возврат на доработку прерван обновлением бота; ничего не изменено. Нажмите кнопку ещё раз или отправьте /bases.

cp-department-needed = Укажите после команды код кафедры, например: /{ $command } CS.
cp-department-not-found = Кафедра не найдена.

cp-bases-none = Сведений о базах практики, ожидающих Вашего утверждения, нет.
cp-bases-header = Ожидают утверждения: { $count }. Страница { $page } из { $pages }.
cp-page-prev = ◀️ Назад
cp-page-next = Далее ▶️
cp-page-of = Страница { $page } из { $pages }

cp-students-header = Обучающихся: { $count }. Страница { $page } из { $pages }.
cp-students-filters = Группа: { $group }; вид практики: { $practiceType }; статус: { $status }
cp-filter-any = любой
cp-filter-type-button = 🔄 Вид практики
cp-filter-status-button = 🔄 Статус
cp-students-line = { $n }. { $student } ({ $studentNumber }, { $group }) — { $placements }
cp-students-placement = { $practiceType }: { $status }
cp-students-no-placement = практика не оформлена
cp-students-none = По выбранным условиям никого не найдено.
cp-students-usage = После команды можно указать группу, например: /students SE-2203. Вид практики и статус выбираются кнопками под списком.

cp-assign-usage = Укажите после команды ID студента или группу: /assign 20210345 или /assign SE-2203.
cp-assign-no-supervisors = На Вашей кафедре ещё нет руководителей практики в боте. Пригласите их командой /invite_supervisor.
cp-assign-no-placements = У этого обучающегося нет открытой практики.
cp-assign-not-found = Обучающийся или группа Вашей кафедры с таким обозначением не найдены.
cp-assign-group-too-long = Название группы слишком длинное для кнопок; назначьте руководителя практики каждому обучающемуся отдельно по ID студента.
cp-assign-nobody = не назначен
cp-assign-choose-student = Выберите руководителя практики от кафедры. Обучающийся: { $student } ({ $studentNumber }), { $practiceType }. Сейчас: { $current }.
cp-assign-choose-group = Выберите руководителя практики от кафедры для группы { $group }: { $count ->
        [one] { $count } запись о практике
        [few] { $count } записи о практике
        [many] { $count } записей о практике
       *[other] { $count } записи о практике
    }.
cp-assign-done = Руководитель практики от кафедры: { $supervisor }; изменено записей: { $count }.
cp-assign-stale = После этого сообщения назначение уже изменилось; ничего не изменено. Отправьте /assign ещё раз.
cp-assign-not-supervisor = Этот человек больше не является руководителем практики от Вашей кафедры. Ничего не изменено.

cp-roster-department-needed = Укажите код своей кафедры в подписи к файлу, например CS, и отправьте файл снова.
cp-roster-download-failed = Не удалось получить файл из Telegram. Ничего не загружено; отправьте файл ещё раз.

cmd-bases =
    .description = Базы практики на утверждении
cmd-students =
    .description = Обучающиеся кафедры: поиск и отбор по группе, виду практики и статусу
cmd-assign =
    .description = Назначить руководителя практики от кафедры

## Поиск в /students
cp-search-header = Найдено по запросу «{ $query }»: { $count }.
cp-search-more = Показаны первые { $shown }. Уточните запрос: добавьте буквы фамилии или отправьте ID студента.
cp-search-none = По запросу «{ $query }» на кафедре никого не найдено. Отправьте ID студента, группу или часть фамилии.
