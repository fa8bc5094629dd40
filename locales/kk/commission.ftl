## Кафедра комиссиясының бағасы және есеп қорғау хаттамасы (QP-06 6.5–6.6)

cmd-commission =
    .description = Есеп қорғау қорытындысы бойынша комиссия бағаларын енгізу және хаттаманы алу

commission-none-ready = Қазір комиссияға шығаратын білім алушы жоқ: есепті екі практика жетекшісі де күнделік-есепке қол қойғаннан және білім алушы есепті тапсырғаннан кейін қорғауға болады. Комиссия бағалап қойған білім алушылар тізімге кірмейді.
commission-ask-number = Комиссия отырысы хаттамасының нөмірін көрсетіңіз (мысалы, 7 немесе 12/3-П).
commission-ask-date = Комиссия отырысының күнін КК.АА.ЖЖЖЖ пішімінде енгізіңіз (бүгіннен кешіктірмей).
commission-ask-members = Отырысқа қатысқан комиссия мүшелерін әр жолға біреуден жазыңыз; бірінші болып төрағаны көрсетіңіз. Шешім көпшілік дауыспен қабылданады, сондықтан мүшелер кемінде үшеу болуы керек.
commission-ask-score = Білім алушы: { $total } адамның { $n }-сі — { $student }, топ { $group }. Комиссия бағасын 0-ден 100-ге дейін енгізіңіз немесе есеп бұл отырыста қорғалмаса, «-» жіберіңіз.
commission-reason-protocolNumberInvalid = Хаттама нөмірі әріптен не цифрдан басталып, 30 таңбадан аспауы керек (әріптер, цифрлар, бос орын, «.», «/», «-», «№»).
commission-reason-protocolDateInvalid = Күнді тану мүмкін болмады. Оны КК.АА.ЖЖЖЖ пішімінде енгізіңіз, мысалы 25.12.2026.
commission-reason-protocolDateFuture = Отырыс әлі өткен жоқ: бүгіннен кешіктірмей күнді көрсетіңіз.
commission-reason-membersTooFew = Комиссияның кемінде үш мүшесін әр жолға біреуден көрсетіңіз.
commission-reason-membersTooMany = Комиссия мүшелері он бестен аспауы керек.
commission-reason-memberNameInvalid = Әр жолда комиссия мүшесінің аты-жөні болуы керек (120 таңбадан аспайтын).
commission-reason-scoreNotANumber = Бағаны 0-ден 100-ге дейінгі санмен немесе «-» белгісімен енгізіңіз.
commission-reason-scoreOutOfRange = Баға { $min } мен { $max } аралығында болуы керек.
commission-nobody-graded = Ешкімге баға қойылмады, сондықтан хаттама жазылған жоқ.
commission-confirm = № { $number } хаттаманы тексеріңіз, отырыс: { $date }.
    Комиссия мүшелері: { $members }
    Бағалар:
    { $grades }
    Бағаларды енгізіп, хаттаманы жасайық па?
commission-confirm-yes = Енгізу
commission-confirm-no = Бас тарту
commission-cancelled = Хаттама жазылған жоқ; бағалар өзгерген жоқ.
commission-recorded = № { $number } хаттама жазылды; комиссия бағалары саны: { $count }. Білім алушыларға хабарланды, хаттама тіркелді.
commission-duplicate-number = Кафедрада № { $number } хаттама бұрын жазылған. Нөмірді тексеріп, /commission командасымен қайта бастаңыз.
commission-grade-student = Кафедра комиссиясы практикаңызды бағалады (№ { $number } хаттама): { $score } балл — { $letter } ({ $points }).
commission-give-up = Сәтсіз әрекеттер тым көп болғандықтан, енгізу тоқтатылды. Хаттама жазылған жоқ.
commission-scene-stopped = Комиссия хаттамасын жазу тоқтатылды; ештеңе сақталған жоқ. Қайта бастау үшін /commission жіберіңіз.
commission-scene-expired = Жауап беру уақыты өтті ({ $hours } сағ); хаттама жазылған жоқ. Қайта бастау үшін /commission жіберіңіз.
commission-scene-interrupted = Комиссия хаттамасын жазу бот жаңартылуына байланысты үзілді. Қайта бастау үшін /commission жіберіңіз.

doc-protocol-title = № { $number } хаттама
doc-protocol-subtitle = кәсіптік практика бойынша есептерді қорғау жөніндегі кафедра комиссиясының отырысы (QP-06, 6.5–6.6-т.)
doc-protocol-date = Отырыс күні: { $date }
doc-protocol-members = Қатысқан комиссия мүшелері
doc-protocol-chair = төраға
doc-protocol-member = комиссия мүшесі
doc-protocol-heard = Білім алушылардың есептері тыңдалды
doc-protocol-col-student = Білім алушы
doc-protocol-col-practice = Практика, практика базасы
doc-protocol-col-grade = Баға
doc-protocol-grade = { $score } — { $letter } ({ $points }), { $traditional }
doc-protocol-decision = Шешім қатысқан комиссия мүшелерінің көпшілік дауысымен қабылданды (QP-06, 6.6-т.): білім алушыларға кестеде көрсетілген бағалар қойылсын.
doc-protocol-recorded = Енгізген: { $name }, { $at }
doc-grade-commission = Кафедра комиссиясының бағасы, № { $number } хаттама, отырыс: { $date }
doc-grade-commission-members = Комиссия мүшелері: { $members }
