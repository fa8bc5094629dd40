## Күнделік: күнделік сервистері қайтаратын себеп кодтарының мәтіні (күндер пішімделген күйде беріледі)

diary-reason-invalidDate = Бұл күн емес.
diary-reason-futureDate = Әлі келмеген күнге жазба жасауға болмайды.
diary-reason-beforePlacementStart = Сіздің практикаңыз { $startDate } күні басталады; сол күнді немесе кейінгі күнді таңдаңыз.
diary-reason-afterPlacementEnd = Сіздің практикаңыз { $endDate } күні аяқталды; практика күндерінің бірін таңдаңыз.
diary-reason-tooFarBack = Кешіккен жазбаны { $limitDays } күннен аспайтын мерзімде енгізуге болады; әлі толтыруға болатын ең ерте күн — { $earliest }.
diary-reason-hoursNotANumber = Сағат санын сан түрінде жіберіңіз, мысалы 6 немесе 6,5.
diary-reason-hoursOutOfRange = Бір күнгі жазбада { NUMBER($min) } сағаттан { NUMBER($max) } сағатқа дейін болады.
diary-reason-hoursStep = Сағат { NUMBER($step) } қадаммен көрсетіледі, мысалы 5,5 немесе 6.
diary-reason-textTooShort = Атқарылған жұмысты кемінде { $min } таңбамен сипаттаңыз (қазір { $length }).
diary-reason-textTooLong = Мәтін тым ұзын: ең көбі { $max } таңба (қазір { $length }).
diary-reason-voiceOrPhoto = Күн ішінде атқарылған жұмысты мәтінмен сипаттаңыз. Дауыстық хабарлама немесе фотоға жазылған түсініктеме қабылданбайды; фотосуреттерді келесі қадамда растайтын құжат ретінде тіркеуге болады.

diary-reason-already-approved = Бұл жазба бекітіліп қойған: { $name } ({ $at }).
diary-reason-already-returned = Бұл жазба пысықтауға қайтарылып қойған: { $name } ({ $at }).
diary-reason-changed = Білім алушы бұл хабарлама жіберілгеннен кейін жазбаны өзгертті. Міне, оның қазіргі нұсқасы.
diary-reason-notPending = Бұл жазба шешімді күтіп тұрған жоқ.
diary-reason-notFound = Бұл жазба енді жоқ.
diary-reason-reasonTooShort = Жазбаның неге пысықтауға қайтарылатынын жазыңыз (кемінде { $min } таңба).
diary-reason-reasonTooLong = Түсініктеме тым ұзын: ең көбі { $max } таңба.
diary-reason-approval-cleared = { $student } Сіз бекіткен { $date } күнгі жазбаны өзгертті. Бекіту алынып тасталды, жазба қайтадан Сіздің шешіміңізді күтуде.
diary-reason-signoffs-cleared = Күнделікке қол қойылғаннан кейін ол өзгерді, сондықтан қолтаңбалар алынып тасталды. Барлық жазба бекітілгенде күнделікке қайта қол қойыңыз.

diary-reason-notLinked = Сіз бұл білім алушының практикасына бекітілмегенсіз.
diary-reason-roleCannot = Сіздің рөліңіз бұған рұқсат бермейді.
diary-reason-organisationSupervisorApproves = Бұл білім алушының жазбаларын ұйым тарапынан практика жетекшісі бекітеді. Сіз жазбаны түсініктемемен пысықтауға қайтара аласыз.

diary-reason-report-empty = Файл бос.
diary-reason-report-tooBig = Файл { $maxMb } МБ-тан үлкен. Есепті PDF немесе DOCX пішімінде кішірек көлеммен жіберіңіз.
diary-reason-report-wrongType = Есепті PDF немесе DOCX файлымен жіберіңіз.
diary-reason-report-contentMismatch = Файлдың атауы қандай болса да, мазмұны нағыз PDF немесе DOCX емес. Есепті PDF немесе DOCX пішімінде қайта сақтап, сол файлды жіберіңіз.

diary-reason-characteristicTooShort = Мінездеме кемінде { $min } таңбадан тұруы керек.
diary-reason-characteristicTooLong = Мінездеме тым ұзын: ең көбі { $max } таңба.
diary-reason-scoreNotANumber = Бағаны 0-ден 100-ге дейінгі санмен жіберіңіз.
diary-reason-scoreOutOfRange = Баға { $min } балдан { $max } балға дейін қойылады.

diary-reason-consequence-resitFinalControl = FX: практиканы қайта өтпей-ақ, қорытынды бақылауды (есепті қорғауды) бір рет қайта тапсыра аласыз (MR-595, 42-т.).
diary-reason-consequence-repeatPractice = F: практика бағдарламасы орындалмады; Сіз қосымша семестрде практикаға қайта жіберілесіз (QP-06, 6.11-тармақ; MR-595, 42-тармақ).
diary-reason-consequence-repeatInFreeTimeWithValidReason = Практиканы дәлелді себеппен өтпеген болсаңыз, оны оқудан бос уақытта қайта өтесіз.
diary-reason-consequence-academicDebt = Дәлелді себеп болмаса, практика академиялық қарызға айналады (QP-06, 7.4-т.).
diary-reason-consequence-notAdmittedToStateExams = Диплом алды практикасы бойынша қанағаттанарлықсыз баға алсаңыз, мемлекеттік емтихандарға жіберілмейсіз (QP-06, 6.10-т.).
diary-reason-consequence-scholarshipAffected = Практика бағасы пәндер бағасымен тең есептеледі және шәкіртақыға әсер етеді (QP-06, 6.7, 6.9-тт.).

diary-reason-signoff-noEntries = Күнделікте әзірге жазба жоқ, сондықтан оған қол қоюға болмайды.
diary-reason-signoff-entriesNotApproved = { $count } жазба әлі бекітілмеген; күнделікке барлық жазба бекітілгенде ғана қол қоюға болады (QP-06, 6.2-т.).
diary-reason-signoff-alreadySigned = Сіз бұл күнделікке қол қойып қойғансыз.
