## Еске салғыштар: кесте бойынша хабарламалар (әрқайсысының ережесі кодта көрсетілген, мәтінде емес)

reminders-open-diary = Күнделікті ашу
reminders-diary-daily = Бүгін ({ $date }) күнделікке әлі жазба енгізілмеген. Күн соңына дейін енгізіңіз.
reminders-diary-nudge = Кеше ({ $date }) күнделікке жазба енгізілмеген.
reminders-diary-absence-supervisors = { $student } күнделікке { $since } күннен бастап { $days } жұмыс күні бойы жазба енгізбеді. Білім алушымен байланысыңыз.
reminders-diary-absence-coordinator = { $student } күнделікке { $since } күннен бастап { $days } жұмыс күні бойы жазба енгізбеді. Дәлелді себепсіз екі аптадан астам болмау оқудан шығаруға негіз болуы мүмкін.
reminders-diary-digest = Шешіміңізді күтіп тұрған күнделік жазбалары: { $students } білім алушыдан { $count } жазба. Қарау үшін /pending жіберіңіз.
reminders-diary-pending-supervisor = { $student }: { $count } күнделік жазбасы { $days } жұмыс күнінен артық шешім күтіп тұр (ең ертесі — { $since }).
reminders-diary-pending-coordinator = { $student }: { $count } күнделік жазбасы жетекшілердің шешімін { $days } жұмыс күнінен артық күтіп тұр (ең ертесі — { $since }).
# Бір адамға бірнеше білім алушы туралы еске салғыштар бір тізіммен жіберіледі (R-23 8.1; QP-06 5.8)
reminders-grouped-diary-absence-supervisors = { $count } білім алушы күнделікке жазба енгізбей жүр. { $count ->
        [one] Білім алушымен байланысыңыз.
       *[other] Олармен байланысыңыз.
    }
reminders-grouped-diary-absence-coordinator = { $count } білім алушы күнделікке жазба енгізбей жүр. Дәлелді себепсіз екі аптадан астам болмау оқудан шығаруға негіз болуы мүмкін.
reminders-grouped-diary-pending-supervisor = { $count } білім алушының күнделік жазбалары { $days } жұмыс күнінен артық шешіміңізді күтіп тұр. Қарау үшін /pending жіберіңіз.
reminders-grouped-diary-pending-coordinator = { $count } білім алушының күнделік жазбалары жетекшілердің шешімін { $days } жұмыс күнінен артық күтіп тұр.
reminders-grouped-line-absence = • { $student } — { $days } жұмыс күні ({ $since } күннен бастап)
reminders-grouped-line-pending = • { $student } — { $count } жазба (ең ертесі — { $since })
reminders-grouped-continued = Тізімнің жалғасы — келесі хабарламада.
reminders-deadline-no-base = Практикаңыз { $start } күні басталады, ал практика базасы әлі таңдалмаған. Практика базасын таба алмасаңыз, бұл туралы кафедрадағы практика бойынша жауапты тұлғаға { $date } күнінен кешіктірмей хабарлаңыз.
reminders-deadline-contract = Практика базасымен практикадан өту туралы келісім-шарт { $date } күнінен кешіктірілмей жасалуы тиіс.
reminders-deadline-orientation = Практикаңыз { $date } күні басталады: бірінші күні ұйыммен танысу өткізіледі.
reminders-deadline-report-schedule = Білім алушының есептерді тапсыру кестесін { $date } күнінен кешіктірмей бекіту қажет: { $student } (практика { $end } күні аяқталады).
reminders-deadline-characteristic = Білім алушыға мінездемені { $date } күнінен кешіктірмей жазыңыз: { $student }.
reminders-deadline-report-due = Практика бойынша есепті { $date } күнінен кешіктірмей тапсыру қажет.
reminders-transfer-window = Ауысу және білім беру бағдарламасын ауыстыру { $date } күнінен кешіктірілмей жүргізіледі.
reminders-transfer-cutoff = Ауысуға немесе білім беру бағдарламасын ауыстыруға өтініштер { $date } күнінен кешіктірілмей қабылданады (академиялық кезең { $periodStart } күні басталады).
