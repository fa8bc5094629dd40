## Runtime: groups, private chats

errors-private-only = Бот работает только в личном чате. Откройте личный чат с ботом.
errors-private-only-group = Я работаю только в личных чатах, чтобы данные о Вашей практике видели лишь Вы и Ваши руководители. Напишите мне лично: https://t.me/{ $bot }
