## Onboarding

onboarding-choose-language = Тілді таңдаңыз · Выберите язык · Choose your language
onboarding-welcome = Welcome! Praktika is your assistant for professional practice. First you need to register: please answer seven short questions. Send /cancel at any time to stop without saving.
onboarding-update-intro = You are already registered. Answer the questions again to update your profile, or send /cancel to keep it as it is.
onboarding-staff-welcome = Hello! Send /help to see your commands.
onboarding-no-departments = Registration is not open yet: no departments have been added. Please try again later or contact your department's practice coordinator.

onboarding-ask-full-name = Your full name as in university documents (surname, first name, patronymic if you have one):
onboarding-full-name-too-short = That is too short for a full name. Please write your surname and first name.
onboarding-full-name-too-long = A name can be at most { $max } { $max ->
        [one] character
       *[other] characters
    } long. Please shorten it.
onboarding-full-name-letters-only = A name may contain only letters, hyphens and apostrophes. Please write it without digits or symbols.
onboarding-full-name-need-surname-and-name = Please write both your surname and first name, e.g. "Seitkali Aruzhan".
onboarding-full-name-too-many-words = A name must be at most five words. Please write just your surname, first name and patronymic.

onboarding-ask-student-number = Your student ID number (as on your student card):
onboarding-student-number-format = A student ID must be 4–20 letters or digits and contain at least one digit, e.g. 20210345. Please check it and send it again.

onboarding-ask-level = Your level of study:

onboarding-ask-programme-code = The code of your degree programme, e.g. { $example }:
onboarding-programme-code-format = A programme code must look like 6B06102: a digit, a letter and five digits. Please check it and send it again.

onboarding-ask-course = Your year of study:

onboarding-ask-group = Your group, e.g. SE-2203:
onboarding-group-format = A group name must be 2–20 letters, digits, spaces or hyphens and contain at least one digit, e.g. SE-2203. Please send it again.

onboarding-ask-department = Your department:

onboarding-student-number-taken = The student ID { $studentNumber } is already registered to another Telegram account. Nothing was saved. If it is yours, please contact your department's practice coordinator.
onboarding-student-number-on-roster = The student ID { $studentNumber } is already on your department's list of students. Nothing was saved. To link it to this Telegram account, ask your department's practice coordinator for your personal invitation link.
onboarding-done = You are registered. Send /help to see what you can do next.
onboarding-updated = Your profile has been updated.

## Profile

profile-not-registered = You are not registered as a student yet. Send /start to register.
profile-card =
    Full name: { $fullName }
    Student ID: { $studentNumber }
    Level: { $level }
    Programme: { $programmeCode }
    Year of study: { $course }
    Group: { $group }
    Department: { $department }
