## Проверки (/eligibility)

cmd-eligibility =
    .description = Перевод с курса на курс, смена программы, перевод в другой вуз, восстановление, диплом с отличием

elig-choose-check = Что проверить? Я задам только те вопросы, которые нужны для этой проверки. Чтобы прервать, отправьте /cancel.
elig-check-promotion = Перевод с курса на курс
elig-check-programmeChange = Смена образовательной программы
elig-check-transferOut = Перевод в другой вуз
elig-check-reinstatement = Восстановление после отчисления
elig-check-honours = Диплом с отличием

elig-too-many-attempts = Слишком много неудачных попыток, поэтому ввод прерван. Чтобы начать заново, отправьте /eligibility.

elig-prefilled = Данные из Вашего профиля:
elig-prefilled-level = уровень обучения: { $level ->
        [bachelor] бакалавриат
        [master] магистратура
       *[phd] докторантура (PhD)
    }
elig-prefilled-course = курс: { $course }
elig-prefilled-first-period = первый академический период завершён (Вы на { $course }-м курсе)
elig-prefilled-funding = обучение { $funding ->
        [grant] за счёт государственного образовательного гранта
        [targetedGrant] за счёт целевого государственного образовательного гранта
       *[paid] на платной основе
    } (по данным кафедры)

elig-yes = Да
elig-no = Нет

## Вопросы

elig-ask-level = Ваш уровень обучения:
elig-ask-course = Курс, который Вы сейчас заканчиваете:
elig-promotion-final-year = { $course }-й курс — выпускной курс { $level ->
        [bachelor] бакалавриата
        [master] магистратуры
       *[phd] докторантуры
    }, перевод на следующий курс после него не предусмотрен. Если данные Вашего профиля устарели, обновите их командой /start.

elig-ask-funding = На какой основе Вы обучаетесь?
elig-ask-funding-transfer = На какой основе Вы обучаетесь? Целевой грант — это государственный грант, выделенный на обучение именно в этом университете.
elig-funding-grant = Государственный образовательный грант
elig-funding-targetedGrant = Целевой государственный образовательный грант
elig-funding-paid = Платная основа

elig-ask-gpa-source = Как указать переводной балл и освоенные кредиты?
elig-gpa-source-record = По данным кафедры: GPA { NUMBER($gpa, minimumFractionDigits: 2, maximumFractionDigits: 2) }, { $credits } { $credits ->
        [one] кредит
        [few] кредита
        [many] кредитов
       *[other] кредита
    }
elig-gpa-source-type = Введу GPA и кредиты вручную
elig-gpa-source-grades = Вставлю свои оценки

elig-ask-gpa = Ваш переводной балл (GPA) от 0 до 4, например 2,85:
elig-gpa-format = Это не число. Отправьте переводной балл числом от 0 до 4, например 2,85 или 2.85.
elig-gpa-range = Переводной балл должен быть от { $min } до { $max }. Проверьте его и отправьте ещё раз.
elig-ask-credits = Сколько кредитов Вы освоили всего (от 0 до 400)?
elig-credits-format = Отправьте количество кредитов числом, например 62.
elig-credits-range = Количество кредитов должно быть от { $min } до { $max }. Проверьте его и отправьте ещё раз.
elig-ask-debts = Сколько у Вас академических задолженностей (дисциплин с оценкой FX или F, ещё не пересданных)? Если их нет, отправьте 0.
elig-debts-format = Отправьте целое число от 0 до { $max }, например 0 или 2.

elig-ask-grades =
    Вставьте оценки из транскрипта, по одной дисциплине в строке: название, кредиты, буквенная оценка. Например:
    Математика 5 A-
    Физика 2 4,5 B+
    История Казахстана 5 C пересдача
    После оценки, полученной на пересдаче, напишите «пересдача». Не больше { $maxLines } { $maxLines ->
        [one] строки
        [few] строк
        [many] строк
       *[other] строки
    }.
elig-ask-honours-grades =
    Вставьте оценки по всем дисциплинам за весь период обучения (без итоговой аттестации), по одной дисциплине в строке: название, кредиты, буквенная оценка. Например:
    Математика 5 A-
    Физика 2 4,5 B+
    После оценки, полученной на пересдаче, напишите «пересдача». Не больше { $maxLines } { $maxLines ->
        [one] строки
        [few] строк
        [many] строк
       *[other] строки
    }.
elig-grades-empty = Я не нашёл оценок в Вашем сообщении. Вставьте по одной дисциплине в строке, например «Математика 5 A-».
elig-grades-errors = Не удалось прочитать { $count } { $count ->
        [one] строку
        [few] строки
        [many] строк
       *[other] строки
    }:
elig-grade-line = строка { $line } «{ $text }»: { $reason }
elig-grade-more = … и ещё { $count }
elig-grades-resend = Исправьте их и отправьте весь список ещё раз.
elig-grade-error-unrecognizedLine = не нахожу ни кредитов, ни буквенной оценки.
elig-grade-error-missingLetter = после кредитов нет буквенной оценки.
elig-grade-error-unknownLetter = «{ $token }» — не буквенная оценка (A, A-, B+, B, B-, C+, C, C-, D+, D, FX, F).
elig-grade-error-missingCredits = перед оценкой нет количества кредитов.
elig-grade-error-invalidCredits = «{ $token }» — недопустимое число кредитов: должно быть больше 0 и не больше { $maxCredits }.
elig-grade-error-missingCourse = нет названия дисциплины.
elig-grade-error-tooManyLines = слишком много строк: не больше { $maxLines }.
elig-grades-computed = По Вашим оценкам ({ $courses } { $courses ->
        [one] дисциплина
        [few] дисциплины
        [many] дисциплин
       *[other] дисциплины
    }): GPA { NUMBER($gpa, minimumFractionDigits: 2, maximumFractionDigits: 2) }, { $credits ->
        [one] освоен { $credits } кредит
        [few] освоено { $credits } кредита
        [many] освоено { $credits } кредитов
       *[other] освоено { $credits } кредита
    }, академических задолженностей: { $debts }.
elig-grades-computed-honours = GPA по Вашим оценкам: { NUMBER($gpa, minimumFractionDigits: 2, maximumFractionDigits: 2) }.

elig-ask-first-period = Вы полностью завершили первый академический период (семестр) своей образовательной программы?
elig-ask-related = Новая программа относится к родственному направлению подготовки кадров (к той же группе образовательных программ, что и Ваша нынешняя)?
elig-ask-creative = Для поступления на Вашу нынешнюю программу требовался творческий экзамен?

elig-ask-expelled-on = Дата приказа об отчислении, например 15.06.2024:
elig-date-format = Не удалось прочитать дату. Напишите её в виде день.месяц.год, например 15.06.2024.
elig-date-future = Дата приказа не может быть позже сегодняшнего дня. Отправьте дату приказа об отчислении.
elig-ask-expulsion-reason = По какой причине Вас отчислили?
elig-expulsion-nonPayment = За неуплату в течение семестра
elig-expulsion-other = По другой причине
elig-ask-debt-paid = Вы погасили задолженность по оплате обучения?

elig-ask-final-attestation = Ваша оценка за итоговую аттестацию:
elig-ask-retakes = За всё время обучения у Вас были пересдачи или повторная сдача итогового контроля (экзамена)?

## Ответ

elig-verdict-promotion-yes = ✅ Вы выполняете требования для перевода на { $toCourse }-й курс.
elig-verdict-promotion-no = ❌ Вы не выполняете требования для перевода на { $toCourse }-й курс: Вы переводитесь на следующий учебный год без изменения статуса курса (повторное обучение на { $course }-м курсе).
elig-verdict-programmeChange-yes = ✅ Вы можете подать заявление о смене образовательной программы на следующий академический период (начало — { $start }).
elig-verdict-programmeChange-no = ❌ Сменить образовательную программу на следующий академический период (начало — { $start }) нельзя.
elig-verdict-transferOut-yes = ✅ Вы можете подать заявление о переводе в другой вуз на следующий академический период (начало — { $start }).
elig-verdict-transferOut-no = ❌ Перевестись в другой вуз на следующий академический период (начало — { $start }) нельзя.
elig-verdict-reinstatement-yes = ✅ Вы можете подать заявление о восстановлении.
elig-verdict-reinstatement-no = ❌ Судя по Вашим ответам, восстановление невозможно.
elig-verdict-honours-yes = ✅ Вы выполняете требования для получения диплома с отличием.
elig-verdict-honours-no = ❌ Вы не выполняете требования для получения диплома с отличием.

elig-criteria = Требования:
elig-consequences = Что это означает для Вас:
elig-notes = Полезно знать:

elig-deadline-apply-by = 📅 Подать заявление нужно не позднее { $date }.
elig-deadline-passed = 📅 Приём заявлений на академический период, начинающийся { $start }, закрыт: заявление нужно было подать не позднее { $date }.
elig-deadline-next = 📅 Следующая возможность — академический период, начинающийся { $start }: подать заявление нужно не позднее { $date }.
elig-period-assumed = Начало следующего академического периода ({ $start }) взято не из опубликованного академического календаря Вашего университета, а рассчитано по правилам «{ $policy }». Уточните эту дату в офисе регистратора.
elig-period-known = Следующий академический период начинается { $start } (академический календарь: { $policy }).
elig-disclaimer = Это предварительная проверка по правилам; решение принимает университет.
elig-again = Чтобы выполнить другую проверку, отправьте /eligibility.

elig-error-calendarYearNotCovered = Пока не могу рассчитать этот срок: производственный календарь на { $year } год (праздники и переносы выходных) ещё не внесён. Уточните дату в офисе регистратора.
elig-error-input = Не удалось выполнить проверку с этими данными. Отправьте /eligibility, чтобы попробовать ещё раз, или обратитесь в офис регистратора.

## Строки ответа по каждому правилу

elig-rule-minCredits = Освоено кредитов: { $actual }; для перевода на { $toCourse }-й курс нужно { $required } { $required ->
        [one] кредит
        [few] кредита
        [many] кредитов
       *[other] кредита
    }
elig-rule-minGpa = Переводной балл: { NUMBER($gpa, minimumFractionDigits: 2, maximumFractionDigits: 2) }; для перевода на { $toCourse }-й курс нужно не ниже { NUMBER($required, minimumFractionDigits: 2, maximumFractionDigits: 2) }
elig-rule-minGpa-honours = GPA: { NUMBER($gpa, minimumFractionDigits: 2, maximumFractionDigits: 2) }; нужно не ниже { NUMBER($required, minimumFractionDigits: 2, maximumFractionDigits: 2) }
elig-rule-promotionRule-both = Нужны и минимальный переводной балл, и установленный объём кредитов
elig-rule-promotionRule-either = Достаточно минимального переводного балла или установленного объёма кредитов
elig-rule-promoted = Перевод на { $toCourse }-й курс приказом ректора
elig-rule-repeatCourse = Следующий учебный год без изменения статуса курса: повторное обучение на { $course }-м курсе
elig-rule-grantLost = Вы лишаетесь государственного образовательного гранта; дальнейшее обучение — на платной основе
elig-rule-grantKeptPaidRetakes = Вы не лишаетесь гранта, но { $debts } { $debts ->
        [one] дисциплину с академической задолженностью
        [few] дисциплины с академическими задолженностями
        [many] дисциплин с академическими задолженностями
       *[other] дисциплины с академическими задолженностями
    } нужно повторно изучить на платной основе
elig-rule-firstPeriodCompleted = Первый академический период программы должен быть полностью завершён
elig-rule-transferWindow-summer = В период летних каникул, не позднее { $windowEnd }
elig-rule-transferWindow-winter = В период зимних каникул, не позднее { $windowEnd }
elig-rule-holidayPeriod = Заявление можно подать только в период каникул (с { $holidayStart })
elig-rule-applicationCutoff = Приём заявлений прекращается за { $days } { $days ->
        [one] рабочий день
        [few] рабочих дня
        [many] рабочих дней
       *[other] рабочего дня
    } до начала академического периода ({ $start }): подать заявление нужно не позднее { $applyBy }
elig-rule-paidOnly = Только на платной основе
elig-rule-paidOnly-no = Не ограничено платной основой
elig-rule-relatedProgramme-grantLost = Программа не относится к родственному направлению подготовки кадров: Вы лишаетесь государственного гранта и продолжаете обучение на платной основе
elig-rule-relatedProgramme-grantKept = Программа относится к родственному направлению подготовки кадров: Вы не лишаетесь государственного гранта
elig-rule-relatedProgramme-related = Программа относится к родственному направлению подготовки кадров
elig-rule-relatedProgramme-unrelated = Программа не относится к родственному направлению подготовки кадров
elig-rule-untRequired-nonRelatedProgramme = Нужно сдать ЕНТ по профильным предметам
elig-rule-untRequired-creativeProgramme = Нужен сертификат ЕНТ с баллом не ниже порогового (на прежнюю программу Вы поступали по творческому экзамену)
elig-rule-untRequired-pedagogicalProgramme = Нужен сертификат ЕНТ с баллом не ниже порогового (при переводе на педагогическую программу)
elig-rule-targetedGrant-stays = Целевой грант остаётся в университете: перевестись можно только на платной основе
elig-rule-targetedGrant-moves = Ваш грант не целевой и переводу не мешает
elig-rule-reviewPeriod = Заявление рассматривается в течение { $days } { $days ->
        [one] рабочего дня
        [few] рабочих дней
        [many] рабочих дней
       *[other] рабочего дня
    } (если подать сегодня — не позднее { $reviewedBy })
elig-rule-reviewPeriod-undated = Заявление рассматривается в течение { $days } { $days ->
        [one] рабочего дня
        [few] рабочих дней
        [many] рабочих дней
       *[other] рабочего дня
    }
elig-rule-foreignUniversity = Перевод из зарубежного вуза — только на платной основе
elig-rule-foreignUniversity-no = Перевод из вуза Казахстана
elig-rule-grantCostDifference = Обладатель гранта должен доплатить разницу в стоимости образовательного гранта
elig-rule-grantCostDifference-no = Доплачивать разницу в стоимости гранта не нужно
elig-rule-creditRecognition = Перезачёт кредитов — по форме { $form }
elig-rule-reinstatementWindow = В течение { $years } { $years ->
        [one] года
        [few] лет
        [many] лет
       *[other] года
    } с даты отчисления ({ $expelledOn }), то есть не позднее { $until }
elig-rule-reinstatementWindow-assumed = В течение { $years } { $years ->
        [one] года
        [few] лет
        [many] лет
       *[other] года
    } с даты отчисления ({ $expelledOn }), то есть не позднее { $until } (для докторантов правила срок не устанавливают, поэтому уточните указанный срок в офисе регистратора)
elig-rule-nonPaymentWindow = Если Вас отчислили за неуплату: в течение { $weeks } { $weeks ->
        [one] недели
        [few] недель
        [many] недель
       *[other] недели
    } с даты отчисления ({ $expelledOn }), то есть не позднее { $until }, после погашения задолженности
elig-rule-nonPaymentWindow-unpaid = Если Вас отчислили за неуплату: в течение { $weeks } { $weeks ->
        [one] недели
        [few] недель
        [many] недель
       *[other] недели
    } с даты отчисления ({ $expelledOn }) (не позднее { $until }), но только после погашения задолженности по оплате
elig-rule-allowedLetters = По всем дисциплинам должны быть только оценки { $allowed }
elig-rule-allowedLetters-offending = По всем дисциплинам должны быть только оценки { $allowed }; не подходят: { $offending }
elig-rule-finalAttestation = Оценка за итоговую аттестацию — только { $allowed } (у Вас: { $letter })
elig-rule-noRetakes = Ни одной пересдачи или повторной сдачи итогового контроля (экзамена) за всё время обучения
elig-rule-noRetakes-found = Ни одной пересдачи или повторной сдачи итогового контроля (экзамена) за всё время обучения (у Вас: { $retakes })
elig-rule-grantRank = Ваше место в рейтинге на грант: { $rank }, GPA { NUMBER($gpa, minimumFractionDigits: 2, maximumFractionDigits: 2) }
