## Common

language-name = English
language-choose = Choose the interface language:
language-changed = Done: I will now write to you in English.

errors-generic = Sorry, something went wrong on our side and your last action was not completed. Please try again in a minute; if it keeps happening, contact your department's practice coordinator.
errors-generic-staff = Sorry, something went wrong on our side and your last action was not completed. Please try again in a minute; if it keeps happening, tell the university's Praktika administrator.
errors-not-saved = Sorry, the system is temporarily unavailable, so your last message was not saved. Please send it again in a few minutes (or press the button again).
errors-stale-button = This button is no longer active. Send /help to see what you can do.
errors-not-allowed = This command is not available to you. Send /help to see your commands.

help-title = What I can do for you:

cancel-done = Cancelled. Nothing was saved. Send /help to see the commands.
cancel-nothing = There is nothing to cancel right now.

unhandled-command = I don't know this command. Send /help to see the list.
unhandled-message = I didn't understand that. Send /help to see what I can do.

scene-need-text = Please answer with a text message.
scene-use-buttons = Please choose one of the buttons above (or send /cancel to stop).

level-bachelor = Bachelor's
level-master = Master's
level-phd = Doctoral (PhD)

role-student = student
role-coordinator = department practice coordinator
role-universitySupervisor = university supervisor
role-organisationSupervisor = organisation supervisor

## Commands

cmd-start =
    .description = Register or update your profile
cmd-me =
    .description = Show my profile
cmd-language =
    .description = Change the language
cmd-help =
    .description = List the commands
cmd-cancel =
    .description = Cancel the current action
cmd-invite_supervisor =
    .description = Invite a university supervisor for your department
cmd-invite_orgsupervisor =
    .description = Invite a student's organisation supervisor (student ID)
    .description-student = An invitation link for your organisation supervisor
    .description-coordinator = Invite a student's organisation supervisor (student ID)
cmd-supervisor_claims =
    .description = Organisation supervisors waiting for confirmation
cmd-newdepartment =
    .description = Add a department (code and name)
cmd-renamedepartment =
    .description = Rename a department (code and new name)
cmd-removedepartment =
    .description = Remove a department nobody belongs to
cmd-departments =
    .description = List departments
cmd-invite_coordinator =
    .description = Invite a department practice coordinator (department code)
