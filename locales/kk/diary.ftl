## Diary: the student's practice diary in the chat (/diary, /progress, /entries, /report, /export)

cmd-diary =
    .description = Күнделікке бүгінгі жазбаны енгізу
cmd-progress =
    .description = Практика сағаттары: бекітілгені, тапсырылғаны, талап етілетіні
cmd-entries =
    .description = Күнделігім апта бойынша
cmd-report =
    .description = Практика бойынша есепті жүктеу

diary-scene-stopped = Күнделікке жазу тоқтатылды. Жазғаныңыз сақталды: жалғастыру үшін /diary жіберіңіз.
diary-scene-expired = Күнделікке жазба енгізу уақыты өтті: { $hours } { $hours ->
        [one] сағат
       *[other] сағат
    } бойы жауап болмады. Жазғаныңыз сақталды: жалғастыру үшін /diary жіберіңіз.
diary-scene-interrupted = Күнделікке жазу боттың жаңартылуына байланысты үзілді. Жазғаныңыз сақталды: жалғастыру үшін /diary жіберіңіз.
diary-scene-cancelled = Күнделікке жазу тоқтатылды, ештеңе жіберілген жоқ. Жазғаныңыз сақталды: жалғастыру үшін /diary жіберіңіз.
diary-scene-gave-up = Сәтсіз әрекеттер тым көп болғандықтан, енгізу тоқтатылды. Жазғаныңыз сақталды: жалғастыру үшін /diary жіберіңіз.
report-scene-stopped = Есепті жүктеу тоқтатылды. Жүктеу үшін /report жіберіңіз.
report-scene-expired = Есепті күту уақыты өтті: { $hours } { $hours ->
        [one] сағат
       *[other] сағат
    } бойы файл болмады. Жүктеу үшін /report жіберіңіз.
report-scene-interrupted = Есепті жүктеу боттың жаңартылуына байланысты үзілді. Жүктеу үшін /report жіберіңіз.
report-scene-gave-up = Сәтсіз әрекеттер тым көп болғандықтан, жүктеу тоқтатылды. Есеп PDF немесе DOCX файлы ретінде дайын болғанда /report жіберіңіз.

diary-no-placement = Сізде әзірге бекітілген практика базасы жоқ, сондықтан практика күнделігін жүргізу мүмкін емес. Кафедра практика базаңызды бекіткен соң, күнделік осы жерде ашылады.
diary-not-started = Практикаңыз { $start } күні басталады. Күнделікті сол күннен бастап жүргізуге болады.
diary-no-days = Практикаңыз { $end } күні аяқталды, жазба енгізуге болатын күндер өтіп кетті. Күнделігіңізді /entries арқылы көріп, /export арқылы жүктеп алуға болады.

diary-resume-ask = Сізде аяқталмаған күнделік жазбасы бар (күні: { $date }). Жобаны жалғастырасыз ба?
diary-resume-yes = Жобаны жалғастыру
diary-resume-no = Қайта бастау

diary-ask-date = Жазба қай күнге арналған?
diary-today = Бүгін, { $date }
diary-mark-weekend = (демалыс күні)
diary-mark-holiday = (мереке күні)
diary-day-is-weekend = { $date } — демалыс күні. Бұл күнге жазба қабылданады және демалыс күнгі жазба ретінде белгіленеді.
diary-day-is-holiday = { $date } — мереке күні. Бұл күнге жазба қабылданады және мереке күнгі жазба ретінде белгіленеді.
diary-status-short-draft = жоба
diary-status-short-submitted = бекітуді күтуде
diary-status-short-approved = бекітілді
diary-status-short-returned = пысықтауға қайтарылды
diary-editing = { $date } күніне жазба бұрыннан бар ({ $status }, { $hours } сағ). Қазір жіберетініңіз оның орнына жазылады:

    { $text }
diary-returned-reason = Жетекшінің ескертпесі: { $reason }

diary-ask-hours = Неше сағат жұмыс істедіңіз? 0,5-тен 12-ге дейінгі санды таңдаңыз немесе жазыңыз (күндік норма: { $hours } сағ).
diary-hours-button = { $hours } сағ
diary-hours-default = { $hours } сағ ✓

diary-ask-text = Сол күні не істегеніңізді сипаттаңыз: кемінде { $min }, ең көбі { $max } таңба. Мәтінмен жазыңыз.
diary-ask-text-edit = Жазбаның жаңа мәтінін жіберіңіз немесе қазіргісін қалдырыңыз.
diary-keep-keep = Қазіргі мәтінді қалдыру
diary-photo-kept-type-text = Фото растайтын құжат ретінде сақталды (тіркелгені: { $count }). Енді не істегеніңізді мәтінмен жазыңыз.

diary-ask-evidence = Растау үшін фото немесе құжат тіркеуге болады (міндетті емес). Бір-бірден жіберіп, соңында «Дайын» батырмасын басыңыз.
diary-evidence-added = Тіркелгені: { $count }. Тағы жіберіңіз немесе «Дайын» батырмасын басыңыз.
diary-evidence-done = Дайын
diary-evidence-expected = Фото немесе құжат жіберіңіз, не болмаса «Дайын» батырмасын басыңыз.

diary-summary =
    Күні: { $date }
    Сағаты: { $hours }
    Тіркелгені: { $evidence }

    { $text }
diary-confirm-question =
    Жазбаны тексеріңіз:

    { $summary }
diary-confirm-send = Бекітуге жіберу
diary-confirm-restart = Қайта жазу
diary-confirm-later = Жоба ретінде қалдыру
diary-saved-as-draft = Жазба жоба ретінде сақталды, жіберілген жоқ. Жалғастыру үшін /diary жіберіңіз.

diary-sent = { $date } күнгі жазба сақталып, бекітуге жіберілді.
diary-updated = { $date } күнгі жазба өзгертіліп, қайтадан бекітуге жіберілді.
diary-sent-marked-weekend = Ол демалыс күнгі жазба ретінде белгіленді.
diary-sent-marked-holiday = Ол мереке күнгі жазба ретінде белгіленді.
diary-approval-cleared-student = Жазба бекітілген болатын; өзгертуіңізден кейін бекіту алынып тасталды, жетекшіге хабарланды.
diary-sent-to-approver = Практика жетекшісі оны алды.
diary-no-approver = Практикаңызға әлі жетекші тағайындалмаған; жетекші тағайындалған соң жазбаны көреді.
diary-unchanged = { $date } күнгі жазба бұрынғысынан өзгеше емес, ештеңе өзгертілген жоқ.

diary-notify-entry =
    Жаңа күнделік жазбасы: { $student }, { $date } ({ $hours } сағ):

    { $text }
diary-notify-entry-edited =
    { $student } { $date } күнгі күнделік жазбасын өзгертті ({ $hours } сағ):

    { $text }
diary-notify-approve = Бекіту
diary-notify-return = Пысықтауға қайтару
diary-notify-report = { $student } практика бойынша есепті жүктеді ({ $date }): «{ $file }», { $size } МБ.

report-ask = Практика бойынша есепті PDF немесе DOCX файлымен жіберіңіз (ең көбі { $maxMb } МБ).
report-need-document = Есепті хабарлама немесе фото емес, файл (PDF немесе DOCX) ретінде жіберіңіз.
report-uploaded = Практика бойынша есеп алынып, сақталды.
report-replaced = Практика бойынша есептің жаңа нұсқасы алынды; алдыңғысы тарихта сақталды.
report-supervisor-told = Кафедрадағы практика жетекшісіне хабарланды.
report-no-supervisor = Сізге кафедрадағы практика жетекшісі әлі тағайындалмаған; ол тағайындалған соң есепті көреді.
report-unchanged = Бұл бұрын жүктеген есебіңіздің дәл өзі, ештеңе өзгертілген жоқ.

diary-progress-title = Практика күнделігі, { $start } – { $end }
diary-progress-approved = Бекітілді: { $required } сағаттың { $approved } сағаты
diary-progress-submitted = Тапсырылды: { $submitted } сағ (бекітуді күтуде: { $awaiting } сағ)
diary-progress-week = Осы апта ({ $from } – { $to }): { $target } сағаттың { $hours } сағаты
diary-progress-missing = Жазбасыз { $count ->
        [one] { $count } жұмыс күні
       *[other] { $count } жұмыс күні
    }: { $days }
diary-progress-no-missing = Әр жұмыс күніне жазба бар.
diary-progress-returned = Пысықтауға қайтарылған { $count ->
        [one] { $count } жазба
       *[other] { $count } жазба
    }:
diary-progress-days-left = Практиканың аяқталуына { $days ->
        [one] { $days } күн
       *[other] { $days } күн
    } қалды (оның ішінде жұмыс күні: { $working }).
diary-progress-not-started = Практика әлі басталған жоқ (алда { $days ->
        [one] { $days } күндік
       *[other] { $days } күндік
    } практика бар).
diary-progress-ended = Практика аяқталды.

diary-week-title = { $pages } аптаның { $index }-аптасы: { $from } – { $to }
diary-week-hours = Тапсырылды: { $hours } сағ, бекітілді: { $approved } сағ
diary-week-empty = Бұл аптада жазба жоқ.
diary-status-approved-by = бекіткен: { $name }, { $at }
diary-status-returned-by = пысықтауға қайтарған: { $name }, себебі: { $reason }
diary-week-previous = ◀ Алдыңғы апта
diary-week-next = Келесі апта ▶

diary-export-wait = Күнделік-есепті дайындап жатырмын, бірнеше секундтан соң жіберемін.
diary-export-caption = Практика күнделігі (күнделік-есеп, F-76). Тексеру коды: { $code } (нұсқасы: { $revision }).
diary-account-unlinked = Жазба сақталмады: Сіздің Telegram аккаунтыңыз бұдан былай бұл студенттік ID нөміріне байланыстырылмаған. Егер бұл қате болса, кафедрадағы практика бойынша жауапты тұлғаға хабарласыңыз.
