## Broadcasts: the final report sent to the author when nothing is pending any more (issue 10)

broadcast-report-all-delivered = 📣 Your announcement has been delivered to all { $sent } { $sent ->
        [one] recipient
       *[other] recipients
    }.
broadcast-report-some-failed = 📣 Your announcement has been sent: delivered to { $sent } { $sent ->
        [one] recipient
       *[other] recipients
    }, not delivered to { $refused }. The list is below.
