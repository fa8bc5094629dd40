## Diary calendar: late entries, excused days, weekly norms

diary-reason-beforeDiaryOpened = Дневник можно вести с { $openedOn } — дня утверждения базы практики. Более ранний день можно заполнить только с разрешения руководителя практики.

cmd-permit =
    .description = Разрешить обучающемуся заполнить пропущенные дни дневника
cmd-excuse =
    .description = Отметить дни отсутствия по уважительной причине

diary-calendar-permit-usage = Как отправить: /permit <ID обучающегося> <дд.мм.гггг>[,дд.мм.гггг…], например: /permit 20B030123 12.11.2026,13.11.2026
diary-calendar-excuse-usage = Как отправить: /excuse <ID обучающегося> <дд.мм.гггг>[-дд.мм.гггг] <причина>, например: /excuse 20B030123 16.11.2026-18.11.2026 больничный лист. Справку можно приложить: отправьте её фото или файлом с этой командой в подписи.
diary-calendar-args-usage = Команда не распознана.
diary-calendar-args-badDate = Дата указана неверно: нужен формат дд.мм.гггг и существующий день.
diary-calendar-args-badRange = Последний день периода раньше первого.
diary-calendar-args-tooManyDays = За один раз можно указать не больше 31 дня.
diary-calendar-args-reasonLength = Укажите причину: от 3 до 300 символов.
diary-calendar-unknown-student = Обучающийся с таким ID не найден.
diary-calendar-no-diary = У этого обучающегося нет дневника практики: база практики ещё не утверждена или даты практики не заданы.
diary-calendar-date-outsidePractice = { $date } — не день практики этого обучающегося.
diary-calendar-date-future = { $date } ещё не наступило: разрешение нужно только для прошедших дней.
diary-calendar-date-alreadyWritable = { $date } обучающийся может заполнить и без разрешения.
diary-calendar-permit-done = { $student } может заполнить дневник за { $dates }. Обучающемуся отправлено уведомление; в дневнике-отчёте эти записи будут отмечены.
diary-calendar-excuse-done = Дни отсутствия по уважительной причине у обучающегося { $student } отмечены: { $dates }. Они не считаются пропусками; объём практики теперь { NUMBER($required) } ч.
diary-calendar-late-granted = Руководитель практики разрешил Вам заполнить дневник за { $dates }. Эти дни теперь доступны при выборе даты записи.
diary-calendar-excused-marked = Руководитель практики отметил дни отсутствия по уважительной причине: { $dates } ({ $reason }). Они не считаются пропусками, и норма часов за эти недели снижена.

diary-calendar-notify-entry =
    { $edited ->
        [yes] { $student } изменил(а) запись в дневнике за { $date } ({ $hours } ч):
       *[no] Новая запись в дневнике: { $student }, { $date } ({ $hours } ч):
    }
    { $flag ->
        [week] ⚠ За эту неделю сдано { $weekHours } ч — больше 40 ч в неделю (Трудовой кодекс РК, ст. 68).
        [late] ⚠ Запись сделана через { $lateDays } дн. после этого дня.
       *[both] ⚠ За эту неделю сдано { $weekHours } ч — больше 40 ч в неделю (Трудовой кодекс РК, ст. 68). Запись сделана через { $lateDays } дн. после этого дня.
    }

    { $text }
diary-calendar-flag-weekOver40 = { "  " }⚠ за эту неделю больше 40 ч
diary-calendar-flag-writtenLate = { "  " }⚠ записано с опозданием

diary-progress-shortfall = Не хватает { NUMBER($hours) } ч: даже при записи каждого оставшегося рабочего дня объём практики не будет набран.
diary-progress-excused = { $count ->
        [one] { $count } день отсутствия
        [few] { $count } дня отсутствия
        [many] { $count } дней отсутствия
       *[other] { $count } дня отсутствия
    } по уважительной причине: { $days }
diary-week-norm = Норма недели: { NUMBER($norm) } ч{ $excused ->
        [0] {""}
       *[other] { " " }(с учётом дней отсутствия по уважительной причине: { $excused })
    }

doc-mark-late-entry = заполнено с разрешения руководителя
doc-excused-days = Дни отсутствия по уважительной причине: { $days }
