## Common

language-name = Қазақша
language-choose = Интерфейс тілін таңдаңыз:
language-changed = Дайын: енді Сізге қазақ тілінде жазамын.

errors-generic = Кешіріңіз, жүйеде ақау орын алды, соңғы әрекетіңіз орындалмады. Бір минуттан кейін қайталап көріңіз; қате қайталана берсе, кафедраңыздағы практика бойынша жауапты тұлғаға хабарласыңыз.
errors-generic-staff = Кешіріңіз, жүйеде ақау орын алды, соңғы әрекетіңіз орындалмады. Бір минуттан кейін қайталап көріңіз; қате қайталана берсе, университеттегі Praktika жүйесінің әкімшісіне хабарласыңыз.
errors-not-saved = Кешіріңіз, жүйе уақытша қолжетімсіз, сондықтан соңғы хабарламаңыз сақталмады. Бірнеше минуттан кейін оны қайта жіберіңіз (немесе батырманы қайта басыңыз).
errors-stale-button = Бұл батырма енді белсенді емес. Қолжетімді командаларды көру үшін /help жіберіңіз.
errors-not-allowed = Бұл команда Сізге қолжетімсіз. Командаларыңызды көру үшін /help жіберіңіз.

help-title = Мен не істей аламын:

cancel-done = Тоқтатылды. Ештеңе сақталған жоқ. Командалар тізімі — /help.
cancel-nothing = Қазір тоқтататын әрекет жоқ.

unhandled-command = Мұндай команданы білмеймін. Командалар тізімі — /help.
unhandled-message = Хабарламаңызды түсінбедім. Не істей алатынымды білу үшін /help жіберіңіз.

scene-need-text = Мәтіндік хабарламамен жауап беріңіз.
scene-use-buttons = Жоғарыдағы батырмалардың бірін басыңыз (немесе тоқтату үшін /cancel жіберіңіз).

level-bachelor = Бакалавриат
level-master = Магистратура
level-phd = Докторантура (PhD)

role-student = білім алушы
role-coordinator = кафедрадағы практика бойынша жауапты тұлға
role-universitySupervisor = кафедрадағы практика жетекшісі
role-organisationSupervisor = ұйым тарапынан практика жетекшісі

## Commands

cmd-start =
    .description = Тіркелу немесе профильді жаңарту
cmd-me =
    .description = Менің профилім
cmd-language =
    .description = Тілді ауыстыру
cmd-help =
    .description = Командалар тізімі
cmd-cancel =
    .description = Ағымдағы әрекеттен бас тарту
cmd-invite_supervisor =
    .description = Кафедрадағы практика жетекшісін шақыру
cmd-invite_orgsupervisor =
    .description = Ұйым тарапынан практика жетекшісін шақыру (Студенттік ID)
    .description-student = Ұйым тарапынан практика жетекшіңізге арналған шақыру сілтемесі
    .description-coordinator = Ұйым тарапынан практика жетекшісін шақыру (Студенттік ID)
cmd-supervisor_claims =
    .description = Растауды күтіп тұрған ұйым тарапынан практика жетекшілері
cmd-newdepartment =
    .description = Кафедра қосу (коды және атауы)
cmd-renamedepartment =
    .description = Кафедраның атауын өзгерту (коды және жаңа атауы)
cmd-removedepartment =
    .description = Ешкім тіркелмеген кафедраны жою
cmd-departments =
    .description = Кафедралар тізімі
cmd-invite_coordinator =
    .description = Кафедрадағы практика бойынша жауапты тұлғаны шақыру (кафедра коды)
