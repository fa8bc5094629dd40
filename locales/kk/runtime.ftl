## Runtime: groups, private chats

errors-private-only = Бот тек жеке чатта жұмыс істейді. Ботпен жеке чат ашыңыз.
errors-private-only-group = Практикаңыз туралы деректерді тек Сіз бен жетекшілеріңіз көруі үшін мен тек жеке чатта жұмыс істеймін. Маған жеке жазыңыз: https://t.me/{ $bot }

## /me for staff

me-staff-title = Praktika жүйесіндегі рөлдеріңіз:
me-role-admin = • әкімші (барлық кафедралар)
me-role-department = • { $role }: { $department }
me-role-student = • { $role }: { $student }
me-role-unknown-scope = —
me-staff-name = Практика құжаттарындағы аты-жөніңіз: { $name }
me-staff-name-missing = Практика құжаттары үшін аты-жөніңіз көрсетілмеген; әзірге оларда Telegram жүйесіндегі атыңыз тұрады: { $name }.
me-staff-rename = Аты-жөнін өзгерту
me-staff-footer = Командаларыңыздың тізімі — /help.
