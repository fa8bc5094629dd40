## Administration and invitations

admin-newdepartment-usage = Формат: /newdepartment КОД [правила] Полное название кафедры, например: /newdepartment CS Кафедра компьютерных наук. Код должен состоять из 2–16 символов: латинских букв, цифр, «-» или «_». Правила — набор положений университета: { $policies } (если не указаны, берётся первый).
admin-newdepartment-created = Кафедра добавлена: { $code } — «{ $name }» (правила: { $policy }).
admin-newdepartment-exists = Кафедра с кодом { $code } уже существует; ничего не изменено.

admin-newdepartment-unknown-policy = Правил университета «{ $policy }» нет. Доступны: { $policies }. Если это слово — начало названия кафедры, напишите название с заглавной буквы.
admin-renamedepartment-usage = Формат: /renamedepartment КОД Новое полное название, например: /renamedepartment CS Кафедра компьютерной инженерии.
admin-renamedepartment-done = Кафедра переименована: { $code } — «{ $name }».
admin-removedepartment-usage = Формат: /removedepartment КОД — код кафедры (см. /departments).
admin-removedepartment-in-use = Кафедра { $code } не удалена, к ней относятся: обучающихся — { $students }, сотрудников — { $staff }. Сначала переведите их на другую кафедру.
admin-removedepartment-done = Кафедра удалена: { $code } — «{ $name }».

departments-title = Кафедры:
departments-none = Кафедр пока нет. Администратор добавляет их командой /newdepartment.

invite-coordinator-usage = Формат: /invite_coordinator КОД — код кафедры (см. /departments).
invite-unknown-department = Кафедры с кодом { $code } нет. См. /departments.
invite-supervisor-usage = Формат: /invite_supervisor КОД — код одной из Ваших кафедр.
invite-orgsupervisor-usage = Формат: /invite_orgsupervisor ID-СТУДЕНТА, например: /invite_orgsupervisor 20210345.
invite-not-your-department = Вы не отвечаете за практику на кафедре { $code }, поэтому не можете приглашать руководителей практики этой кафедры.
invite-not-your-student = На Ваших кафедрах нет обучающегося с ID студента { $studentNumber }.
invite-created =
    Приглашение на роль «{ $role }» ({ $scope }).
    Отправьте эту одноразовую ссылку адресату: { $link }
    Ссылкой можно воспользоваться один раз. Срок действия: до { $expires }.

invite-invalid = Ссылка-приглашение недействительна. Проверьте, что открыли её полностью, или попросите новую.
invite-used = Это приглашение уже использовано. Попросите отправителя выслать новое.
invite-expired = Срок действия приглашения истёк. Попросите отправителя выслать новое.
invite-accepted = Готово: теперь Вы — { $role } ({ $scope }). Отправьте /help, чтобы увидеть свои команды.
