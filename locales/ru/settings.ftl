## Уведомления (/settings)

cmd-settings =
    .description = Уведомления и язык
settings-title = Уведомления. Нажмите кнопку, чтобы включить или отключить.
settings-mandatory-note = Напоминания о сроках и оповещения, которых требуют правила, отключить нельзя.
settings-language-button = Язык
settings-language-hint = Чтобы сменить язык, отправьте /language.
settings-digest-button = { $state ->
        [on] ✅ Записи дневников: одна сводка в день
       *[off] ⬜ Записи дневников: одна сводка в день
    }
settings-transfer-button = { $state ->
        [on] ✅ Сроки перевода и смены образовательной программы
       *[off] ⬜ Сроки перевода и смены образовательной программы
    }
settings-kind-button = { $state ->
        [on] ✅
       *[off] ⬜
    } { $kind ->
        [diary-daily] Ежедневное напоминание о дневнике
        [diary-nudge] Утреннее напоминание о вчерашней записи
       *[deadline-orientation] Напоминание о первом дне практики
    }
settings-saved = Сохранено.
settings-not-available = Эта возможность Вам недоступна.
