## A staff member's full name for practice documents (QP-06 6.2)

staff-name-ask = How should practice documents name you (approvals of diary entries, signatures in the diary-report)? Write your surname, first name and patronymic (if any).
staff-name-ask-suggested = The practice agreement names the organisation's practice supervisor as { $name }. If that is you, press the button; if not, write your surname, first name and patronymic.
staff-name-saved = Saved: practice documents will name you as { $name }. You can change it in /me.
staff-name-gave-up = Too many unsuccessful attempts. Set your name later in /me.
staff-name-scene-stopped = Entering your name was stopped; nothing changed. Set it later in /me.
staff-name-scene-expired = Waiting for your name timed out: no answer for { $hours } { $hours ->
        [one] hour
       *[other] hours
    }. Set it later in /me.
staff-name-scene-interrupted = Entering your name was interrupted by a bot update; nothing changed. Set it in /me.
