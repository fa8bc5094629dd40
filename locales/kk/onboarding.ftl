## Onboarding

onboarding-choose-language = Тілді таңдаңыз · Выберите язык · Choose your language
onboarding-welcome = Кәсіптік практика бойынша көмекші Praktika-ға қош келдіңіз! Алдымен тіркелейік — бар болғаны жеті қысқа сұрақ. Кез келген сәтте /cancel жіберіп, ештеңе сақтамай шыға аласыз.
onboarding-update-intro = Сіз бұрын тіркелгенсіз. Профиліңізді жаңарту үшін сұрақтарға қайта жауап беріңіз немесе бәрін өзгеріссіз қалдыру үшін /cancel жіберіңіз.
onboarding-staff-welcome = Қайта қош келдіңіз! Командаларыңызды көру үшін /help жіберіңіз.
onboarding-no-departments = Тіркеу әлі ашылған жоқ: бірде-бір кафедра қосылмаған. Кейінірек қайталап көріңіз немесе кафедрадағы практикаға жауапты тұлғаға хабарласыңыз.

onboarding-ask-full-name = Университет құжаттарындағыдай тегіңізді, атыңызды және әкеңіздің атын (бар болса) жазыңыз:
onboarding-full-name-too-short = Аты-жөні үшін тым қысқа. Тегіңіз бен атыңызды жазыңыз.
onboarding-full-name-too-long = Аты-жөні { $max } { $max ->
        [one] таңбадан
       *[other] таңбадан
    } аспауы керек. Қысқартып жазыңыз.
onboarding-full-name-letters-only = Аты-жөнінде тек әріптер, дефис және апостроф болады. Сандар мен таңбаларсыз жазыңыз.
onboarding-full-name-need-surname-and-name = Тегіңізді де, атыңызды да жазыңыз, мысалы: «Сейтқали Аружан».
onboarding-full-name-too-many-words = Бес сөзден асып кетті. Тек тегіңізді, атыңызды және әкеңіздің атын жазыңыз.

onboarding-ask-student-number = Студенттік ID нөміріңіз (студенттік билеттегідей):
onboarding-student-number-format = Студенттік ID — 4–20 әріп не саннан тұрады, ішінде кемінде бір сан болады, мысалы 20210345. Тексеріп, қайта жіберіңіз.

onboarding-ask-level = Оқу деңгейіңіз:

onboarding-ask-programme-code = Білім беру бағдарламаңыздың шифры, мысалы { $example }:
onboarding-programme-code-format = Бағдарлама шифры мынадай болады: 6B06102 — бір сан, бір әріп және бес сан. Тексеріп, қайта жіберіңіз.
onboarding-programme-code-level-mismatch = Сіздің оқу деңгейіңізде бағдарлама шифры { $prefix } деп басталады. Шифрды тексеріңіз немесе деңгейді қайта таңдау үшін /start жіберіңіз.

onboarding-ask-course = Курсыңыз:

onboarding-ask-group = Тобыңыз, мысалы SE-2203:
onboarding-group-format = Топ атауы 2–20 әріп, сан, бос орын не дефистен тұрады және ішінде сан болады, мысалы SE-2203. Қайта жіберіңіз.

onboarding-ask-department = Кафедраңыз:
onboarding-ask-department-code = Кафедраңыздың коды (мысалы, CS; білмесеңіз, кафедрадан нақтылаңыз):
onboarding-department-unknown = «{ $code }» коды бар кафедра жоқ. Кодты кафедрадан нақтылап, қайта жіберіңіз.

onboarding-student-number-taken = { $studentNumber } студенттік ID-і басқа Telegram аккаунтына байланыстырылған. Ештеңе сақталған жоқ. Егер бұл Сіздің ID-іңіз болса, кафедрадағы практикаға жауапты тұлғаға хабарласыңыз.
onboarding-student-number-on-roster = { $studentNumber } студенттік ID-і кафедраның білім алушылар тізімінде бар. Ештеңе сақталған жоқ. Оны осы Telegram аккаунтына байланыстыру үшін кафедрадағы практикаға жауапты тұлғадан жеке шақыру сілтемеңізді сұраңыз.
onboarding-done = Тіркелу аяқталды. Әрі қарай не істеуге болатынын білу үшін /help жіберіңіз.
onboarding-updated = Профиліңіз жаңартылды.

## Profile

profile-not-registered = Сіз әлі білім алушы ретінде тіркелмегенсіз. Тіркелу үшін /start жіберіңіз.
profile-card =
    Аты-жөні: { $fullName }
    Студенттік ID: { $studentNumber }
    Оқу деңгейі: { $level }
    Білім беру бағдарламасы: { $programmeCode }
    Курс: { $course }
    Топ: { $group }
    Кафедра: { $department }
