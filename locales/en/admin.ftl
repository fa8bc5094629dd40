## Administration and invitations

admin-newdepartment-usage = Usage: /newdepartment CODE [policy] Full name of the department, e.g. /newdepartment CS Department of Computer Science. The code must be 2–16 characters: Latin letters, digits, "-" or "_". The policy is the university's rule set: { $policies } (if none is given, the first is used).
admin-newdepartment-created = Department added: { $code } — "{ $name }" (rules: { $policy }).
admin-newdepartment-exists = A department with the code { $code } already exists; nothing was changed.

admin-newdepartment-unknown-policy = There are no university rules called "{ $policy }". Available: { $policies }. If that word is the start of the department's name, write the name with a capital letter.
admin-renamedepartment-usage = Usage: /renamedepartment CODE New full name, e.g. /renamedepartment CS Department of Computer Science and Engineering.
admin-renamedepartment-done = Department renamed: { $code } — "{ $name }".
admin-removedepartment-usage = Usage: /removedepartment CODE — the code of the department (see /departments).
admin-removedepartment-in-use = The department { $code } is not removed: { $students ->
        [one] 1 student
       *[other] { $students } students
    } and { $staff ->
        [one] 1 staff member
       *[other] { $staff } staff members
    } belong to it. Move them to another department first.
admin-removedepartment-done = Department removed: { $code } — "{ $name }".

departments-title = Departments:
departments-none = No departments yet. An administrator adds them with /newdepartment.

invite-coordinator-usage = Usage: /invite_coordinator CODE — the code of the department (see /departments).
invite-unknown-department = There is no department with the code { $code }. See /departments.
invite-supervisor-usage = Usage: /invite_supervisor CODE — the code of one of your departments.
invite-orgsupervisor-usage = Usage: /invite_orgsupervisor STUDENT-ID, e.g. /invite_orgsupervisor 20210345.
invite-not-your-department = You do not coordinate the department { $code }, so you cannot invite its practice supervisors.
invite-not-your-student = There is no student with ID { $studentNumber } in the departments you coordinate.
invite-created =
    Invitation for the role "{ $role }" ({ $scope }).
    Send this one-time link to the person: { $link }
    It can be used once and expires on { $expires }.

invite-invalid = This invitation link is not valid. Please check that you opened the whole link, or ask for a new one.
invite-used = This invitation has already been used. Ask the person who sent it for a new one.
invite-expired = This invitation has expired. Ask the person who sent it for a new one.
invite-accepted = Done: you are now { $role } ({ $scope }). Send /help to see your commands.
