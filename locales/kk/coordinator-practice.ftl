## Coordinator: placements, /bases, /students, /assign, roster upload

cp-placement-summary = { $student } ({ $studentNumber }, { $group })
    Практика түрі: { $practiceType }, { $start } – { $end }
    Практика базасы: { $organisation }{ $organisationStatus ->
        [proposed] {" "}(жаңа, кафедра әлі бекітпеген)
        [rejected] {" "}(кафедра қабылдамаған)
       *[approved] {""}
    }
    Практикадан өту туралы келісім-шарт: № { $contract }, { $contractDate }{ $late ->
        [yes] {" "}— белгіленген мерзімнен кеш жасалған
       *[no] {""}
    }
cp-approve-button = ✅ Бекіту
cp-return-button = ↩️ Пысықтауға қайтару

cp-student-approved = Практика базасы бекітілді: { $organisation }, { $start } – { $end }. Енді ұйым тарапынан практика жетекшісін шақырыңыз: /invite_orgsupervisor жіберіңіз.
cp-student-returned = Практика базасы туралы мәліметтер ({ $organisation }, { $start } – { $end }) пысықтауға қайтарылды. Кафедрадағы практика бойынша жауапты тұлғаның түсініктемесі: «{ $reason }». Мәліметтерді /base командасымен түзетіп, қайта жіберіңіз.

cp-decision-approved = ✅ Бекітілді: { $student }. Білім алушыға хабарланды.
cp-decision-returned = ↩️ Пысықтауға қайтарылды: { $student }. Білім алушыға себебі хабарланды.
cp-decision-already = Шешім қабылданып қойған; қазіргі мәртебесі: { $status }. Ештеңе өзгертілген жоқ.
cp-decision-changed = Бұл хабарлама жіберілгеннен кейін білім алушы мәліметтерді өзгерткен. Ештеңе өзгертілген жоқ; соңғы нұсқасы төменде.
cp-decision-not-submitted = Білім алушы бұл мәліметтерді бекітуге әлі жіберген жоқ. Ештеңе өзгертілген жоқ.
cp-decision-organisation-rejected = Кафедра бұл практика базасын қабылдамаған, сондықтан бекіту мүмкін емес. Себебін көрсетіп, пысықтауға қайтарыңыз.
cp-decision-not-found = Бұл мәліметтер енді жоқ.

cp-return-ask-reason = Мәліметтерді неге пысықтауға қайтарасыз? Білім алушы нені түзетуі керек екенін жазыңыз ({ $max } таңбадан аспауы керек); білім алушы Сіздің мәтініңізді көреді.
cp-return-done = Пысықтауға қайтарылды: { $student }. Білім алушыға себебі хабарланды: «{ $reason }».
cp-return-too-many-attempts = Себеп бірнеше рет қабылданбады, сондықтан ештеңе пысықтауға қайтарылған жоқ. Дайын болғанда батырманы қайта басыңыз.
cp-return-scene-stopped = Пысықтауға қайтару тоқтатылды; ештеңе өзгертілген жоқ. Батырманы қайта басыңыз немесе /bases жіберіңіз.
cp-return-scene-expired = Себепті күту уақыты өтті: { $hours } сағат бойы жауап болмады. Ештеңе өзгертілген жоқ; батырманы қайта басыңыз немесе /bases жіберіңіз.
cp-return-scene-interrupted = Пысықтауға қайтару боттың жаңартылуына байланысты үзілді; ештеңе өзгертілген жоқ. Батырманы қайта басыңыз немесе /bases жіберіңіз.

cp-department-needed = Командадан кейін кафедраның кодын жазыңыз, мысалы: /{ $command } CS.
cp-department-not-found = Кафедра табылмады.

cp-bases-none = Сіздің бекітуіңізді күтіп тұрған практика базалары жоқ.
cp-bases-header = Бекітуді күтуде: { $count }. { $pages } беттің { $page }-беті.
cp-page-prev = ◀️ Артқа
cp-page-next = Әрі қарай ▶️
cp-page-of = { $pages } беттің { $page }-беті

cp-students-header = Білім алушылар: { $count }. { $pages } беттің { $page }-беті.
cp-students-filters = Топ: { $group }; практика түрі: { $practiceType }; мәртебесі: { $status }
cp-filter-any = кез келген
cp-filter-type-button = 🔄 Практика түрі
cp-filter-status-button = 🔄 Мәртебесі
cp-students-line = { $n }. { $student } ({ $studentNumber }, { $group }) — { $placements }
cp-students-placement = { $practiceType }: { $status }
cp-students-no-placement = практика рәсімделмеген
cp-students-none = Бұл шарттарға сәйкес ешкім табылмады.
cp-students-usage = Командадан кейін топты жазуға болады, мысалы: /students SE-2203. Практика түрі мен мәртебесін тізімнің астындағы батырмалармен таңдаңыз.

cp-assign-usage = Командадан кейін білім алушының Студенттік ID нөмірін немесе топты жазыңыз: /assign 20210345 немесе /assign SE-2203.
cp-assign-no-supervisors = Кафедраңыздың практика жетекшілері ботқа әлі қосылмаған. Оларды /invite_supervisor командасымен шақырыңыз.
cp-assign-no-placements = Бұл білім алушының ашық практикасы жоқ.
cp-assign-not-found = Кафедраңызда мұндай білім алушы немесе топ табылмады.
cp-assign-group-too-long = Топ атауы батырмалар үшін тым ұзын; жетекшіні әр білім алушыға Студенттік ID нөмірі бойынша тағайындаңыз.
cp-assign-nobody = тағайындалмаған
cp-assign-choose-student = Кафедрадағы практика жетекшісін таңдаңыз. Білім алушы: { $student } ({ $studentNumber }), { $practiceType }. Қазіргі жетекші: { $current }.
cp-assign-choose-group = { $group } тобы үшін кафедрадағы практика жетекшісін таңдаңыз: практикалар саны — { $count }.
cp-assign-done = Кафедрадағы практика жетекшісі тағайындалды: { $supervisor }; өзгертілген практикалар саны — { $count }.
cp-assign-stale = Бұл хабарламадан кейін тағайындау өзгерген; ештеңе өзгертілген жоқ. /assign командасын қайта жіберіңіз.
cp-assign-not-supervisor = Бұл адам енді кафедраңыздың практика жетекшісі емес. Ештеңе өзгертілген жоқ.

cp-roster-department-needed = Файлдың сипаттамасына кафедраңыздың кодын жазыңыз, мысалы CS, және файлды қайта жіберіңіз.
cp-roster-download-failed = Файлды Telegram жүйесінен алу мүмкін болмады. Ештеңе жүктелген жоқ; файлды қайта жіберіңіз.

cmd-bases =
    .description = Бекітуді күтетін практика базалары
cmd-students =
    .description = Кафедраның білім алушылары (іріктеумен)
cmd-assign =
    .description = Кафедрадағы практика жетекшісін тағайындау

## /students ішінде іздеу
cp-search-header = «{ $query }» сұрауы бойынша табылғаны: { $count }.
cp-search-more = Алғашқы { $shown } білім алушы көрсетілді. Сұрауды нақтылаңыз: тегінің әріптерін толығырақ жазыңыз немесе Студенттік ID нөмірін жіберіңіз.
cp-search-none = «{ $query }» сұрауы бойынша кафедрада ешкім табылмады. Студенттік ID нөмірін, топты немесе тегінің бір бөлігін жіберіңіз.
