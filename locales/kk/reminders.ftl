## Еске салғыштар (issue 10): кесте бойынша хабарламалар; әрқайсысында ереже көрсетілген

reminders-open-diary = Күнделікті ашу
reminders-diary-daily = Бүгінгі ({ $date }) күнделік жазбасы әлі жазылмаған. Оны күн соңына дейін толтырыңыз. ({ $rule })
reminders-diary-nudge = Кешегі ({ $date }) күнделік жазбасы әлі бос. Оны толтырыңыз. ({ $rule })
reminders-diary-absence-supervisors = { $student } күнделікке { $days } жұмыс күні бойы жазба енгізбеді ({ $since } бастап). Білім алушымен байланысыңыз. ({ $rule })
reminders-diary-absence-coordinator = { $student } күнделікке { $days } жұмыс күні бойы жазба енгізбеді ({ $since } бастап). Екі аптадан астам себепсіз болмау оқудан шығаруға негіз болады. ({ $rule })
reminders-diary-digest = Шешіміңізді күтіп тұрған күнделік жазбалары: { $students } білім алушыдан { $count } жазба. Қарау үшін /pending ашыңыз. ({ $rule })
reminders-diary-pending-supervisor = { $student }: { $count } күнделік жазбасы { $days } жұмыс күнінен артық шешім күтіп тұр (ең ертесі — { $since }). ({ $rule })
reminders-diary-pending-coordinator = { $student }: { $count } күнделік жазбасы жетекшілердің шешімін { $days } жұмыс күнінен артық күтіп тұр (ең ертесі — { $since }). ({ $rule })
# Бір адамға бірнеше білім алушы туралы еске салғыштар бір тізіммен жіберіледі (R-23 8.1; QP-06 5.8)
reminders-grouped-diary-absence-supervisors = { $count } білім алушы күнделікке жазба енгізбей жүр. { $count ->
        [one] Білім алушымен байланысыңыз.
       *[other] Олармен байланысыңыз.
    } ({ $rule })
reminders-grouped-diary-absence-coordinator = { $count } білім алушы күнделікке жазба енгізбей жүр. Екі аптадан астам себепсіз болмау оқудан шығаруға негіз болады. ({ $rule })
reminders-grouped-diary-pending-supervisor = { $count } білім алушының күнделік жазбалары { $days } жұмыс күнінен артық шешіміңізді күтіп тұр. Қарау үшін /pending ашыңыз. ({ $rule })
reminders-grouped-diary-pending-coordinator = { $count } білім алушының күнделік жазбалары жетекшілердің шешімін { $days } жұмыс күнінен артық күтіп тұр. ({ $rule })
reminders-grouped-line-absence = • { $student } — { $days } жұмыс күні ({ $since } бастап)
reminders-grouped-line-pending = • { $student } — { $count } жазба (ең ертесі — { $since })
reminders-grouped-continued = Тізімнің жалғасы — келесі хабарламада.
reminders-deadline-no-base = Практикаңыз { $start } басталады, ал практика базасы әлі таңдалмаған. Егер базаны таба алмасаңыз, кафедраның практика жөніндегі үйлестірушісіне { $date } кешіктірмей хабарлаңыз. ({ $rule })
reminders-deadline-contract = Базамен практикадан өту шарты { $date } кешіктірілмей жасалуы тиіс. ({ $rule })
reminders-deadline-orientation = Практикаңыз { $date } басталады: бірінші күні ұйыммен танысу өткізіледі. ({ $rule })
reminders-deadline-report-schedule = { $student } есептерін тапсыру кестесін { $date } кешіктірмей бекіту қажет (практика { $end } аяқталады). ({ $rule })
reminders-deadline-characteristic = { $student } білім алушыға мінездемені (пікірді) { $date } кешіктірмей жазыңыз. ({ $rule })
reminders-deadline-report-due = Практика бойынша есепті { $date } кешіктірмей тапсыру қажет. ({ $rule })
reminders-transfer-window = Ауысу және білім беру бағдарламасын ауыстыру { $date } кешіктірілмей жүргізіледі. ({ $rule })
reminders-transfer-cutoff = Ауысуға немесе білім беру бағдарламасын ауыстыруға өтініштер { $date } кешіктірілмей қабылданады (академиялық кезең { $periodStart } басталады). ({ $rule })
