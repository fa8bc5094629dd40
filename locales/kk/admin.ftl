## Administration and invitations

admin-newdepartment-usage = Пішімі: /newdepartment КОД [ережелер] Кафедраның толық атауы, мысалы: /newdepartment CS Компьютерлік ғылымдар кафедрасы. Код 2–16 таңбадан тұруы керек: латын әріптері, цифрлар, «-» немесе «_». Ережелер — университет ережелерінің жиынтығы: { $policies } (көрсетілмесе, біріншісі алынады).
admin-newdepartment-created = Кафедра қосылды: { $code } — «{ $name }» (ережелер: { $policy }).
admin-newdepartment-exists = { $code } коды бар кафедра бұрыннан тіркелген; ештеңе өзгертілген жоқ.

admin-newdepartment-unknown-policy = «{ $policy }» деген университет ережелері жоқ. Қолжетімділері: { $policies }. Егер бұл сөз кафедра атауының басы болса, атауды бас әріппен жазыңыз.
admin-renamedepartment-usage = Пішімі: /renamedepartment КОД Жаңа толық атауы, мысалы: /renamedepartment CS Компьютерлік инженерия кафедрасы.
admin-renamedepartment-done = Кафедраның атауы өзгертілді: { $code } — «{ $name }».
admin-removedepartment-usage = Пішімі: /removedepartment КОД — кафедраның коды (/departments қараңыз).
admin-removedepartment-in-use = { $code } кафедрасы жойылмады, оған тіркелгендер: білім алушылар — { $students }, қызметкерлер — { $staff }. Алдымен оларды басқа кафедраға ауыстырыңыз.
admin-removedepartment-done = Кафедра жойылды: { $code } — «{ $name }».

departments-title = Кафедралар:
departments-none = Әзірге кафедралар жоқ. Әкімші оларды /newdepartment командасымен қосады.

invite-coordinator-usage = Пішімі: /invite_coordinator КОД — кафедра коды (/departments қараңыз).
invite-unknown-department = { $code } коды бар кафедра жоқ. /departments қараңыз.
invite-supervisor-usage = Пішімі: /invite_supervisor КОД — Сіз жауап беретін кафедралардың бірінің коды.
invite-orgsupervisor-usage = Пішімі: /invite_orgsupervisor СТУДЕНТТІК_ID, мысалы: /invite_orgsupervisor 20210345.
invite-not-your-department = Сіз { $code } кафедрасында практика бойынша жауапты тұлға емессіз, сондықтан бұл кафедраға практика жетекшісін шақыра алмайсыз.
invite-not-your-student = Сіз жауап беретін кафедраларда Студенттік ID нөмірі { $studentNumber } болатын білім алушы жоқ.
invite-created =
    «{ $role }» рөліне шақыру ({ $scope }).
    Осы бір реттік сілтемені адресатқа жіберіңіз: { $link }
    Сілтемені бір рет қана қолдануға болады. Жарамдылық мерзімі: { $expires }.

invite-invalid = Шақыру сілтемесі жарамсыз. Сілтемені толық ашқаныңызды тексеріңіз немесе жаңасын сұраңыз.
invite-used = Бұл шақыру бұрын қолданылған. Жіберушіден жаңасын сұраңыз.
invite-expired = Шақырудың мерзімі өтіп кетті. Жіберушіден жаңасын сұраңыз.
invite-accepted = Дайын: енді Сіз — { $role } ({ $scope }). Командаларыңызды көру үшін /help жіберіңіз.
