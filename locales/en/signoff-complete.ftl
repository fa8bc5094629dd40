## Sign-off complete (QP-06 6.2): told to the student and the department's coordinators

signoff-complete-student = { $signers ->
    [both] Your practice diary has been signed off by both supervisors: the university supervisor and the organisation supervisor.
   *[single] Your practice diary has been signed off by your supervisor.
} Send /export to get the final diary-report as a PDF.
signoff-complete-coordinator = { $signers ->
    [both] The practice diary of { $student } ({ $group }) has been signed off by both supervisors.
   *[single] The practice diary of { $student } ({ $group }) has been signed off by the supervisor.
}
