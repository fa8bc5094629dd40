## Қызметкерлердің рөлдері: жаңа жеке сілтемелер, Студенттік ID жазбасынан ажырату, рөлді алып тастау, рөлдер қайшылығы

cmd-reissue =
    .description = Білім алушыға жаңа жеке сілтеме (немесе әлі қосылмағандардың барлығына)
cmd-unlink =
    .description = Telegram аккаунтын Студенттік ID жазбасынан себебін көрсетіп ажырату
cmd-revoke =
    .description = Практика жетекшісінің немесе жауапты тұлғаның рөлін алып тастау

invite-roleConflict = Бұл сілтемені қабылдау мүмкін емес: { $why } Ешнәрсе өзгертілген жоқ. Егер бұл қате болса, кафедрадағы практика бойынша жауапты тұлғаға хабарласыңыз.
staff-roles-conflict-studentOfDepartment = Сіз { $department } кафедрасының білім алушысысыз, ал білім алушы өз кафедрасында «{ $role }» бола алмайды: жетекшілер кафедра білім алушыларының күнделік-есептерін бекітеді, оларға қол қояды және бағалайды (QP-06, 5.6–5.9, 5.12, 6.2-т.).
staff-roles-conflict-staffOfDepartment = Сіз { $department } кафедрасында практикаға жетекшілік етесіз, сондықтан сол кафедраның білім алушысы бола алмайсыз (QP-06, 5.6–5.9, 5.12, 6.2-т.).

staff-roles-reissue-button = Жаңа жеке сілтеме
staff-roles-unlink-button = Telegram аккаунтын ажырату
staff-roles-reissue-usage = Жіберу үлгісі: /reissue <Студенттік ID> — бір білім алушыға жаңа сілтеме; /reissue — әлі қосылмаған барлық білім алушыға жаңа сілтемелер.
staff-roles-student-not-found = Студенттік ID { $studentNumber } бойынша білім алушы табылмады.
staff-roles-reissued-one =
    Жаңа жеке сілтеме, білім алушы: { $fullName } ({ $studentNumber }, { $group }):
    { $link }
    { $expires } дейін жарамды. Бұл білім алушының бұрынғы сілтемелері енді жұмыс істемейді.
staff-roles-reissue-linked = Білім алушы { $fullName } ({ $studentNumber }) өз сілтемесі арқылы қосылып қойған. Егер бұл Студенттік ID басқа адамның аккаунтына байланған болса, аккаунтты ажыратыңыз: /unlink { $studentNumber } <себебі>.
staff-roles-reissue-none = { $department } кафедрасының барлық білім алушысы қосылды: жаңа сілтеме ешкімге қажет емес.
staff-roles-reissue-none-left = Осы уақыт ішінде барлық білім алушы қосылды: жаңа сілтеме ешкімге қажет емес.
staff-roles-reissue-all-ask = { $department } кафедрасының { $count ->
        [one] { $count } білім алушысы
       *[other] { $count } білім алушысы
    } әлі қосылған жоқ (сілтеме пайдаланылмаған, жоғалған немесе оның мерзімі өткен). Жаңа сілтемелер берілгенде бұрынғылары жұмыс істемейді.
staff-roles-reissue-all-button = { $count ->
        [one] { $count } білім алушыға жаңа сілтеме (XLSX)
       *[other] { $count } білім алушыға жаңа сілтемелер (XLSX)
    }
staff-roles-valid-until = { $expires } дейін жарамды.

staff-roles-unlink-usage = Жіберу үлгісі: /unlink <Студенттік ID> <себебі>, мысалы: /unlink 20210345 Бұл Студенттік ID бойынша басқа адам тіркелген.
staff-roles-unlink-how = Аккаунтты Студенттік ID { $studentNumber } жазбасынан ажырату үшін команданы себебімен бірге жіберіңіз (аккаунт иесі оны оқиды): /unlink { $studentNumber } <себебі>
staff-roles-unlink-reason-length = Себебі { $min }–{ $max ->
        [one] { $max } таңбадан
       *[other] { $max } таңбадан
    } тұруы керек. Ешнәрсе өзгертілген жоқ.
staff-roles-unlink-not-linked = Білім алушы { $fullName } ({ $studentNumber }) жазбасына ешбір Telegram аккаунты байланбаған. Білім алушыға жаңа сілтеме беру үшін: /reissue { $studentNumber }.
staff-roles-unlinked =
    Telegram аккаунты білім алушы жазбасынан ажыратылды: { $fullName } ({ $studentNumber }). Аккаунт иесіне хабарланды, себебі сақталды.
    Білім алушыға арналған жаңа жеке сілтеме:
    { $link }
    { $expires } дейін жарамды.
staff-roles-unlinked-notice = Кафедрадағы практика бойынша жауапты тұлға Сіздің Telegram аккаунтыңызды Студенттік ID { $studentNumber } жазбасынан ажыратты. Себебі: { $reason }. Егер бұл Сіздің Студенттік ID болса, жеке сілтеме алу үшін кафедрадағы практика бойынша жауапты тұлғаға хабарласыңыз.
staff-roles-dismissed-hint = Егер бұл Telegram аккаунты өзге адамның Студенттік ID жазбасын иеленіп алса, оны ажыратыңыз: /unlink <Студенттік ID> <себебі>.

staff-roles-revoke-header = { $department } кафедрасы. Рөлін алып тастауға болатын { $count ->
        [one] { $count } адам
       *[other] { $count } адам
    } бар. Таңдаңыз:
staff-roles-revoke-more = { $shown ->
        [one] Тек алғашқы { $shown } адам көрсетілді.
       *[other] Тек алғашқы { $shown } адам көрсетілді.
    }
staff-roles-revoke-nobody = { $department } кафедрасында Сіз рөлін алып тастай алатын ешкім жоқ.
staff-roles-revoke-button = { $name } — { $role }
staff-roles-revoke-confirm = «{ $role }» рөлін алып тастау керек пе: { $name }? Бұл адамның батырмалары мен командалары бірден жұмыс істемей қалады, оған хабарланады.
staff-roles-revoke-confirm-button = Иә, рөлді алып тастау
staff-roles-revoke-not-held = Бұл адамда бұл рөл енді жоқ.
staff-roles-revoke-self = Өз рөліңізді алып тастай алмайсыз.
staff-roles-revoked = «{ $role }» рөлі ({ $department }) алынып тасталды: { $name }. Оған хабарланды. { $released ->
        [0] Оған бекітілген білім алушы болған жоқ.
        [one] { $released } білім алушының енді бұл жетекшісі жоқ: басқасын тағайындаңыз немесе шақырыңыз.
       *[other] { $released } білім алушының енді бұл жетекшісі жоқ: басқасын тағайындаңыз немесе шақырыңыз.
    }
staff-roles-revoked-notice-coordinator = Сіз енді { $department } кафедрасындағы практика бойынша жауапты тұлға емессіз. Егер бұл қате болса, бот әкімшісіне хабарласыңыз.
staff-roles-revoked-notice-universitySupervisor = Сіз енді { $department } кафедрасындағы практика жетекшісі емессіз. Егер бұл қате болса, кафедрадағы практика бойынша жауапты тұлғаға хабарласыңыз.
staff-roles-revoked-notice-organisationSupervisor = Сіз енді { $department } кафедрасы білім алушыларының ұйым тарапынан практика жетекшісі емессіз. Егер бұл қате болса, кафедрадағы практика бойынша жауапты тұлғаға хабарласыңыз.
