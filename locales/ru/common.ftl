## Common

language-name = Русский
language-choose = Выберите язык интерфейса:
language-changed = Готово: теперь я пишу Вам по-русски.

errors-generic = Извините, у нас произошёл сбой, и последнее действие не выполнено. Попробуйте ещё раз через минуту; если ошибка повторится, обратитесь к ответственному за практику на своей кафедре.
errors-generic-staff = Извините, у нас произошёл сбой, и последнее действие не выполнено. Попробуйте ещё раз через минуту; если ошибка повторится, сообщите администратору системы Praktika в университете.
errors-not-saved = Извините, система временно недоступна, поэтому Ваше последнее сообщение не сохранено. Отправьте его ещё раз через несколько минут (или нажмите кнопку снова).
errors-stale-button = Эта кнопка уже неактивна. Отправьте /help, чтобы увидеть доступные команды.
errors-not-allowed = Эта команда Вам недоступна. Отправьте /help, чтобы увидеть свои команды.

help-title = Что я умею:

cancel-done = Отменено. Ничего не сохранено. Список команд — /help.
cancel-nothing = Сейчас нечего отменять.

unhandled-command = Такой команды я не знаю. Список команд — /help.
unhandled-message = Не понял Ваше сообщение. Отправьте /help, чтобы узнать, что я умею.

scene-need-text = Пожалуйста, ответьте текстовым сообщением.
scene-use-buttons = Пожалуйста, выберите одну из кнопок выше (или отправьте /cancel, чтобы прервать).

level-bachelor = Бакалавриат
level-master = Магистратура
level-phd = Докторантура (PhD)

role-student = обучающийся
role-coordinator = ответственный за практику на кафедре
role-universitySupervisor = руководитель практики от кафедры
role-organisationSupervisor = руководитель практики от организации

## Commands

cmd-start =
    .description = Регистрация или обновление профиля
cmd-me =
    .description = Мой профиль
cmd-language =
    .description = Сменить язык
cmd-help =
    .description = Список команд
cmd-cancel =
    .description = Отменить текущее действие
cmd-invite_supervisor =
    .description = Пригласить руководителя практики от кафедры
cmd-invite_orgsupervisor =
    .description = Пригласить руководителя практики от организации (ID студента)
    .description-student = Ссылка-приглашение для Вашего руководителя практики от организации
    .description-coordinator = Пригласить руководителя практики от организации (ID студента)
cmd-supervisor_claims =
    .description = Руководители практики от организации, ожидающие подтверждения
cmd-newdepartment =
    .description = Добавить кафедру (код и название)
cmd-renamedepartment =
    .description = Переименовать кафедру (код и новое название)
cmd-removedepartment =
    .description = Удалить кафедру, к которой никто не относится
cmd-departments =
    .description = Список кафедр
cmd-invite_coordinator =
    .description = Пригласить ответственного за практику на кафедре (код кафедры)
