## Білім алушылар тізімін жүктеу: файлдағы мәселелер (күндер мен сандар пішімделіп беріледі)

roster-file-too-large = Файл 20 МБ-тан үлкен: Telegram ботқа мұндай файлды жүктеп алуға мүмкіндік бермейді. Тізімді бірнеше файлға бөліңіз.
roster-file-unsupported-type = Бұл түрдегі файлды оқу мүмкін емес. Тізімді CSV файлы немесе Excel кітабы (.xlsx) ретінде жіберіңіз; ескі .xls кітабын алдымен .xlsx пішімінде сақтаңыз.
roster-file-empty = Файлда тақырып жолының астында білім алушылар жазылған жолдар жоқ.
roster-file-unreadable = Файлды оқу мүмкін болмады. Оның Excel бағдарламасында ашылатынын тексеріп, қайта жіберіңіз.
roster-file-too-many-rows = Файлда { $max ->
        [one] { $max } жолдан
       *[other] { $max } жолдан
    } көп жол бар. Оны топтарға немесе курстарға бөліңіз.

## Тізімді жүктеу: бағандар (тақырыптарды қазақша, орысша немесе ағылшынша жазуға болады)

roster-column-studentNumber = Студенттік ID
roster-column-fullName = Аты-жөні
roster-column-group = Топ
roster-column-programmeCode = Білім беру бағдарламасының шифры
roster-column-course = Курс
roster-column-level = Оқу деңгейі
roster-column-practiceType = Практика түрі
roster-column-startDate = Басталу күні
roster-column-endDate = Аяқталу күні
roster-column-weeks = Апталар саны
roster-column-supervisorEmail = Кафедрадағы практика жетекшісінің электрондық поштасы

## Тізімді жүктеу: қателер (бір қате болса да, ештеңе жүктелмейді)

roster-errors-header = Ештеңе жүктелген жоқ: файлда { $count ->
        [one] { $count } қате
       *[other] { $count } қате
    } бар. Файлды түзетіп, қайта жіберіңіз.
roster-error-in-cell = { $row }-жол, «{ $column }» бағаны: { $reason }
roster-error-in-header = Тақырып жолы, «{ $column }» бағаны: { $reason }
roster-error-missing-column = мұндай баған жоқ.
roster-error-duplicate-column = баған екі рет кездеседі; біреуін қалдырыңыз.
roster-error-required = ұяшық бос.
roster-error-student-number-format = студенттік ID нөмірі 4–20 әріп не цифрдан тұруы және ішінде кемінде бір цифр болуы керек, мысалы 20210345.
roster-error-name-too-short = аты-жөні үшін тым қысқа.
roster-error-name-too-long = аты-жөні { $max ->
        [one] { $max } таңбадан
       *[other] { $max } таңбадан
    } аспауы керек.
roster-error-name-letters-only = аты-жөнінде тек әріптер, дефис және апостроф болуы керек.
roster-error-name-need-surname-and-name = тегі де, аты да жазылуы керек.
roster-error-name-too-many-words = бестен көп сөз; тек тегін, атын және әкесінің атын жазыңыз.
roster-error-group-format = топ атауы 2–20 әріп, цифр, бос орын не дефистен тұруы және ішінде цифр болуы керек, мысалы SE-2203.
roster-error-programme-code-format = бағдарлама шифры былай жазылады: 6B06102 — бір цифр, бір әріп және бес цифр.
roster-error-programme-code-level-mismatch = бұл оқу деңгейі үшін бағдарлама шифры { $prefix } деп басталуы керек.
roster-error-course-range = бұл оқу деңгейі үшін курс { $min } мен { $max } аралығында болуы керек.
roster-error-level-unknown = оқу деңгейі белгісіз; бакалавриат, магистратура немесе докторантура деп жазыңыз.
roster-error-practice-type-unknown = практика түрі белгісіз; оқу, педагогикалық, зерттеу, өндірістік немесе диплом алды деп жазыңыз.
roster-error-date-format = бұл күн емес; оны 11.01.2027 түрінде жазыңыз.
roster-error-weeks-range = практика { $min } аптадан { $max ->
        [one] { $max } аптаға
       *[other] { $max } аптаға
    } дейін созылуы керек.
roster-error-email-format = бұл электрондық пошта мекенжайы емес.
roster-error-email-too-long = электрондық пошта мекенжайы { $max ->
        [one] { $max } таңбадан
       *[other] { $max } таңбадан
    } аспауы керек.
roster-error-end-before-start = практика басталғаннан кейін аяқталуы керек ({ $start }).
roster-error-start-too-early = басталу күні бір жылдан астам бұрын; практика { $earliest } күнінен ерте басталмауы керек.
roster-error-start-too-late = басталу күні екі жылдан астам кейін; практика { $latest } күнінен кешіктірмей басталуы керек.
roster-error-weeks-mismatch = { $weeks ->
        [one] { $weeks } апта
       *[other] { $weeks } апта
    } көрсетілген, ал күндер бойынша { $calendarWeeks ->
        [one] { $calendarWeeks } апта
       *[other] { $calendarWeeks } апта
    } шығады; осы күннен басталатын мұндай ұзақтықтағы практика { $expectedEnd } күні аяқталады (QP-06, 3.6-т.).
roster-error-duplicate-row = бұл білім алушыда осы оқу жылында осы түрдегі практика бар — { $firstRow }-жол.
roster-error-conflicting-student = деректер осы студенттік ID нөмірі бар { $firstRow }-жолдан өзгеше.
roster-error-other-department = бұл білім алушы басқа кафедраның тізімінде бар. Сол кафедрадағы практика бойынша жауапты тұлғаға хабарласыңыз немесе жолды өшіріңіз.

## Тізімді жүктеу: нәтиже

roster-imported = Тізім жүктелді: { $rows ->
        [one] { $rows } жол
       *[other] { $rows } жол
    }.
roster-imported-students = Білім алушылар: жаңасы — { $new }, жаңартылғаны — { $updated }, өзгеріссізі — { $unchanged }.
roster-imported-placements = Практика туралы мәліметтер (жобалар): жаңасы — { $new }, жаңартылғаны — { $updated }, өзгеріссізі — { $unchanged }.
roster-skipped-header = Білім алушылар бекітуге жіберіп қойған практика туралы мәліметтер өзгертілмеді ({ $count }):
roster-skipped-line = { $studentNumber }: { $practiceType }, { $academicYear } — { $status }
roster-to-confirm-header = Тізімдегі студенттік ID нөмірімен ботта бұрыннан тіркелгендер: { $count }. Олардың сол адамдар екенін растаңыз; расталғанға дейін тізім деректері оларға қолданылмайды:
roster-to-confirm-line = { $studentNumber }: { $registeredFullName } ({ $registeredGroup }) ретінде тіркелген; тізімде — { $rosterFullName } ({ $rosterGroup })
roster-confirm-button = Бұл сол адам
roster-dismiss-button = Бұл басқа адам
roster-confirmed = Расталды: тізім деректері білім алушыға қолданылды; жасалған практикалар саны — { $new }.
roster-dismissed = Тізімдегі жол кейінге қалдырылды; білім алушының өз профилі өзгерген жоқ.
roster-already-decided = Бұл туралы шешім қабылданып қойған.
roster-invitations-sent = Файлда { $count ->
        [one] { $count } жеке сілтеме
       *[other] { $count } жеке сілтеме
    } бар: әр білім алушыға өз сілтемесін беріңіз. Әр сілтеме бір рет қана жұмыс істейді және { $expires } дейін жарамды.
roster-invitations-none = Жаңа сілтемелер қажет болмады: тізімдегі барлық білім алушының жарамды сілтемесі бар немесе олар ботқа қосылып қойған.
roster-reissued = Файлда { $count ->
        [one] { $count } жаңа сілтеме
       *[other] { $count } жаңа сілтеме
    } бар; бұрынғы пайдаланылмаған сілтемелер енді жарамсыз.

## Тізімді жүктеу: сілтемелер кітабы (баған атаулары)

roster-sheet-title = Шақырулар
roster-sheet-student-number = Студенттік ID
roster-sheet-full-name = Аты-жөні
roster-sheet-group = Топ
roster-sheet-link = Жеке сілтеме
roster-sheet-expires = Жарамдылық мерзімі

## Практика базасы және практика туралы мәліметтер

placement-status-draft = толтырылуда
placement-status-submitted = бекітуді күтуде
placement-status-approved = бекітілді
placement-status-returned = пысықтауға қайтарылды
placement-status-active = өтіп жатыр
placement-status-finished = аяқталды

placement-type-educational = оқу практикасы
placement-type-pedagogical = педагогикалық практика
placement-type-research = зерттеу практикасы
placement-type-production = өндірістік практика
placement-type-preDiploma = диплом алды практикасы

placement-field-organisation = практика базасы
placement-field-unit = Сіз жұмыс істейтін бөлімше
placement-field-contractNumber = практикадан өту туралы келісім-шарттың нөмірі
placement-field-contractDate = практикадан өту туралы келісім-шарттың күні
placement-field-organisationSupervisorName = ұйым тарапынан практика жетекшісінің аты-жөні
placement-field-organisationSupervisorPhone = ұйым тарапынан практика жетекшісінің телефоны
placement-field-organisationSupervisorEmail = ұйым тарапынан практика жетекшісінің электрондық поштасы
placement-field-startDate = басталу күні
placement-field-endDate = аяқталу күні
placement-field-weeks = апталар саны
placement-incomplete = Бекітуге жіберу үшін мыналарды толтырыңыз: { $fields }.

## Практика туралы мәліметтер: мән неге қабылданбады

placement-required-missing = Бұл міндетті өріс.
placement-bin-format = БСН 12 цифрдан тұруы керек.
placement-bin-check-digit = БСН-нің бақылау цифры сәйкес келмейді, яғни нөмірде қате бар. Оны практикадан өту туралы келісім-шартпен салыстырыңыз.
placement-bin-not-for-foreign = Шетелдік ұйымның БСН-і болмайды; өрісті бос қалдырыңыз.
placement-phone-characters = Телефон нөмірінде тек цифрлар, бос орын, дефис, жақша және басындағы + белгісі болуы керек.
placement-phone-length = Қазақстандық нөмірде +7 немесе 8-ден кейін 10 цифр болуы керек, мысалы +7 701 234 56 78.
placement-phone-prefix = Қазақстандық нөмір +7 немесе 8 деп басталуы керек.
placement-phone-not-kazakhstan = Бұл қазақстандық нөмір емес: олардың +7-ден кейінгі цифры 6 немесе 7 болады.
placement-email-format = Бұл электрондық пошта мекенжайы емес; мысалы: name@company.kz.
placement-email-too-long = Электрондық пошта мекенжайы { $max ->
        [one] { $max } таңбадан
       *[other] { $max } таңбадан
    } аспауы керек.
placement-name-too-short = Жетекшінің аты-жөні тым қысқа: тегі мен атын жазыңыз.
placement-name-too-long = Жетекшінің аты-жөні { $max ->
        [one] { $max } таңбадан
       *[other] { $max } таңбадан
    } аспауы керек.
placement-name-letters-only = Жетекшінің аты-жөнінде тек әріптер, дефис және апостроф болуы керек.
placement-name-need-surname-and-name = Жетекшінің тегін де, атын да жазыңыз.
placement-name-too-many-words = Бестен көп сөз: жетекшінің тек тегін, атын және әкесінің атын жазыңыз.
placement-text-too-short = Тым қысқа: кемінде { $min ->
        [one] { $min } таңба
       *[other] { $min } таңба
    } болуы керек.
placement-text-too-long = Тым ұзын: { $max ->
        [one] { $max } таңбадан
       *[other] { $max } таңбадан
    } аспауы керек.
placement-date-invalid-date = Бұл күн емес; оны 11.01.2027 түрінде жазыңыз.
placement-date-end-before-start = Практика басталғаннан кейін аяқталуы керек ({ $start }).
placement-date-start-too-early = Басталу күні бір жылдан астам бұрын; практика { $earliest } күнінен ерте басталмауы керек.
placement-date-start-too-late = Басталу күні екі жылдан астам кейін; практика { $latest } күнінен кешіктірмей басталуы керек.
placement-date-academic-year-format = Оқу жылы былай жазылады: 2026-2027.
placement-date-academic-year-mismatch = Осы күні басталатын практика { $academicYear } емес, { $expected } оқу жылына жатады.
placement-date-weeks-range = Практика { $min } аптадан { $max ->
        [one] { $max } аптаға
       *[other] { $max } аптаға
    } дейін созылуы керек.
placement-date-weeks-mismatch = { $weeks ->
        [one] { $weeks } апта
       *[other] { $weeks } апта
    } көрсетілген, ал күндер бойынша { $calendarWeeks ->
        [one] { $calendarWeeks } апта
       *[other] { $calendarWeeks } апта
    } шығады. Осы күннен басталатын мұндай ұзақтықтағы практика { $expectedEnd } күні аяқталады (QP-06, 3.6-т.).
placement-date-contract-after-end = Практикадан өту туралы келісім-шарт практика аяқталғаннан кейінгі күнмен жасалмауы керек ({ $end }).
placement-date-contract-too-early = Келісім-шарт күні тым ерте ({ $earliest } күнінен бұрын); жылын тексеріңіз.
placement-country-format = Елді екі әріпті кодпен көрсетіңіз, мысалы KZ, UZ немесе RU.
placement-organisation-not-found = Бұл ұйым тізімде жоқ; оны қайта таңдаңыз.
placement-organisation-rejected = Кафедра бұл ұйымды практика базасы ретінде бекітпеді. Басқасын таңдаңыз.
placement-status-locked = Практика басталып кетті, сондықтан бұл мәліметтерді енді өзгертуге болмайды.
placement-contract-late = Практикадан өту туралы келісім-шарт { $contractDate } күні жасалған, ал ол { $deadline } күнінен кешіктірілмей жасалуы керек еді. Ол қабылданды, кафедрадағы практика бойынша жауапты тұлғаға хабарланды.

## Практика туралы мәліметтер: қол жеткізу құқығы бойынша бас тарту

placement-denied-noRole = Бұл Сізге қолжетімсіз.
placement-denied-notOwnRecord = Бұл басқа білім алушының мәліметтері.
placement-denied-notAssigned = Бұл білім алушы Сізге бекітілмеген.
placement-denied-notLinked = Сіз бұл білім алушының ұйым тарапынан практика жетекшісі емессіз.
placement-denied-otherDepartment = Бұл басқа кафедраға қатысты.
placement-denied-organisationSupervisorApproves = Бұл білім алушының жазбаларын ұйым тарапынан практика жетекшісі бекітеді. Сіз жазбаны түсініктемемен пысықтауға қайтара аласыз.
placement-denied-notConfirmed = Кафедра Сізді әлі бұл білім алушының ұйым тарапынан практика жетекшісі ретінде растаған жоқ.

## Шақырулар: практика базалары мен тізімдерге қатысты жаңа нәтижелер

invite-revoked = Бұл шақыру жаңасымен ауыстырылды. Жіберушіден жаңа сілтеме сұраңыз.
invite-conflict = Бұл жеке сілтеме тізімдегі басқа білім алушыға тиесілі, ал Сіздің Telegram аккаунтыңыз өз мәліметтеріңізге байланыстырылған. Ештеңе өзгертілген жоқ. Кафедраңыздағы практика бойынша жауапты тұлғаға хабарласыңыз.
