## Characteristic: the optional signed document (QP-06 6.8; PDF or DOCX, as the practice report)

characteristic-document-ask = If you have the signed reference as a file, attach it now (PDF or DOCX, at most { $maxMb } MB). Otherwise press "Skip".
characteristic-document-skip = Skip
characteristic-document-need-document = Please send the signed reference as a file (PDF or DOCX), not as a photo or a message, or press "Skip".
characteristic-document-reason-empty = The file is empty. Please send the signed reference as a PDF or DOCX file, or press "Skip".
characteristic-document-reason-tooBig = The file is larger than { $maxMb } MB. Please send a smaller PDF or DOCX, or press "Skip".
characteristic-document-reason-wrongType = Only a PDF or DOCX file can be attached to the reference. Please send one, or press "Skip".
characteristic-document-reason-contentMismatch = The file's contents are not a real PDF or DOCX, whatever its name says. Please save the reference as PDF or DOCX again and send that file, or press "Skip".
characteristic-document-attached = Attached document: { $file } (SHA-256 { $sha }…)
characteristic-document-none = No document is attached.
characteristic-document-current = The reference for { $student } was written on { $date }; suggested score { $score } ({ $letter }). A new reference replaces it (the earlier one is kept in the history).
doc-characteristic-document = Attached document: { $file } (SHA-256: { $sha }…)
