## Supervision: руководители практики и ответственные за практику в дневнике (issue 9)

cmd-pending =
    .description = Записи дневника, ожидающие утверждения
cmd-characteristic =
    .description = Написать характеристику на обучающегося
cmd-grade =
    .description = Выставить итоговую оценку за практику
cmd-signoff =
    .description = Подписать дневник-отчёт обучающегося
cmd-export =
    .description = Сводка по дневникам кафедры (XLSX) или Ваш дневник-отчёт (PDF)
    .description-student = Ваш дневник-отчёт по практике (F-76, PDF)
    .description-coordinator = Сводка по дневникам кафедры (XLSX)

supervision-entry = { $student }, { $date } ({ NUMBER($hours) } ч):
    { $text }
supervision-button-approve = ✅ Утвердить
supervision-button-return = ↩️ Вернуть на доработку
supervision-outcome-approved = ✅ Утверждено ({ $at }).
supervision-outcome-returned = ↩️ Возвращено на доработку ({ $at }): { $reason }
supervision-toast-approved = Утверждено.
supervision-toast-returned = Запись возвращена обучающемуся на доработку.
supervision-student-approved = Ваша запись в дневнике за { $date } утверждена.
supervision-student-returned = Ваша запись в дневнике за { $date } возвращена на доработку: { $reason }
    Чтобы исправить её, отправьте /diary.
supervision-student-approved-many = { $count ->
    [one] Утверждена { $count } запись в Вашем дневнике: { $dates }.
    [few] Утверждены { $count } записи в Вашем дневнике: { $dates }.
    [many] Утверждено { $count } записей в Вашем дневнике: { $dates }.
   *[other] Утверждено { $count } записи в Вашем дневнике: { $dates }.
}

supervision-return-ask = Почему запись возвращается на доработку? Напишите комментарий для обучающегося (или /cancel).
supervision-return-scene-stopped = Возврат записи прерван; запись не изменилась. Нажмите «Вернуть на доработку» ещё раз, когда будете готовы.
supervision-return-scene-expired = Время на возврат записи на доработку истекло ({ $hours } ч); запись не изменилась. Нажмите «Вернуть на доработку» ещё раз или отправьте /pending.
supervision-return-scene-interrupted = Возврат записи прерван обновлением бота; запись не изменилась. Отправьте /pending, чтобы увидеть её снова.
supervision-give-up = Слишком много неудачных попыток, поэтому ввод прерван. Ничего не изменено.

supervision-pending-none = Записей, ожидающих Вашего утверждения, нет.
supervision-pending-header = Ожидают Вашего утверждения: { $count ->
    [one] { $count } запись
    [few] { $count } записи
    [many] { $count } записей
   *[other] { $count } записи
} ({ $students ->
    [one] { $students } обучающийся
    [few] { $students } обучающихся
    [many] { $students } обучающихся
   *[other] { $students } обучающегося
}).
supervision-pending-student = { $student } ({ $group }), { $count ->
    [one] { $count } запись:
    [few] { $count } записи:
    [many] { $count } записей:
   *[other] { $count } записи:
}
supervision-pending-line = • { $date }, { NUMBER($hours) } ч — { $text }
supervision-pending-approve-all = ✅ Утвердить все показанные ({ $count })
supervision-pending-one-by-one = По одной: утвердить или вернуть на доработку
supervision-pending-one-by-one-more = Ещё { $count ->
    [one] { $count } запись ждёт
    [few] { $count } записи ждут
    [many] { $count } записей ждут
   *[other] { $count } записи ждут
} решения: отправьте /pending, когда рассмотрите эти записи.
supervision-pending-nothing-left = У этого обучающегося больше нет записей, ожидающих утверждения.
supervision-pending-list-changed = Записи этого обучающегося изменились после того, как был показан список, поэтому ничего не утверждено. Вот обновлённый список.
supervision-pending-approved = { $student }: { $count ->
    [one] утверждена { $count } запись.
    [few] утверждены { $count } записи.
    [many] утверждено { $count } записей.
   *[other] утверждено { $count } записи.
}
supervision-pending-skipped = { $count ->
    [one] { $count } запись не утверждена: она изменилась или по ней уже принято решение.
    [few] { $count } записи не утверждены: они изменились или по ним уже принято решение.
    [many] { $count } записей не утверждено: они изменились или по ним уже принято решение.
   *[other] { $count } записи не утверждено: они изменились или по ним уже принято решение.
}
supervision-digest-on = Новые записи приходят Вам раз в день, одной сводкой.
supervision-digest-off = Новые записи приходят Вам по одной, сразу после отправки.
supervision-digest-button-on = Раз в день, сводкой
supervision-digest-button-off = По одной, сразу

supervision-no-students = Среди Ваших обучающихся нет тех, для кого это можно сделать сейчас.
supervision-choose-student = Выберите обучающегося.

supervision-characteristic-ask-text = Напишите характеристику на обучающегося (выполненная работа, навыки, отношение к делу) одним сообщением.
supervision-characteristic-ask-score = Какую оценку от 0 до 100 Вы предлагаете?
supervision-characteristic-saved = Характеристика сохранена: { $student }. Предлагаемая оценка: { $score } ({ $letter }, { $points }).
supervision-characteristic-scene-stopped = Написание характеристики прервано; ничего не сохранено. Отправьте /characteristic, чтобы начать заново.
supervision-characteristic-scene-expired = Время на написание характеристики истекло ({ $hours } ч); ничего не сохранено. Отправьте /characteristic, чтобы начать заново.
supervision-characteristic-scene-interrupted = Написание характеристики прервано обновлением бота. Отправьте /characteristic, чтобы начать заново.

supervision-grade-ask = Отправьте итоговую оценку от 0 до 100.
supervision-grade-recorded = Оценка выставлена: { $student } — { $score } из 100, { $letter } ({ $points }). Обучающийся уведомлён.
supervision-grade-failing-told = Оценка неудовлетворительная: обучающемуся также сообщено, что его ждёт дальше (QP-06, пп. 6.10–6.11).
supervision-grade-student = Ваша оценка за практику: { $score } — { $letter } ({ $points }).
supervision-grade-scene-stopped = Выставление оценки прервано; ничего не сохранено. Отправьте /grade, чтобы начать заново.
supervision-grade-scene-expired = Время на выставление оценки истекло ({ $hours } ч); ничего не сохранено. Отправьте /grade, чтобы начать заново.
supervision-grade-scene-interrupted = Выставление оценки прервано обновлением бота. Отправьте /grade, чтобы начать заново.

supervision-signoff-done = Вы подписали дневник-отчёт: { $student }. Ожидается подпись второго руководителя.
supervision-signoff-complete = Вы подписали дневник-отчёт: { $student }. Оба руководителя подписали дневник-отчёт.
supervision-signoff-pending-dates = Ещё не утверждены записи обучающегося { $student } за следующие дни: { $dates }.

supervision-export-wait = Готовлю сводку по дневникам кафедры…
supervision-export-usage = Укажите код кафедры, например: /export CS.
supervision-export-not-yours = { $code } — не Ваша кафедра.
