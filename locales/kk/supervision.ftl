## Supervision: жетекшілер мен кафедрадағы практика бойынша жауапты тұлғалар күнделікте (issue 9)

cmd-pending =
    .description = Бекітуді күтіп тұрған күнделік жазбалары
cmd-characteristic =
    .description = Білім алушыға мінездеме жазу
cmd-grade =
    .description = Практика бойынша қорытынды бағаны қою
cmd-signoff =
    .description = Білім алушының күнделігіне қол қою
cmd-export =
    .description = Кафедра күнделіктерінің жай-күйі (XLSX) немесе Сіздің күнделігіңіз (PDF)
    .description-student = Сіздің практика күнделігіңіз (күнделік-есеп, F-76, PDF)
    .description-coordinator = Кафедра күнделіктерінің жай-күйі (XLSX)

supervision-entry = { $student }, { $date } ({ NUMBER($hours) } сағ):
    { $text }
supervision-button-approve = ✅ Бекіту
supervision-button-return = ↩️ Пысықтауға қайтару
supervision-outcome-approved = ✅ Бекітілді ({ $at }).
supervision-outcome-returned = ↩️ Пысықтауға қайтарылды ({ $at }): { $reason }
supervision-toast-approved = Бекітілді.
supervision-toast-returned = Жазба білім алушыға пысықтауға қайтарылды.
supervision-student-approved = { $date } күнгі күнделік жазбаңыз бекітілді.
supervision-student-returned = { $date } күнгі күнделік жазбаңыз пысықтауға қайтарылды: { $reason }
    Түзету үшін /diary жіберіңіз.
supervision-student-approved-many = Күнделігіңіздегі { $count ->
    [one] { $count } жазба бекітілді
   *[other] { $count } жазба бекітілді
}: { $dates }.

supervision-return-ask = Жазба неге пысықтауға қайтарылады? Білім алушыға түсініктеме жазыңыз (немесе /cancel).
supervision-return-scene-stopped = Жазбаны пысықтауға қайтару тоқтатылды; жазба өзгерген жоқ. Дайын болғанда «Пысықтауға қайтару» батырмасын қайта басыңыз.
supervision-return-scene-expired = Жазбаны пысықтауға қайтару уақыты өтіп кетті ({ $hours } сағ); жазба өзгерген жоқ. «Пысықтауға қайтару» батырмасын қайта басыңыз немесе /pending жіберіңіз.
supervision-return-scene-interrupted = Жазбаны пысықтауға қайтару боттың жаңартылуына байланысты үзілді; жазба өзгерген жоқ. Оны қайта көру үшін /pending жіберіңіз.
supervision-give-up = Сәтсіз әрекеттер тым көп болғандықтан, енгізу тоқтатылды. Ештеңе өзгерген жоқ.

supervision-pending-none = Бекітуіңізді күтіп тұрған жазба жоқ.
supervision-pending-header = Бекітуіңізді күтіп тұр: { $count ->
    [one] { $count } жазба
   *[other] { $count } жазба
} ({ $students ->
    [one] { $students } білім алушы
   *[other] { $students } білім алушы
}).
supervision-pending-student = { $student } ({ $group }), { $count ->
    [one] { $count } жазба:
   *[other] { $count } жазба:
}
supervision-pending-line = • { $date }, { NUMBER($hours) } сағ — { $text }
supervision-pending-approve-all = ✅ Көрсетілгеннің бәрін бекіту ({ $count })
supervision-pending-one-by-one = Бір-бірлеп: бекіту немесе пысықтауға қайтару
supervision-pending-one-by-one-more = Тағы { $count ->
    [one] { $count } жазба
   *[other] { $count } жазба
} шешіміңізді күтіп тұр: мыналарды қарап болған соң /pending жіберіңіз.
supervision-pending-nothing-left = Бұл білім алушының бекітуді күтіп тұрған жазбасы енді жоқ.
supervision-pending-list-changed = Тізім көрсетілгеннен кейін бұл білім алушының жазбалары өзгерді, сондықтан ештеңе бекітілген жоқ. Міне, жаңартылған тізім.
supervision-pending-approved = { $student }: { $count ->
    [one] { $count } жазба бекітілді.
   *[other] { $count } жазба бекітілді.
}
supervision-pending-skipped = { $count ->
    [one] { $count } жазба бекітілмеді: ол өзгерген немесе ол бойынша шешім қабылданып қойған.
   *[other] { $count } жазба бекітілмеді: олар өзгерген немесе олар бойынша шешім қабылданып қойған.
}
supervision-digest-on = Жаңа жазбалар Сізге күніне бір рет, жиынтық түрінде келеді.
supervision-digest-off = Жаңа жазбалар Сізге жіберілген бойда бір-бірлеп келеді.
supervision-digest-button-on = Күніне бір рет, жиынтықпен
supervision-digest-button-off = Бір-бірлеп, бірден

supervision-no-students = Бұл әрекетті орындауға болатын білім алушыңыз жоқ.
supervision-choose-student = Білім алушыны таңдаңыз.

supervision-characteristic-ask-text = Білім алушыға мінездемені (жұмысы, дағдылары, іске көзқарасы) бір хабарламамен жазыңыз.
supervision-characteristic-ask-score = 0-ден 100-ге дейін қандай баға ұсынасыз?
supervision-characteristic-saved = Мінездеме сақталды: { $student }. Ұсынылған баға: { $score } ({ $letter }, { $points }).
supervision-characteristic-scene-stopped = Мінездеме жазу тоқтатылды; ештеңе сақталған жоқ. Қайта бастау үшін /characteristic жіберіңіз.
supervision-characteristic-scene-expired = Мінездеме жазу уақыты өтіп кетті ({ $hours } сағ); ештеңе сақталған жоқ. Қайта бастау үшін /characteristic жіберіңіз.
supervision-characteristic-scene-interrupted = Мінездеме жазу боттың жаңартылуына байланысты үзілді. Қайта бастау үшін /characteristic жіберіңіз.

supervision-grade-ask = 0-ден 100-ге дейінгі қорытынды бағаны жіберіңіз.
supervision-grade-recorded = Баға қойылды: { $student } — { $score } балл, { $letter } ({ $points }). Білім алушыға хабарланды.
supervision-grade-failing-told = Баға қанағаттанарлық емес: білім алушыға әрі қарай не болатыны да хабарланды (QP-06, 6.10–6.11-тт.).
supervision-grade-student = Практика бойынша бағаңыз: { $score } балл — { $letter } ({ $points }).
supervision-grade-scene-stopped = Баға қою тоқтатылды; ештеңе сақталған жоқ. Қайта бастау үшін /grade жіберіңіз.
supervision-grade-scene-expired = Баға қою уақыты өтіп кетті ({ $hours } сағ); ештеңе сақталған жоқ. Қайта бастау үшін /grade жіберіңіз.
supervision-grade-scene-interrupted = Баға қою боттың жаңартылуына байланысты үзілді. Қайта бастау үшін /grade жіберіңіз.

supervision-signoff-done = Күнделікке қол қойдыңыз: { $student }. Екінші жетекшінің қолы күтілуде.
supervision-signoff-complete = Күнделікке қол қойдыңыз: { $student }. Екі жетекші де қол қойды.
supervision-signoff-pending-dates = Әлі бекітілмеген жазбалар ({ $student }): { $dates }.

supervision-export-wait = Кафедра күнделіктерінің жай-күйін дайындап жатырмын…
supervision-export-usage = Кафедраны көрсетіңіз: /export КОД.
supervision-export-not-yours = { $code } — Сіздің кафедраңыз емес.
