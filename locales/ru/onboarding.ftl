## Onboarding

onboarding-choose-language = Тілді таңдаңыз · Выберите язык · Choose your language
onboarding-welcome = Добро пожаловать в Praktika — помощник по профессиональной практике! Сначала зарегистрируемся — это семь коротких вопросов. В любой момент можно отправить /cancel и выйти без сохранения.
onboarding-update-intro = Вы уже зарегистрированы. Ответьте на вопросы заново, чтобы обновить профиль, или отправьте /cancel, чтобы оставить всё как есть.
onboarding-staff-welcome = С возвращением! Отправьте /help, чтобы увидеть Ваши команды.
onboarding-no-departments = Регистрация пока не открыта: ещё не добавлено ни одной кафедры. Попробуйте позже или обратитесь к ответственному за практику на кафедре.

onboarding-ask-full-name = Ваши фамилия, имя и отчество (при наличии), как в документах университета:
onboarding-full-name-too-short = Слишком коротко для ФИО. Укажите фамилию и имя.
onboarding-full-name-too-long = ФИО может содержать не более { $max } { $max ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    }. Сократите, пожалуйста.
onboarding-full-name-letters-only = В ФИО допускаются только буквы, дефис и апостроф. Напишите без цифр и символов.
onboarding-full-name-need-surname-and-name = Укажите и фамилию, и имя, например: «Сейтқали Аружан».
onboarding-full-name-too-many-words = Получилось больше пяти слов. Укажите только фамилию, имя и отчество.

onboarding-ask-student-number = Ваш ID студента (как в студенческом билете):
onboarding-student-number-format = ID студента — это 4–20 букв или цифр, среди которых есть хотя бы одна цифра, например 20210345. Проверьте и отправьте ещё раз.

onboarding-ask-level = Уровень обучения:

onboarding-ask-programme-code = Шифр Вашей образовательной программы, например { $example }:
onboarding-programme-code-format = Шифр программы выглядит так: 6B06102 — цифра, буква и пять цифр. Проверьте и отправьте ещё раз.
onboarding-programme-code-level-mismatch = Для Вашего уровня обучения шифр программы начинается с { $prefix }. Проверьте шифр или отправьте /start, чтобы заново выбрать уровень.

onboarding-ask-course = Курс:

onboarding-ask-group = Ваша группа, например SE-2203:
onboarding-group-format = Название группы — это 2–20 букв, цифр, пробелов или дефисов, среди них есть цифра, например SE-2203. Отправьте ещё раз.

onboarding-ask-department = Ваша кафедра:
onboarding-ask-department-code = Код Вашей кафедры (например, CS; если не уверены, уточните на кафедре):
onboarding-department-unknown = Кафедры с кодом «{ $code }» нет. Уточните код на кафедре и отправьте ещё раз.

onboarding-student-number-taken = ID студента { $studentNumber } уже привязан к другому аккаунту Telegram. Ничего не сохранено. Если это Ваш ID, обратитесь к ответственному за практику на кафедре.
onboarding-student-number-on-roster = ID студента { $studentNumber } уже есть в списке обучающихся кафедры. Ничего не сохранено. Чтобы привязать его к этому аккаунту Telegram, попросите у ответственного за практику на кафедре Вашу персональную ссылку-приглашение.
onboarding-done = Регистрация завершена. Отправьте /help, чтобы узнать, что делать дальше.
onboarding-updated = Профиль обновлён.

## Profile

profile-not-registered = Вы ещё не зарегистрированы как обучающийся. Отправьте /start, чтобы зарегистрироваться.
profile-card =
    ФИО: { $fullName }
    ID студента: { $studentNumber }
    Уровень обучения: { $level }
    Образовательная программа: { $programmeCode }
    Курс: { $course }
    Группа: { $group }
    Кафедра: { $department }
