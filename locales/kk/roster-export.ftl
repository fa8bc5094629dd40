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
