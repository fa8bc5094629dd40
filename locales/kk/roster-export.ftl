## Roster export: the department's complete status workbook (issue 15)

doc-xlsx-col-status = Күйі
doc-xlsx-col-university-supervisor = Кафедрадағы практика жетекшісі
doc-xlsx-col-organisation-supervisor = Ұйым тарапынан практика жетекшісі
doc-xlsx-status-none = базасы жоқ
doc-xlsx-status-draft = толтырылуда
doc-xlsx-status-submitted = бекітуді күтуде
doc-xlsx-status-returned = пысықтауға қайтарылды
doc-xlsx-status-approved = бекітілді
doc-xlsx-status-signed = күнделікке қол қойылды
doc-xlsx-status-graded = бағаланды
roster-export-caption = { $department } кафедрасы бойынша практика барысы: { $students ->
    [one] { $students } білім алушы
   *[other] { $students } білім алушы
}, кестеде { $rows ->
    [one] { $rows } жол
   *[other] { $rows } жол
}.

## Roster import: which sheet and header row were read
roster-read-sheet = «{ $sheet }» парағы оқылды, тақырыптар { $row }-жолда.
roster-read-csv = Тақырыптар { $row }-жолдан табылды.

## Broadcasts: the re-send to those who have not read it asks first

broadcast-resend-confirm = Хабарландыруды онымен әлі таныспаған { $count ->
        [one] { $count } алушыға
       *[other] { $count } алушыға
    } қайта жіберейін бе?
broadcast-resend-confirm-button = Қайта жіберу ({ $count })
broadcast-resend-cancel-button = Бас тарту
broadcast-resend-cancelled = Ештеңе жіберілмеді.

## Bases in bulk: one list of the bases sent for approval, "approve all shown" on /bases

cp-grouped-placement-submitted = { $count ->
        [one] { $count } білім алушы
       *[other] { $count } білім алушы
    } практика базасын Сізге бекітуге жіберді (6B03104, 9.1-т.):
cp-grouped-line-placement = • { $student } ({ $studentNumber }, { $group }) — { $organisation }
cp-grouped-bases-button = Қарап шығу және бекіту (/bases)
cp-bases-approve-shown-button = ✅ Көрсетілгендердің бәрін бекіту ({ $count })
cp-bases-approve-shown-hint = Жоғарыда { $count } база көрсетілді: оларды бір-бірлеп немесе бәрін бірден бекітіңіз.
cp-bases-list-changed = Тізім көрсетілгеннен бері өзгерді (база жіберілді, өзгертілді немесе ол бойынша шешім қабылданды). Ештеңе бекітілмеді; міне, қазіргі тізім.
cp-bases-approved-shown = Көрсетілген { $count } базаның { $approved } бекітілді:
cp-bases-approved-shown-line = • { $student } ({ $studentNumber }): { $outcome ->
        [approved] бекітілді, білім алушыға хабарланды
        [alreadyDecided] шешім бұрын қабылданған, ештеңе өзгертілмеді
        [changed] білім алушы мәліметтерді өзгертті, бекітілмеді
        [organisationRejected] ұйым қабылданбаған, бекітілмеді
        [forbidden] Сіздің кафедраңыз емес, бекітілмеді
       *[refused] бекітілмеді
    }

## /students: status and practice-type words taken as filters (comma-separated; every language is understood)

cp-students-words-status-draft = толтырылуда, жоба
cp-students-words-status-submitted = бекітуді күтуде, бекітуде, жіберілген
cp-students-words-status-approved = бекітілді, бекітілген
cp-students-words-status-returned = қайтарылды, қайтарылған
cp-students-words-status-active = өтіп жатыр, жүріп жатыр
cp-students-words-status-finished = аяқталды, аяқталған
cp-students-words-type-educational = оқу
cp-students-words-type-pedagogical = педагогикалық
cp-students-words-type-research = зерттеу
cp-students-words-type-production = өндірістік
cp-students-words-type-preDiploma = диплом алды
