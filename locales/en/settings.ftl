## Settings (/settings): called "Notifications" for users

cmd-settings =
    .description = Notifications and language
settings-title = Notifications. Press a button to switch it on or off.
settings-mandatory-note = Deadline reminders and alerts required by the rules cannot be switched off.
settings-language-button = Language
settings-language-hint = To change the language, send /language.
settings-digest-button = { $state ->
        [on] ✅ One daily digest of diary entries
       *[off] ⬜ One daily digest of diary entries
    }
settings-transfer-button = { $state ->
        [on] ✅ Transfer and programme change dates
       *[off] ⬜ Transfer and programme change dates
    }
settings-kind-button = { $state ->
        [on] ✅
       *[off] ⬜
    } { $kind ->
        [diary-daily] Daily diary reminder
        [diary-nudge] Morning reminder about yesterday's entry
       *[deadline-orientation] Reminder of the first day of the practice
    }
settings-saved = Saved.
settings-not-available = This option is not available to you.
