## Оценка комиссии кафедры и протокол защиты (QP-06 6.5–6.6)

cmd-commission =
    .description = Записать оценки комиссии по итогам защиты отчётов и получить протокол

commission-none-ready = Сейчас некого выносить на комиссию: защищать отчёт можно после того, как оба руководителя практики подписали дневник-отчёт и обучающийся сдал отчёт. Обучающиеся, уже оценённые комиссией, в список не входят.
commission-ask-number = Укажите номер протокола заседания комиссии (например, 7 или 12/3-П).
commission-ask-date = Укажите дату заседания комиссии в формате ДД.ММ.ГГГГ (не позже сегодняшнего дня).
commission-ask-members = Перечислите членов комиссии, присутствовавших на заседании, по одному в строке; первым укажите председателя. Решение принимается большинством голосов, поэтому членов должно быть не меньше трёх.
commission-ask-score = Обучающийся { $n } из { $total }: { $student }, группа { $group }. Введите оценку комиссии от 0 до 100 или «-», если отчёт на этом заседании не защищался.
commission-reason-protocolNumberInvalid = Номер протокола должен начинаться с буквы или цифры и содержать не больше 30 знаков (буквы, цифры, пробел, «.», «/», «-», «№»).
commission-reason-protocolDateInvalid = Не удалось распознать дату. Введите её в формате ДД.ММ.ГГГГ, например 25.12.2026.
commission-reason-protocolDateFuture = Заседание ещё не состоялось: укажите дату не позже сегодняшнего дня.
commission-reason-membersTooFew = Укажите не меньше трёх членов комиссии, по одному в строке.
commission-reason-membersTooMany = Укажите не больше пятнадцати членов комиссии.
commission-reason-memberNameInvalid = В каждой строке должно быть имя члена комиссии (не длиннее 120 знаков).
commission-reason-scoreNotANumber = Введите оценку числом от 0 до 100 или «-».
commission-reason-scoreOutOfRange = Оценка должна быть от { $min } до { $max }.
commission-nobody-graded = Никому не выставлена оценка, поэтому протокол не записан.
commission-confirm = Проверьте протокол № { $number } от { $date }.
    Члены комиссии: { $members }
    Оценки:
    { $grades }
    Записать оценки и сформировать протокол?
commission-confirm-yes = Записать
commission-confirm-no = Отменить
commission-cancelled = Протокол не записан; оценки не изменены.
commission-recorded = Протокол № { $number } записан; оценок комиссии: { $count }. Обучающиеся получили уведомления, протокол прикреплён.
commission-duplicate-number = Протокол № { $number } на кафедре уже записан. Проверьте номер и начните заново командой /commission.
commission-grade-student = Комиссия кафедры оценила Вашу практику (протокол № { $number }): { $score } — { $letter } ({ $points }).
commission-give-up = Слишком много неудачных попыток, поэтому ввод прерван. Протокол не записан.
commission-scene-stopped = Запись протокола комиссии прервана; ничего не сохранено. Отправьте /commission, чтобы начать заново.
commission-scene-expired = Время на ответ истекло ({ $hours } ч); протокол не записан. Отправьте /commission, чтобы начать заново.
commission-scene-interrupted = Запись протокола комиссии прервана обновлением бота. Отправьте /commission, чтобы начать заново.

doc-protocol-title = Протокол № { $number }
doc-protocol-subtitle = заседания комиссии кафедры по защите отчётов по профессиональной практике (QP-06, п. 6.5–6.6)
doc-protocol-date = Дата заседания: { $date }
doc-protocol-members = Присутствовали члены комиссии
doc-protocol-chair = председатель
doc-protocol-member = член комиссии
doc-protocol-heard = Слушали отчёты обучающихся
doc-protocol-col-student = Обучающийся
doc-protocol-col-practice = Практика, база практики
doc-protocol-col-grade = Оценка
doc-protocol-grade = { $score } — { $letter } ({ $points }), { $traditional }
doc-protocol-decision = Решение принято большинством голосов присутствовавших членов комиссии (QP-06, п. 6.6): выставить обучающимся оценки, указанные в таблице.
doc-protocol-recorded = Записал(а): { $name }, { $at }
doc-grade-commission = Оценка комиссии кафедры, протокол № { $number } от { $date }
doc-grade-commission-members = Члены комиссии: { $members }
