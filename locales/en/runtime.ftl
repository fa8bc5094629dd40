## Runtime: groups, private chats

errors-private-only = This bot works in a private chat only. Open a chat with the bot to use it.
errors-private-only-group = I work in private chats only, so that your practice data stays between you and your supervisors. Write to me directly: https://t.me/{ $bot }

## /me for staff

me-staff-title = Your roles in Praktika:
me-role-admin = • administrator (all departments)
me-role-department = • { $role }: { $department }
me-role-student = • { $role }: { $student }
me-role-unknown-scope = —
me-staff-name = Your name in practice documents: { $name }
me-staff-name-missing = No full name is set for practice documents; for now they show your Telegram name: { $name }.
me-staff-rename = Change the name
me-staff-footer = Send /help to see your commands.
