## Жеке тапсырма (QP-06 5.13) және практика жетекшісіндегі білім алушы карточкасы

cmd-assignment =
    .description = Білім алушыға жеке тапсырма беру

assignment-ask = Білім алушының ({ $student }) жеке тапсырмасын жіберіңіз: мәтінмен (10–3000 таңба) немесе көлемі { $maxMb } МБ-тан аспайтын PDF не DOCX файлымен (файлға сипаттама қосу міндетті емес).
assignment-replaces = Жаңа тапсырма бұрын берілгенін ауыстырады; бұрынғысы тарихта сақталады.
assignment-need-text-or-document = Тапсырманы фото, стикер немесе дауыстық хабар емес, мәтінмен не PDF немесе DOCX файлымен жіберіңіз.
assignment-reason-assignmentTooShort = Тапсырма тым қысқа: кемінде 10 таңба қажет. Міндеттерді толығырақ сипаттаңыз.
assignment-reason-assignmentTooLong = Тапсырма тым ұзын: 3000 таңбадан аспауы керек. Мәтінді қысқартыңыз немесе тапсырманы файлмен жіберіңіз.
assignment-document-reason-empty = Файл бос. Тапсырманы PDF немесе DOCX файлымен не мәтінмен жіберіңіз.
assignment-document-reason-tooBig = Файл { $maxMb } МБ-тан үлкен. Көлемі кішірек PDF не DOCX файлын немесе тапсырманы мәтінмен жіберіңіз.
assignment-document-reason-wrongType = Тапсырманы тек PDF немесе DOCX файлымен тіркеуге болады. Осындай файлды не тапсырманы мәтінмен жіберіңіз.
assignment-document-reason-contentMismatch = Файл қалай аталса да, оның мазмұны нағыз PDF не DOCX емес. Тапсырманы PDF немесе DOCX форматында қайта сақтаңыз не мәтінмен жіберіңіз.
assignment-document-reason-notADocument = Тапсырманы PDF немесе DOCX файлымен не мәтінмен жіберіңіз.
assignment-saved = Білім алушының ({ $student }) жеке тапсырмасы сақталды; білім алушыға хабарланды. Тапсырма /myplacement бөлімінде көрінеді және күнделік-есепке (F-76) енеді.
assignment-saved-document = Тіркелген файл: «{ $file }».
assignment-locked = Білім алушының ({ $student }) күнделік-есебіне қол қойылған, сондықтан тапсырманы өзгертуге болмайды. Алдымен /reopen командасымен күнделік-есепті пысықтауға қайтарыңыз.
assignment-give-up = Сәтсіз әрекеттер тым көп болғандықтан, енгізу тоқтатылды. Тапсырма сақталған жоқ.
assignment-scene-stopped = Жеке тапсырма беру тоқтатылды; ештеңе сақталған жоқ. Қайта бастау үшін /assignment жіберіңіз.
assignment-scene-expired = Жауап беру уақыты өтті ({ $hours } сағ); тапсырма сақталған жоқ. Қайта бастау үшін /assignment жіберіңіз.
assignment-scene-interrupted = Жеке тапсырма беру бот жаңартылуына байланысты үзілді. Қайта бастау үшін /assignment жіберіңіз.
assignment-told-student = Практика жетекшісі ({ $supervisor }) Сізге жеке тапсырма берді:

    { $text }

    Тапсырманы /myplacement бөлімінен әрқашан көре аласыз.
assignment-told-student-document = Практика жетекшісі ({ $supervisor }) Сізге жеке тапсырманы файлмен берді. { $text }

    Файлды /myplacement бөлімінен аша аласыз.
assignment-none = Білім алушыға ({ $student }) жеке тапсырма әлі берілген жоқ.
assignment-shown = Білім алушының ({ $student }) жеке тапсырмасы (берген: { $by }, { $date }):
assignment-document-line = Тапсырма файлы: «{ $file }» (SHA-256 { $sha }…)
assignment-document-button = Тапсырма файлын ашу
assignment-no-document = Тапсырмаға файл тіркелмеген.
assignment-document-caption = Білім алушының ({ $student }) жеке тапсырмасы.
assignment-student-none = Жеке тапсырма: практика жетекшісі оны әлі берген жоқ.
assignment-student-title = Жеке тапсырма (берген: { $by }):
assignment-student-document = Тапсырма файлы: «{ $file }».

card-title = { $student }, топ { $group }, Студенттік ID { $number }
card-practice = Практика: { $practiceType }, { $from } күннен { $to } дейін.
card-hours = Сағаттар: бекітілгені { $approved }, тапсырылғаны { $handedIn }, талап етілетіні { $required }; шешім күтетін жазбалар: { $pending }.
card-assignment-set = Жеке тапсырма берілді.
card-assignment-missing = Жеке тапсырма әлі берілген жоқ.
card-report = Практика бойынша есеп: «{ $file }» ({ $date }); нұсқалар саны: { $versions }.
card-report-none = Практика бойынша есеп әлі тапсырылған жоқ.
card-characteristic = Мінездеме жазылды; ұсынылған баға — { $score } ({ $letter }).
card-characteristic-none = Мінездеме әлі жоқ.
card-signed = Күнделік-есепке екі практика жетекшісі де қол қойды.
card-signoffs = Күнделік-есепке әлі толық қол қойылған жоқ; қолтаңбалар саны: { $count }.
card-grade = Баға: { $score } ({ $letter }).
card-grade-commission = Комиссия бағасы: { $score } ({ $letter }).
card-grade-none = Баға әлі қойылған жоқ.
card-button-open = Білім алушы карточкасы
card-button-student = { $n }. { $student }
card-button-entries = Апта бойынша жазбалар
card-button-assignment = Жеке тапсырма
card-button-report = Есеп
card-button-characteristic = Мінездеме
card-button-pdf = Күнделік-есеп (PDF)
card-button-write-assignment = Тапсырма беру
card-button-attachments = { $date } күнгі тіркемелер ({ $count })
card-button-back = Карточкаға оралу
card-week-title = { $student }: { $weeks } аптаның { $index }-аптасы, { $from } күннен { $to } дейін. Сағаттар: тапсырылғаны { $hours }, бекітілгені { $approved }, нормасы { $norm }.
card-week-entry = • { $date } күні — { $hours } сағ, { $status }; тіркемелер: { $attachments }
    { $text }
card-week-empty = Бұл аптада жазба жоқ.
card-entry-status-draft = жоба
card-entry-status-submitted = шешім күтуде
card-entry-status-approved = бекітілді
card-entry-status-returned = пысықтауға қайтарылды
card-report-history = Білім алушының ({ $student }) практика бойынша есептері, барлық нұсқалар саны: { $count }. Қолданыстағысы төменде жіберілді.
card-report-version = { $n }. «{ $file }», { $date }, SHA-256 { $sha }…
card-characteristic-missing = Ұйым тарапынан практика жетекшісі білім алушыға ({ $student }) мінездемені әлі жазған жоқ.
card-characteristic-shown = Білім алушыға ({ $student }) { $date } күні жазылған мінездеме; ұсынылған баға — { $score } ({ $letter }).
card-characteristic-document = Білім алушыға ({ $student }) қол қойылған мінездеме.

doc-assignment-title = Жеке тапсырма (QP-06, 5.13-т.)
doc-assignment-document = Тапсырма файлы: { $file } (SHA-256: { $sha }…)
doc-assignment-none = Жеке тапсырма берілген жоқ.
doc-signatures-title = Қолтаңбалар
doc-seal = Ұйымның М.О.
