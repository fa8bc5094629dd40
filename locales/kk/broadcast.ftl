## Broadcasts (кафедра хабарландырулары, issue 10)

cmd-broadcast =
    .description = Білім алушыларға хабарландыру жазу
cmd-broadcasts =
    .description = Жіберілген хабарландырулар және олармен кім танысқаны

broadcast-scene-stopped = Хабарландыру жіберілмеді. Қайта жазу үшін /broadcast жіберіңіз.
broadcast-scene-expired = Хабарландыруды дайындау уақыты өтті: { $hours } сағат бойы жауап болмады. Хабарландыру жіберілмеді; қайта жазу үшін /broadcast жіберіңіз.
broadcast-scene-interrupted = Бот жаңартылғандықтан, хабарландыруды дайындау үзілді. Хабарландыру жіберілмеді; қайта жазу үшін /broadcast жіберіңіз.
broadcast-too-many-attempts = Сәтсіз әрекеттер тым көп болғандықтан, енгізу тоқтатылды. Хабарландыру жіберілмеді; қайта бастау үшін /broadcast жіберіңіз.

broadcast-no-department = Сіз ешбір кафедрада практика бойынша жауапты тұлға емессіз, сондықтан хабарландыру жіберетін ешкім жоқ.
broadcast-everyone = Барлық кафедралар
broadcast-choose-department = Хабарландыру қай кафедраға арналған?
broadcast-compose = Хабарландыру мәтінін бір хабарламамен жіберіңіз. Қалың қаріп, курсив, сілтемелер және Telegram мессенджеріндегі басқа да безендіру сақталады. Фото немесе құжат тіркеп, мәтінді оның сипаттамасына жазуға болады.
broadcast-compose-need = Хабарландыруды мәтінмен немесе сипаттамасы бар фото не құжатпен жіберіңіз.
broadcast-compose-need-caption = Хабарландыру мәтінін фотоның немесе құжаттың сипаттамасына қосыңыз.
broadcast-compose-too-long = Хабарландыру тым ұзын: { $length } таңба, ең көбі { $max } таңба болуы керек. Қысқартып, қайта жіберіңіз.

broadcast-filters = Алушылар: { $audience }.
    Алушылар тобын батырмалармен нақтылаңыз немесе «Жалғастыру» батырмасын басыңыз.
broadcast-filter-programme = Білім беру бағдарламасы
broadcast-filter-course = Курс
broadcast-filter-group = Топ
broadcast-filter-practice = Практика түрі
broadcast-filter-active = Тек практикадан өтіп жүргендер: қосу/өшіру
broadcast-filter-done = Жалғастыру ➡️
broadcast-any = Кез келген
broadcast-choose-programme = Қай білім беру бағдарламасы?
broadcast-choose-course = Қай курс?
broadcast-choose-group = Қай топ?
broadcast-choose-practice = Практиканың қай түрі?
broadcast-practice-educational = Оқу практикасы
broadcast-practice-pedagogical = Педагогикалық практика
broadcast-practice-research = Зерттеу практикасы
broadcast-practice-production = Өндірістік практика
broadcast-practice-preDiploma = Диплом алды практикасы
broadcast-audience-department = { $department } кафедрасының білім алушылары
broadcast-audience-programme = { $programme } білім беру бағдарламасы
broadcast-audience-course = { $course }-курс
broadcast-audience-group = { $group } тобы
broadcast-audience-practice = { $practice }
broadcast-audience-active = тек қазір практикадан өтіп жүргендер

broadcast-ask-ack = «Таныстым» батырмасын қосайық па? Оны кім басқанын, кім баспағанын көресіз.
broadcast-yes = Иә
broadcast-no = Жоқ
broadcast-ask-when = Қашан жіберу керек?
broadcast-when-now = Қазір
broadcast-when-later = Белгіленген уақытта
broadcast-ask-time = Күні мен уақытын (Алматы уақытымен) КК.АА.ЖЖЖЖ СС:ММ түрінде енгізіңіз, мысалы 25.12.2026 10:00.
broadcast-time-format = Күні мен уақытын КК.АА.ЖЖЖЖ СС:ММ түрінде жазыңыз, мысалы 25.12.2026 10:00.
broadcast-time-invalid-date = Мұндай күн немесе уақыт жоқ. Оны КК.АА.ЖЖЖЖ СС:ММ түрінде жазыңыз.
broadcast-time-past = Бұл уақыт өтіп кетті. Алдағы уақытты көрсетіңіз.
broadcast-time-too-far = Хабарландыруды ең көбі 90 күн алға жоспарлауға болады.

broadcast-nobody = Бұл шарттарға Telegram аккаунты бар бірде-бір білім алушы сәйкес келмейді, сондықтан хабарландыру жіберілмеді.
broadcast-preview-title = Алушылар хабарландыруды осылай көреді:
broadcast-confirm = Алушылар: { $recipients } білім алушы ({ $audience }).
    Жіберу уақыты: { $when }.
    «Таныстым» батырмасы: { $ack ->
        [yes] иә
       *[no] жоқ
    }.
    Хабарландыруды жіберейік пе?
broadcast-send = Жіберу
broadcast-discard = Бас тарту
broadcast-discarded = Хабарландырудан бас тартылды, ол жіберілмеді.
broadcast-queued = Хабарландыру кезекке қойылды: { $count } алушы. Жіберу барысы төменде; хабарландырулар тізімі — /broadcasts.
broadcast-scheduled = Хабарландыру жоспарланды. Жіберу уақыты: { $when }; алушылар: { $count }. Хабарландырулар тізімі — /broadcasts.

broadcast-progress-title = Хабарландыру ({ $recipients } алушы): { $state ->
        [scheduled] жіберу жоспарланған
       *[sending] жіберілуде
    }.
broadcast-progress-done = Хабарландыру ({ $recipients } алушы): жіберу аяқталды.
broadcast-progress-figures = Жеткізілді: { $sent } · кезекте: { $pending } · ботты бұғаттағандар: { $blocked } · қате: { $failed }
broadcast-progress-failures = Жеткізілмеді ({ $count }):
broadcast-failure-blocked = • { $recipient }: ботты бұғаттаған
broadcast-failure-failed = • { $recipient }: Telegram хабарламаны қабылдамады
broadcast-more = …тағы { $count }
broadcast-refresh-button = 🔄 Жаңарту
broadcast-progress-unchanged = Әзірге өзгеріс жоқ; бірнеше секундтан кейін қайталап көріңіз.

broadcast-list-empty = Сіз әлі хабарландыру жібермегенсіз. Хабарландыру жазу үшін /broadcast жіберіңіз.
broadcast-list-title = Соңғы хабарландыруларыңыз (толығырақ көру үшін нөмірін басыңыз):
broadcast-list-item = { $n }. { $when }: { $recipients } алушы, { $state ->
        [draft] жіберілмеген
        [scheduled] жоспарланған
        [sending] жіберілуде
       *[done] жіберу аяқталды
    }
broadcast-list-acks = Танысқандар: { $acks }
broadcast-not-found = Бұл хабарландыру енді жоқ.
broadcast-acked = Танысқандар ({ $count }):
broadcast-not-acked = Әлі таныспағандар ({ $count }):
broadcast-resend-button = Таныспағандарға қайта жіберу
broadcast-resent = Хабарландыру қайта жіберілді: { $count } алушы.
broadcast-resend-stale = Хабарландыру қайта жіберіліп қойған; соңғы деректер — /broadcasts.
broadcast-resend-notFound = Бұл хабарландыруда «Таныстым» батырмасы жоқ.
broadcast-resend-nobody = Хабарландыруды алуға болатындардың бәрі онымен танысып қойған.

broadcast-ack-recorded = Рақмет! Кафедра Сіздің хабарландырумен танысқаныңызды көреді.
broadcast-ack-already = Танысқаныңызды бұрын белгілегенсіз.
broadcast-ack-notRecipient = Бұл хабарландыру Сізге жіберілмеген.
broadcast-ack-notFound = Бұл хабарландыру енді жоқ.
