## Кафедра тақтасы (Telegram мини-қосымшасы, src/board-ui)

board-ui-title = Практика тақтасы
board-ui-loading = Жүктелуде…
board-ui-working = Орындалуда…
board-ui-close = Жабу
board-ui-back = Артқа
board-ui-total = Барлығы
board-ui-department = Кафедра:
board-ui-tab-department = Кафедра
board-ui-tab-supervision = Менің білім алушыларым
board-ui-tab-roster = Білім алушылар
board-ui-tab-queues = Сіздің шешіміңізді күтуде
board-ui-tab-counts = Топтар бойынша

## Қателер

board-ui-error-title = Тақта ашылмады
board-ui-error-reopen = Тақтаны жауып, боттың мәзір батырмасы арқылы қайта ашыңыз.
board-ui-error-noLaunch = Тақтаны Telegram ішінен ашыңыз: боттың мәзір батырмасы немесе оның хабарламасының астындағы батырма арқылы.
board-ui-error-badRequest = Сұрау танылмады. Тақтаны қайта жүктеңіз.
board-ui-error-noAuth = Telegram кіру деректерін жібермеді.
board-ui-error-badSignature = Кіру деректерін растау мүмкін болмады.
board-ui-error-stale = Сеанс мерзімі аяқталды.
board-ui-error-unknownUser = Сіз әлі тіркелмегенсіз: алдымен чатта ботты іске қосыңыз.
board-ui-error-forbidden = Бұл мәліметтерге Сізде рұқсат жоқ.
board-ui-error-notFound = Ештеңе табылмады: мәліметтер жойылған болуы мүмкін.
board-ui-error-tooLarge = Сұрау тым үлкен: азырақ жол таңдаңыз.
board-ui-error-internal = Серверде қате шықты. Бір минуттан кейін қайталап көріңіз.
board-ui-error-network = Сервермен байланыс жоқ. Интернет байланысын тексеріп, қайталап көріңіз.

## Білім алушы тақтаны ашты

board-ui-student-title = Сәлеметсіз бе, { $name }!
board-ui-student-text = Бұл тақта кафедра қызметкерлері мен практика жетекшілеріне арналған.
board-ui-student-hint = Сіздің күнделігіңіз, практика бойынша есебіңіз және практиканың барысы — ботпен чатта: /diary, /progress, /entries.

## Мәртебелер мен практика түрлері

board-ui-status-none = практика базасы жоқ
board-ui-status-draft = толтырылуда
board-ui-status-submitted = бекітуді күтуде
board-ui-status-returned = пысықтауға қайтарылды
board-ui-status-approved = бекітілді
board-ui-status-active = өтіп жатыр
board-ui-status-finished = аяқталды
board-ui-status-signed = күнделікке қол қойылды
board-ui-status-graded = баға қойылды
board-ui-practice-educational = оқу практикасы
board-ui-practice-pedagogical = педагогикалық практика
board-ui-practice-research = зерттеу практикасы
board-ui-practice-production = өндірістік практика
board-ui-practice-preDiploma = диплом алды практикасы
board-ui-entry-submitted = бекітуді күтуде
board-ui-entry-approved = бекітілді
board-ui-entry-returned = пысықтауға қайтарылды

## Білім алушылар тізімі

board-ui-roster-search = Аты-жөні, Студенттік ID немесе топ
board-ui-filter-status = Кез келген мәртебе
board-ui-filter-practice-type = Кез келген практика түрі
board-ui-filter-supervisor = Кафедрадағы кез келген жетекші
board-ui-filter-supervisor-none = Кафедрадағы жетекшісі жоқ
board-ui-filter-behind = Сағаттан қалып жатқандар
board-ui-filter-no-base = Практика базасы әлі жоқ
board-ui-roster-total = { $count ->
    [one] { $count } білім алушы
   *[other] { $count } білім алушы
}
board-ui-roster-empty = Ешкім табылмады.
board-ui-select-page = Осы беттегілердің бәрін таңдау
board-ui-select-all = Бәрін таңдау
board-ui-col-name = Аты-жөні
board-ui-col-id = Студенттік ID
board-ui-col-group = Топ
board-ui-col-status = Мәртебе
board-ui-col-base = Практика базасы
board-ui-col-supervisor = Кафедрадағы жетекші
board-ui-col-hours = Бекітілген сағат
board-ui-col-hours-norm = Бекітілгені / бүгінге дейінгі норма
board-ui-col-pending = Күтуде
board-ui-not-linked = (сілтеме әлі қолданылмаған)
board-ui-behind = қалып жатыр
board-ui-page-previous = ← Алдыңғы
board-ui-page-next = Келесі →
board-ui-page-of = { $pages } беттің { $page }-беті

## Таңдалғандармен әрекеттер

board-ui-bulk-label = Таңдалған білім алушылармен әрекеттер
board-ui-selected = Таңдалды: { $count }
board-ui-bulk-approve-bases = Практика базаларын бекіту
board-ui-bulk-supervisor = Кафедрадағы жетекші…
board-ui-bulk-assign = Тағайындау
board-ui-bulk-reissue = Жаңа сілтемелер
board-ui-bulk-export = XLSX файлы ретінде жүктеп алу
board-ui-bulk-reissued = { $count ->
    [one] { $count } жаңа сілтеме берілді; бұрынғысы енді жарамсыз.
   *[other] { $count } жаңа сілтеме берілді; бұрынғылары енді жарамсыз.
}
board-ui-bulk-exported = { $count ->
    [one] { $count } білім алушы бойынша кесте жүктелді.
   *[other] { $count } білім алушы бойынша кесте жүктелді.
}
board-ui-bulk-summary = Орындалды: { $done }. Орындалмады: { $failed }.
board-ui-row-done = орындалды
board-ui-row-forbidden = рұқсат жоқ
board-ui-row-notFound = мәліметтер енді жоқ
board-ui-row-changed = тақта жүктелгеннен кейін мәліметтер өзгерді: жаңартып, тексеріңіз
board-ui-row-alreadyDecided = шешім бұрын қабылданған
board-ui-row-notSubmitted = бекітуге жіберілмеген
board-ui-row-organisationRejected = кафедра бұл практика базасын қабылдамады
board-ui-row-notSupervisor = бұл кафедраның практика жетекшісі емес
board-ui-row-alreadyLinked = білім алушы өз сілтемесін бұрын қолданған
board-ui-row-reasonRequired = себебін көрсету керек
board-ui-row-invalid = деректер қате
board-ui-row-failed = орындалмады, қайталап көріңіз
board-ui-row-noPlacement = практика туралы мәліметтер әлі жоқ

## Білім алушының беті

board-ui-student-placement = Практика
board-ui-student-supervisors = Практика жетекшілері
board-ui-student-outcome = Қорытынды
board-ui-practice-type = Практика түрі
board-ui-dates = Мерзімі
board-ui-return-reason = Себебі
board-ui-return-reason-placeholder = Пысықтауға қайтару себебі (міндетті)
board-ui-no-placement = Білім алушы практика туралы мәліметтерді әлі толтырған жоқ.
board-ui-university-supervisor = Кафедрадағы практика жетекшісі
board-ui-organisation-supervisor = Ұйым тарапынан практика жетекшісі
board-ui-not-confirmed = әлі расталмаған
board-ui-report = Практика бойынша есеп
board-ui-characteristic = Мінездеме
board-ui-grade = Баға
board-ui-signoffs = Күнделікке қол қою
board-ui-signed = { $who }: қол қойды
board-ui-not-signed = { $who }: әлі қол қойған жоқ
board-ui-f76-download = F-76 жүктеп алу
board-ui-weeks = Күнделік жазбалары апталар бойынша
board-ui-no-entries = күнделік жазбалары әлі жоқ
board-ui-week = { $index }-апта ({ $from } – { $to })
board-ui-week-hours = { $norm } сағаттың { $approved } сағаты бекітілді
board-ui-attachments = Тіркемелер: { $files }
board-ui-hours = { $hours } сағ.
board-ui-heatmap-title = Күндер бойынша сағаттар
board-ui-heatmap-empty = Практика мерзімі әлі көрсетілмеген.
board-ui-heatmap-legend = Сағат жоқ, 4-ке дейін, 8-ге дейін, 8 және одан көп:
board-ui-weekday-1 = Дс
board-ui-weekday-2 = Сс
board-ui-weekday-3 = Ср
board-ui-weekday-4 = Бс
board-ui-weekday-5 = Жм
board-ui-weekday-6 = Сб
board-ui-weekday-7 = Жс

## Шешім күтетіндер

board-ui-queue-bases = Бекітуді күтетін практика базалары
board-ui-queue-supervisors = Растауды күтетін ұйым тарапынан жетекшілер
board-ui-queue-no-base = Бекітілген практика базасы жоқ, ал практика жақында басталады
board-ui-queue-silent = Бірнеше жұмыс күні бойы күнделік жазбасы жоқ
board-ui-queue-empty = Мұнда ештеңе жоқ.
board-ui-queue-approve-all = { $count ->
    [one] Көрсетілген { $count } базаны бекіту
   *[other] Көрсетілген { $count } базаның бәрін бекіту
}
board-ui-starts = { $date } күні басталады
board-ui-last-entry = соңғы жазба: { $date }

## Практика жетекшісі

board-ui-my-students = Менің білім алушыларым
board-ui-my-students-empty = Сіз әзірге ешкімге жетекшілік етпейсіз.
board-ui-as-universitySupervisor = кафедрадағы жетекші ретінде
board-ui-as-organisationSupervisor = ұйым тарапынан жетекші ретінде
board-ui-of-required = барлығы { $hours } сағат қажет
board-ui-pending = Бекітуді күтетін күнделік жазбалары
board-ui-pending-empty = Сіздің шешіміңізді күтетін жазба жоқ.
board-ui-approve-selected = Таңдалғандарды бекіту
board-ui-return-selected = Таңдалғандарды пысықтауға қайтару
board-ui-reason-required = Пысықтауға қайтару себебін жазыңыз: білім алушы оны көреді.
