## Хабарламалар (/settings)

cmd-settings =
    .description = Хабарламалар және тіл
settings-title = Хабарламалар. Қосу немесе өшіру үшін батырманы басыңыз.
settings-mandatory-note = Ережелер талап ететін мерзімдер туралы еске салғыштар мен ескертулерді өшіруге болмайды.
settings-language-button = Тіл
settings-language-hint = Тілді ауыстыру үшін /language жіберіңіз.
settings-digest-button = { $state ->
        [on] ✅ Күнделік жазбалары: күніне бір жиынтық
       *[off] ⬜ Күнделік жазбалары: күніне бір жиынтық
    }
settings-transfer-button = { $state ->
        [on] ✅ Ауысу және білім беру бағдарламасын ауыстыру мерзімдері
       *[off] ⬜ Ауысу және білім беру бағдарламасын ауыстыру мерзімдері
    }
settings-kind-button = { $state ->
        [on] ✅
       *[off] ⬜
    } { $kind ->
        [diary-daily] Күнделікті толтыру туралы күн сайынғы еске салғыш
        [diary-nudge] Кешегі жазба туралы таңғы еске салғыш
       *[deadline-orientation] Практиканың бірінші күні туралы еске салғыш
    }
settings-saved = Сақталды.
settings-not-available = Бұл мүмкіндік Сізге қолжетімсіз.
