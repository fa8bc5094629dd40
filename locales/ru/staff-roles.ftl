## Роли сотрудников: новые персональные ссылки, отвязка ID студента, снятие роли, конфликт ролей

cmd-reissue =
    .description = Новая персональная ссылка обучающемуся (или всем, кто ещё не подключился)
cmd-unlink =
    .description = Отвязать аккаунт Telegram от ID студента с указанием причины
cmd-revoke =
    .description = Снять роль руководителя практики или ответственного за практику

invite-roleConflict = Эту ссылку нельзя принять: { $why } Ничего не изменено. Если это ошибка, обратитесь к ответственному за практику на кафедре.
staff-roles-conflict-studentOfDepartment = Вы обучаетесь на кафедре { $department }, а обучающийся не может быть на своей кафедре в роли «{ $role }»: руководители утверждают, подписывают и оценивают дневники-отчёты обучающихся кафедры (QP-06, п. 5.6–5.9, 5.12, 6.2).
staff-roles-conflict-staffOfDepartment = Вы руководите практикой на кафедре { $department } и поэтому не можете быть её обучающимся (QP-06, п. 5.6–5.9, 5.12, 6.2).

staff-roles-reissue-button = Новая персональная ссылка
staff-roles-unlink-button = Отвязать аккаунт Telegram
staff-roles-reissue-usage = Как отправить: /reissue <ID студента> — новая ссылка одному обучающемуся; /reissue — новые ссылки всем, кто ещё не подключился.
staff-roles-student-not-found = Обучающегося с ID студента { $studentNumber } нет.
staff-roles-reissued-one =
    Новая персональная ссылка для { $fullName } ({ $studentNumber }, { $group }):
    { $link }
    Действует до { $expires }. Прежние ссылки этого обучающегося больше не работают.
staff-roles-reissue-linked = { $fullName } ({ $studentNumber }) уже подключился по своей ссылке. Если этот ID студента занял другой человек, отвяжите аккаунт: /unlink { $studentNumber } <причина>.
staff-roles-reissue-none = Все обучающиеся кафедры { $department } подключились: новые ссылки никому не нужны.
staff-roles-reissue-none-left = Тем временем подключились все обучающиеся: новые ссылки никому не нужны.
staff-roles-reissue-all-ask = { $count ->
        [one] { $count } обучающийся кафедры { $department } ещё не подключился
        [few] { $count } обучающихся кафедры { $department } ещё не подключились
        [many] { $count } обучающихся кафедры { $department } ещё не подключились
       *[other] { $count } обучающегося кафедры { $department } ещё не подключились
    } (ссылкой не воспользовались, её потеряли или срок её действия истёк). С новыми ссылками прежние перестанут работать.
staff-roles-reissue-all-button = { $count ->
        [one] Новая ссылка для { $count } обучающегося (XLSX)
        [few] Новые ссылки для { $count } обучающихся (XLSX)
        [many] Новые ссылки для { $count } обучающихся (XLSX)
       *[other] Новые ссылки для { $count } обучающегося (XLSX)
    }
staff-roles-valid-until = Действуют до { $expires }.

staff-roles-unlink-usage = Как отправить: /unlink <ID студента> <причина>, например: /unlink 20210345 Под этим ID студента зарегистрировался другой человек.
staff-roles-unlink-reason-length = Причина должна содержать от { $min } до { $max ->
        [one] { $max } символа
        [few] { $max } символов
        [many] { $max } символов
       *[other] { $max } символа
    }. Ничего не изменено.
staff-roles-unlink-not-linked = К записи { $fullName } ({ $studentNumber }) не привязан ни один аккаунт Telegram. Чтобы выдать обучающемуся новую ссылку: /reissue { $studentNumber }.
staff-roles-unlinked =
    Аккаунт Telegram отвязан от записи { $fullName } ({ $studentNumber }); владелец аккаунта уведомлён, причина сохранена.
    Новая персональная ссылка для обучающегося:
    { $link }
    Действует до { $expires }.
staff-roles-unlinked-notice = Ответственный за практику на кафедре отвязал Ваш аккаунт Telegram от ID студента { $studentNumber }. Причина: { $reason }. Если это Ваш ID студента, обратитесь к ответственному за практику на кафедре за персональной ссылкой.
staff-roles-dismissed-hint = Если этот аккаунт Telegram занял чужой ID студента, отвяжите его: /unlink <ID студента> <причина>.

staff-roles-revoke-header = Кафедра { $department }. Снять роль можно у { $count ->
        [one] { $count } человека
        [few] { $count } человек
        [many] { $count } человек
       *[other] { $count } человека
    }. Выберите:
staff-roles-revoke-more = { $shown ->
        [one] Показан только первый { $shown } человек.
        [few] Показаны только первые { $shown } человека.
        [many] Показаны только первые { $shown } человек.
       *[other] Показаны только первые { $shown } человека.
    }
staff-roles-revoke-nobody = На кафедре { $department } нет никого, с кого Вы можете снять роль.
staff-roles-revoke-button = { $name } — { $role }
staff-roles-revoke-confirm = Снять роль «{ $role }»: { $name }? Кнопки и команды этого человека сразу перестанут работать, он получит уведомление.
staff-roles-revoke-confirm-button = Да, снять роль
staff-roles-revoke-not-held = У этого человека уже нет этой роли.
staff-roles-revoke-self = Снять роль с себя нельзя.
staff-roles-revoked = Роль «{ $role }» ({ $department }) снята: { $name }. Человек уведомлён. { $released ->
        [0] Обучающихся за ним закреплено не было.
        [one] У { $released } обучающегося больше нет этого руководителя: назначьте или пригласите другого.
        [few] У { $released } обучающихся больше нет этого руководителя: назначьте или пригласите другого.
        [many] У { $released } обучающихся больше нет этого руководителя: назначьте или пригласите другого.
       *[other] У { $released } обучающегося больше нет этого руководителя: назначьте или пригласите другого.
    }
staff-roles-revoked-notice-coordinator = Вы больше не ответственный за практику на кафедре { $department }. Если это ошибка, обратитесь к администратору бота.
staff-roles-revoked-notice-universitySupervisor = Вы больше не руководитель практики от кафедры { $department }. Если это ошибка, обратитесь к ответственному за практику на кафедре.
staff-roles-revoked-notice-organisationSupervisor = Вы больше не руководитель практики от организации у обучающихся кафедры { $department }. Если это ошибка, обратитесь к ответственному за практику на кафедре.

staff-roles-unlink-ask-reason = Почему аккаунт Telegram отвязывается от ID студента { $studentNumber }? Владелец аккаунта прочитает Ваш текст, он сохранится в записи обучающегося (не более { $max ->
        [one] { $max } символа
        [few] { $max } символов
        [many] { $max } символов
       *[other] { $max } символа
    }).
staff-roles-unlink-too-many-attempts = Причина несколько раз не была принята, поэтому ничего не отвязано. Нажмите кнопку ещё раз, когда будете готовы.
staff-roles-unlink-scene-stopped = Отвязка прервана; ничего не изменено. Нажмите кнопку ещё раз или отправьте /unlink.
staff-roles-unlink-scene-expired = Время ожидания причины истекло: ответа не было { $hours } { $hours ->
        [one] час
        [few] часа
        [many] часов
       *[other] часа
    }. Ничего не изменено; нажмите кнопку ещё раз или отправьте /unlink.
staff-roles-unlink-scene-interrupted = Отвязка прервана обновлением бота; ничего не изменено. Нажмите кнопку ещё раз или отправьте /unlink.
staff-roles-conflict-bothSidesOfDepartment = Вы уже руководите практикой на кафедре { $department } с другой стороны и поэтому не можете быть также в роли «{ $role }»: дневник-отчёт подписывают два разных человека — от университета и от организации (QP-06, п. 5.6–5.9, 5.12, 6.2).
