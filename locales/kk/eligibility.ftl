## Тексерулер (/eligibility)

cmd-eligibility =
    .description = Курстан курсқа ауыстыру, бағдарламаны ауыстыру, басқа ЖОО-ға ауысу, оқуға қайта қабылдау, үздік диплом

elig-choose-check = Нені тексерейік? Осы тексеруге қажет сұрақтарды ғана қоямын. Тоқтату үшін /cancel жіберіңіз.
elig-check-promotion = Курстан курсқа ауыстыру
elig-check-programmeChange = Білім беру бағдарламасын ауыстыру
elig-check-transferOut = Басқа ЖОО-ға ауысу
elig-check-reinstatement = Оқуға қайта қабылдау
elig-check-honours = Үздік диплом

elig-too-many-attempts = Сәтсіз әрекеттер тым көп болғандықтан, енгізу тоқтатылды. Қайта бастау үшін /eligibility жіберіңіз.

elig-prefilled = Профиліңіздегі деректер:
elig-prefilled-level = оқу деңгейі: { $level ->
        [bachelor] бакалавриат
        [master] магистратура
       *[phd] докторантура (PhD)
    }
elig-prefilled-course = курс: { $course }
elig-prefilled-first-period = бірінші академиялық кезең аяқталған (Сіз { $course }-курстасыз)
elig-prefilled-funding = оқу { $funding ->
        [grant] мемлекеттік білім беру гранты есебінен
        [targetedGrant] мақсатты мемлекеттік білім беру гранты есебінен
       *[paid] ақылы негізде
    } (кафедра деректері бойынша)

elig-yes = Иә
elig-no = Жоқ

## Сұрақтар

elig-ask-level = Оқу деңгейіңіз:
elig-ask-course = Қазір аяқтап жатқан курсыңыз:
elig-promotion-final-year = { $course }-курс — { $level ->
        [bachelor] бакалавриаттың
        [master] магистратураның
       *[phd] докторантураның
    } бітіруші курсы, одан кейін келесі курсқа ауыстыру қарастырылмаған. Профиліңіздегі деректер ескірген болса, оларды /start командасымен жаңартыңыз.

elig-ask-funding = Қандай негізде оқисыз?
elig-ask-funding-transfer = Қандай негізде оқисыз? Мақсатты грант — дәл осы университетте оқуға бөлінген мемлекеттік грант.
elig-funding-grant = Мемлекеттік білім беру гранты
elig-funding-targetedGrant = Мақсатты мемлекеттік білім беру гранты
elig-funding-paid = Ақылы негізде

elig-ask-gpa-source = Ауыстыру балыңыз бен игерілген кредиттеріңізді қалай көрсетесіз?
elig-gpa-source-record = Кафедра деректері: GPA { NUMBER($gpa, minimumFractionDigits: 2, maximumFractionDigits: 2) }, { $credits } кредит
elig-gpa-source-type = GPA мен кредиттерді өзім жазамын
elig-gpa-source-grades = Бағаларымды көшіріп қоямын

elig-ask-gpa = Ауыстыру балыңыз (GPA), 0-ден 4-ке дейін, мысалы 2,85:
elig-gpa-format = Бұл сан емес. Ауыстыру балын 0-ден 4-ке дейінгі санмен жіберіңіз, мысалы 2,85 немесе 2.85.
elig-gpa-range = Ауыстыру балы { $min }–{ $max } аралығында болуы керек. Тексеріп, қайта жіберіңіз.
elig-ask-credits = Барлығы неше кредит игердіңіз (0-ден 400-ге дейін)?
elig-credits-format = Кредит санын сан түрінде жіберіңіз, мысалы 62.
elig-credits-range = Кредит саны { $min }–{ $max } аралығында болуы керек. Тексеріп, қайта жіберіңіз.
elig-ask-debts = Сізде неше академиялық қарыз бар (FX немесе F бағасы қойылып, әлі қайта тапсырылмаған пәндер)? Қарыз болмаса, 0 жіберіңіз.
elig-debts-format = 0–{ $max } аралығындағы бүтін санды жіберіңіз, мысалы 0 немесе 2.

elig-ask-grades =
    Транскрипттегі бағаларыңызды әр жолға бір пәннен көшіріп қойыңыз: пән атауы, кредит, әріптік баға. Мысалы:
    Математика 5 A-
    Физика 2 4,5 B+
    Қазақстан тарихы 5 C қайта тапсыру
    Қайта тапсырып алған бағадан кейін «қайта тапсыру» деп жазыңыз. Ең көбі { $maxLines } жол.
elig-ask-honours-grades =
    Бүкіл оқу кезеңіндегі барлық пәндер бойынша бағаларыңызды (қорытынды аттестаттаусыз) әр жолға бір пәннен көшіріп қойыңыз: пән атауы, кредит, әріптік баға. Мысалы:
    Математика 5 A-
    Физика 2 4,5 B+
    Қайта тапсырып алған бағадан кейін «қайта тапсыру» деп жазыңыз. Ең көбі { $maxLines } жол.
elig-grades-empty = Хабарламаңыздан баға таппадым. Әр жолға бір пәннен жазыңыз, мысалы «Математика 5 A-».
elig-grades-errors = { $count } жолды оқи алмадым:
elig-grade-line = { $line }-жол «{ $text }»: { $reason }
elig-grade-more = … тағы { $count }
elig-grades-resend = Оларды түзетіп, бүкіл тізімді қайта жіберіңіз.
elig-grade-error-unrecognizedLine = кредит те, әріптік баға да табылмады.
elig-grade-error-missingLetter = кредиттен кейін әріптік баға жоқ.
elig-grade-error-unknownLetter = «{ $token }» — әріптік баға емес (A, A-, B+, B, B-, C+, C, C-, D+, D, FX, F).
elig-grade-error-missingCredits = бағаның алдында кредит саны жоқ.
elig-grade-error-invalidCredits = «{ $token }» кредит: пәннің кредиті 0-ден көп, ең көбі { $maxCredits } болуы керек.
elig-grade-error-missingCourse = пән атауы жоқ.
elig-grade-error-tooManyLines = жол тым көп: ең көбі { $maxLines }.
elig-grades-computed = Бағаларыңыз бойынша ({ $courses } пән): GPA { NUMBER($gpa, minimumFractionDigits: 2, maximumFractionDigits: 2) }, { $credits } кредит игерілді, академиялық қарыз саны: { $debts }.
elig-grades-computed-honours = Бағаларыңыз бойынша GPA: { NUMBER($gpa, minimumFractionDigits: 2, maximumFractionDigits: 2) }.

elig-ask-first-period = Қазіргі білім беру бағдарламаңыздың бірінші академиялық кезеңін (семестрін) толық аяқтадыңыз ба?
elig-ask-related = Жаңа бағдарлама кадрларды даярлаудың туыстас бағытына (қазіргі бағдарламаңызбен бір білім беру бағдарламалары тобына) жата ма?
elig-ask-creative = Қазіргі бағдарламаңызға түсу үшін шығармашылық емтихан тапсырдыңыз ба?

elig-ask-expelled-on = Оқудан шығару туралы бұйрықтың күні, мысалы 15.06.2024:
elig-date-format = Күнді оқи алмадым. Оны күн.ай.жыл түрінде жазыңыз, мысалы 15.06.2024.
elig-date-future = Бұйрықтың күні бүгінгі күннен кейін болмауы керек. Оқудан шығару туралы бұйрықтың күнін жіберіңіз.
elig-ask-expulsion-reason = Сіз оқудан қандай себеппен шығарылдыңыз?
elig-expulsion-nonPayment = Семестр ішінде оқу ақысы төленбегені үшін
elig-expulsion-other = Басқа себеппен
elig-ask-debt-paid = Оқу ақысы бойынша қарызыңызды өтедіңіз бе?

elig-ask-final-attestation = Қорытынды аттестаттаудан алған бағаңыз:
elig-ask-retakes = Бүкіл оқу кезеңінде қорытынды бақылауды (емтиханды) қайта тапсырған кезіңіз болды ма?

## Жауап

elig-verdict-promotion-yes = ✅ Сіз { $toCourse }-курсқа ауыстыру талаптарын орындайсыз.
elig-verdict-promotion-no = ❌ Сіз { $toCourse }-курсқа ауыстыру талаптарын орындамайсыз: келесі оқу жылына курс мәртебесі өзгертілмей ауыстырыласыз ({ $course }-курсты қайта оқисыз).
elig-verdict-programmeChange-yes = ✅ Келесі академиялық кезеңге (басталуы — { $start }) білім беру бағдарламасын ауыстыру туралы өтініш бере аласыз.
elig-verdict-programmeChange-no = ❌ Келесі академиялық кезеңге (басталуы — { $start }) білім беру бағдарламасын ауыстыру мүмкін емес.
elig-verdict-transferOut-yes = ✅ Келесі академиялық кезеңге (басталуы — { $start }) басқа ЖОО-ға ауысу туралы өтініш бере аласыз.
elig-verdict-transferOut-no = ❌ Келесі академиялық кезеңге (басталуы — { $start }) басқа ЖОО-ға ауысу мүмкін емес.
elig-verdict-reinstatement-yes = ✅ Оқуға қайта қабылдау туралы өтініш бере аласыз.
elig-verdict-reinstatement-no = ❌ Жауаптарыңызға қарағанда, оқуға қайта қабылдану мүмкін емес.
elig-verdict-honours-yes = ✅ Сіз үздік диплом алу талаптарын орындайсыз.
elig-verdict-honours-no = ❌ Сіз үздік диплом алу талаптарын орындамайсыз.

elig-criteria = Талаптар:
elig-consequences = Бұл Сіз үшін нені білдіреді:
elig-notes = Білген жөн:

elig-deadline-apply-by = 📅 Өтініш берудің соңғы күні: { $date }.
elig-deadline-passed = 📅 Академиялық кезеңге (басталуы — { $start }) өтініш қабылдау аяқталды: соңғы күні — { $date }.
elig-deadline-next = 📅 Келесі мүмкіндік — академиялық кезең (басталуы — { $start }): өтініш берудің соңғы күні — { $date }.
elig-period-assumed = Келесі академиялық кезеңнің басталу күні ({ $start }) университетіңіздің жарияланған академиялық күнтізбесінен алынған жоқ, ол «{ $policy }» ережелері бойынша есептелді. Бұл күнді Тіркеу офисінен нақтылаңыз.
elig-period-known = Келесі академиялық кезеңнің басталуы: { $start } (академиялық күнтізбе: { $policy }).
elig-disclaimer = Бұл — ережелер бойынша алдын ала тексеру; шешімді университет қабылдайды.
elig-again = Басқа тексеру үшін /eligibility жіберіңіз.

elig-error-calendarYearNotCovered = Бұл мерзімді әзірге есептей алмаймын: { $year } жылғы өндірістік күнтізбе (мереке күндері мен демалыс күндерінің ауыстырылуы) әлі енгізілмеген. Күнді Тіркеу офисінен нақтылаңыз.
elig-error-input = Бұл деректермен тексеруді орындай алмадым. Қайталап көру үшін /eligibility жіберіңіз немесе Тіркеу офисіне хабарласыңыз.

## Жауаптағы әр ереженің жолы

elig-rule-minCredits = Игерілген кредит: { $actual }; { $toCourse }-курсқа ауыстыру үшін { $required } кредит қажет
elig-rule-minGpa = Ауыстыру балы: { NUMBER($gpa, minimumFractionDigits: 2, maximumFractionDigits: 2) }; { $toCourse }-курсқа ауыстыру үшін кемінде { NUMBER($required, minimumFractionDigits: 2, maximumFractionDigits: 2) } қажет
elig-rule-minGpa-honours = GPA: { NUMBER($gpa, minimumFractionDigits: 2, maximumFractionDigits: 2) }; кемінде { NUMBER($required, minimumFractionDigits: 2, maximumFractionDigits: 2) } қажет
elig-rule-promotionRule-both = Ең төменгі ауыстыру балы да, белгіленген кредит көлемі де қажет
elig-rule-promotionRule-either = Ең төменгі ауыстыру балы немесе белгіленген кредит көлемі жеткілікті
elig-rule-promoted = Ректордың бұйрығымен { $toCourse }-курсқа ауыстыру
elig-rule-repeatCourse = Келесі оқу жылында курс мәртебесі өзгермейді: { $course }-курсты қайта оқу
elig-rule-grantLost = Мемлекеттік білім беру грантынан айырыласыз; әрі қарай ақылы негізде оқисыз
elig-rule-grantKeptPaidRetakes = Гранттан айырылмайсыз, бірақ академиялық қарызы бар { $debts } пәнді ақылы негізде қайта оқуыңыз керек
elig-rule-firstPeriodCompleted = Бағдарламаның бірінші академиялық кезеңі толық аяқталған болуы керек
elig-rule-transferWindow-summer = Жазғы каникул кезінде, соңғы күні — { $windowEnd }
elig-rule-transferWindow-winter = Қысқы каникул кезінде, соңғы күні — { $windowEnd }
elig-rule-holidayPeriod = Өтініш каникул кезінде ғана берілуі мүмкін (каникулдың басталуы — { $holidayStart })
elig-rule-applicationCutoff = Өтініш қабылдау академиялық кезеңнің басталуынан ({ $start }) { $days } жұмыс күні бұрын тоқтатылады: соңғы күні — { $applyBy }
elig-rule-paidOnly = Тек ақылы негізде ғана
elig-rule-paidOnly-no = Тек ақылы негізбен шектелмейді
elig-rule-relatedProgramme-grantLost = Бағдарлама кадрларды даярлаудың туыстас бағытына жатпайды: мемлекеттік гранттан айырыласыз, әрі қарай ақылы негізде оқисыз
elig-rule-relatedProgramme-grantKept = Бағдарлама кадрларды даярлаудың туыстас бағытына жатады: мемлекеттік гранттан айырылмайсыз
elig-rule-relatedProgramme-related = Бағдарлама кадрларды даярлаудың туыстас бағытына жатады
elig-rule-relatedProgramme-unrelated = Бағдарлама кадрларды даярлаудың туыстас бағытына жатпайды
elig-rule-untRequired-nonRelatedProgramme = Бейіндік пәндер бойынша ҰБТ тапсыру керек
elig-rule-untRequired-creativeProgramme = Шекті балдан төмен емес ҰБТ сертификаты болуы керек (бұрынғы бағдарламаға шығармашылық емтихан арқылы түскендіктен)
elig-rule-untRequired-pedagogicalProgramme = Шекті балдан төмен емес ҰБТ сертификаты болуы керек (педагогикалық бағдарламаға ауыстырылғанда)
elig-rule-targetedGrant-stays = Мақсатты грант университетте қалады: тек ақылы негізде ғана ауыса аласыз
elig-rule-targetedGrant-moves = Грантыңыз мақсатты емес, ол ауысуға кедергі келтірмейді
elig-rule-reviewPeriod = Өтініш { $days } жұмыс күні ішінде қаралады (бүгін берсеңіз, соңғы күні — { $reviewedBy })
elig-rule-reviewPeriod-undated = Өтініш { $days } жұмыс күні ішінде қаралады
elig-rule-foreignUniversity = Шетелдік ЖОО-дан ауысу тек ақылы негізде ғана болуы мүмкін
elig-rule-foreignUniversity-no = Қазақстандық ЖОО-дан ауысу
elig-rule-grantCostDifference = Грант иегері білім беру гранты құнының айырмасын төлеуі керек
elig-rule-grantCostDifference-no = Грант құнының айырмасын төлеудің қажеті жоқ
elig-rule-creditRecognition = Кредиттер { $form } нысаны бойынша қайта есептеледі
elig-rule-reinstatementWindow = Оқудан шығарылған күннен ({ $expelledOn }) бастап { $years } жыл ішінде, яғни соңғы күні — { $until }
elig-rule-reinstatementWindow-assumed = Оқудан шығарылған күннен ({ $expelledOn }) бастап { $years } жыл ішінде, яғни соңғы күні — { $until } (ережелер докторанттар үшін мерзім белгілемейді, сондықтан көрсетілген мерзімді Тіркеу офисінен нақтылаңыз)
elig-rule-nonPaymentWindow = Оқу ақысын төлемегеніңіз үшін шығарылған болсаңыз: шығарылған күннен ({ $expelledOn }) бастап { $weeks } апта ішінде, яғни соңғы күні — { $until }, қарыз өтелгеннен кейін
elig-rule-nonPaymentWindow-unpaid = Оқу ақысын төлемегеніңіз үшін шығарылған болсаңыз: шығарылған күннен ({ $expelledOn }) бастап { $weeks } апта ішінде (соңғы күні — { $until }), бірақ оқу ақысы бойынша қарыз өтелгеннен кейін ғана
elig-rule-allowedLetters = Барлық пәндер бойынша тек { $allowed } бағалары ғана болуы керек
elig-rule-allowedLetters-offending = Барлық пәндер бойынша тек { $allowed } бағалары ғана болуы керек; сәйкес келмейтіндері: { $offending }
elig-rule-finalAttestation = Қорытынды аттестаттау бағасы { $allowed } болуы керек (Сіздің бағаңыз: { $letter })
elig-rule-noRetakes = Бүкіл оқу кезеңінде қорытынды бақылауды (емтиханды) бірде-бір рет қайта тапсырмаған болуы керек
elig-rule-noRetakes-found = Бүкіл оқу кезеңінде қорытынды бақылауды (емтиханды) бірде-бір рет қайта тапсырмаған болуы керек (Сізде қайта тапсыру бар: { $retakes })
elig-rule-grantRank = Грант рейтингіндегі орныңыз: { $rank }, GPA { NUMBER($gpa, minimumFractionDigits: 2, maximumFractionDigits: 2) }
