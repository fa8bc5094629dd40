## Runtime: groups, private chats

errors-private-only = Бот работает только в личном чате. Откройте личный чат с ботом.
errors-private-only-group = Я работаю только в личных чатах, чтобы данные о Вашей практике видели лишь Вы и Ваши руководители. Напишите мне лично: https://t.me/{ $bot }

## /me for staff

me-staff-title = Ваши роли в Praktika:
me-role-admin = • администратор (все кафедры)
me-role-department = • { $role }: { $department }
me-role-student = • { $role }: { $student }
me-role-unknown-scope = —
me-staff-name = ФИО в документах практики: { $name }
me-staff-name-missing = ФИО для документов практики не указано; сейчас в них будет имя из Telegram: { $name }.
me-staff-rename = Изменить ФИО
me-staff-footer = Список Ваших команд — /help.
