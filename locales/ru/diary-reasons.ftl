## Дневник: что означает каждый код причины сервисов дневника (даты передаются уже отформатированными)

diary-reason-invalidDate = Это не дата.
diary-reason-futureDate = Нельзя сделать запись за день, который ещё не наступил.
diary-reason-beforePlacementStart = Ваша практика начинается { $startDate }; выберите этот или более поздний день.
diary-reason-afterPlacementEnd = Ваша практика закончилась { $endDate }; выберите день практики.
diary-reason-tooFarBack = Запись за прошедший день можно внести не позднее чем через { $limitDays ->
        [one] { $limitDays } день
        [few] { $limitDays } дня
        [many] { $limitDays } дней
       *[other] { $limitDays } дня
    }; самый ранний день, который ещё можно заполнить, — { $earliest }.
diary-reason-hoursNotANumber = Отправьте количество часов числом, например 6 или 6,5.
diary-reason-hoursOutOfRange = В записи за день может быть от { NUMBER($min) } до { NUMBER($max) } ч.
diary-reason-hoursStep = Часы указываются с шагом { NUMBER($step) } ч, например 5,5 или 6.
diary-reason-textTooShort = Опишите выполненную работу не короче { $min ->
        [one] { $min } символа
        [few] { $min } символов
        [many] { $min } символов
       *[other] { $min } символа
    } (сейчас { $length }).
diary-reason-textTooLong = Текст слишком длинный: не более { $max ->
        [one] { $max } символа
        [few] { $max } символов
        [many] { $max } символов
       *[other] { $max } символа
    } (сейчас { $length }).
diary-reason-voiceOrPhoto = Опишите работу за день текстом. Голосовое сообщение или подпись к фото не принимаются; фотографии можно приложить как подтверждение на следующем шаге.

diary-reason-already-approved = Эта запись уже утверждена: { $name } ({ $at }).
diary-reason-already-returned = Эта запись уже возвращена на доработку: { $name } ({ $at }).
diary-reason-changed = Обучающийся изменил запись после отправки этого сообщения. Вот её текущая версия.
diary-reason-notPending = Эта запись не ожидает решения.
diary-reason-notFound = Этой записи больше нет.
diary-reason-reasonTooShort = Напишите, почему запись возвращается на доработку (не короче { $min ->
        [one] { $min } символа
        [few] { $min } символов
        [many] { $min } символов
       *[other] { $min } символа
    }).
diary-reason-reasonTooLong = Комментарий слишком длинный: не более { $max ->
        [one] { $max } символа
        [few] { $max } символов
        [many] { $max } символов
       *[other] { $max } символа
    }.
diary-reason-approval-cleared = { $student } изменил(а) утверждённую Вами запись за { $date }. Утверждение снято, запись снова ждёт Вашего решения.
diary-reason-signoffs-cleared = Дневник изменился после того, как его подписали, поэтому подписи сняты. Подпишите дневник-отчёт снова, когда все записи будут утверждены.

diary-reason-notLinked = Вы не закреплены за практикой этого обучающегося.
diary-reason-roleCannot = Ваша роль не позволяет это сделать.
diary-reason-organisationSupervisorApproves = Записи этого обучающегося утверждает руководитель практики от организации. Вы можете вернуть запись на доработку с комментарием.

diary-reason-report-empty = Файл пустой.
diary-reason-report-tooBig = Файл больше { $maxMb } МБ. Отправьте отчёт меньшего размера в формате PDF или DOCX.
diary-reason-report-wrongType = Отправьте отчёт файлом PDF или DOCX.
diary-reason-report-contentMismatch = Содержимое файла не является настоящим PDF или DOCX, как бы файл ни назывался. Сохраните отчёт заново в формате PDF или DOCX и отправьте этот файл.

diary-reason-characteristicTooShort = Характеристика должна содержать не менее { $min ->
        [one] { $min } символа
        [few] { $min } символов
        [many] { $min } символов
       *[other] { $min } символа
    }.
diary-reason-characteristicTooLong = Характеристика слишком длинная: не более { $max ->
        [one] { $max } символа
        [few] { $max } символов
        [many] { $max } символов
       *[other] { $max } символа
    }.
diary-reason-scoreNotANumber = Отправьте оценку числом от 0 до 100.
diary-reason-scoreOutOfRange = Оценка выставляется от { $min } до { $max } баллов.

diary-reason-consequence-resitFinalControl = FX: Вы можете один раз повторно сдать итоговый контроль (защиту отчёта) без повторного прохождения практики (MR-595, п. 42).
diary-reason-consequence-repeatPractice = F: программа практики не выполнена; Вас направят на практику повторно в дополнительном семестре (QP-06, п. 6.11; MR-595, п. 42).
diary-reason-consequence-repeatInFreeTimeWithValidReason = Если практика не пройдена по уважительной причине, Вы проходите её повторно в свободное от учёбы время.
diary-reason-consequence-academicDebt = Без уважительной причины практика становится академической задолженностью (QP-06, п. 7.4).
diary-reason-consequence-notAdmittedToStateExams = С неудовлетворительной оценкой за преддипломную практику Вы не допускаетесь к государственным экзаменам (QP-06, п. 6.10).
diary-reason-consequence-scholarshipAffected = Оценка за практику учитывается наравне с оценками по дисциплинам и влияет на стипендию (QP-06, пп. 6.7, 6.9).

diary-reason-signoff-noEntries = В дневнике пока нет записей, подписывать нечего.
diary-reason-signoff-entriesNotApproved = { $count ->
    [one] { $count } запись ещё не утверждена; подписать дневник-отчёт можно, только когда утверждены все записи (QP-06, п. 6.2).
    [few] { $count } записи ещё не утверждены; подписать дневник-отчёт можно, только когда утверждены все записи (QP-06, п. 6.2).
    [many] { $count } записей ещё не утверждены; подписать дневник-отчёт можно, только когда утверждены все записи (QP-06, п. 6.2).
   *[other] { $count } записи ещё не утверждены; подписать дневник-отчёт можно, только когда утверждены все записи (QP-06, п. 6.2).
}
diary-reason-signoff-alreadySigned = Вы уже подписали этот дневник-отчёт.
