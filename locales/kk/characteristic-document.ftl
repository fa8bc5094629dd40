## Мінездеме: қалауы бойынша тіркелетін қол қойылған құжат (QP-06 6.8; практика бойынша есеп сияқты PDF немесе DOCX)

characteristic-document-ask = Қол қойылған мінездеменің файлы болса, оны қазір тіркеңіз (PDF немесе DOCX, ең көбі { $maxMb } МБ). Болмаса, «Өткізіп жіберу» батырмасын басыңыз.
characteristic-document-skip = Өткізіп жіберу
characteristic-document-need-document = Қол қойылған мінездемені фото немесе хабарлама емес, файл (PDF немесе DOCX) ретінде жіберіңіз немесе «Өткізіп жіберу» батырмасын басыңыз.
characteristic-document-reason-empty = Файл бос. Қол қойылған мінездемені PDF немесе DOCX файлымен жіберіңіз немесе «Өткізіп жіберу» батырмасын басыңыз.
characteristic-document-reason-tooBig = Файл { $maxMb } МБ-тан үлкен. Көлемі кішірек PDF немесе DOCX файлын жіберіңіз немесе «Өткізіп жіберу» батырмасын басыңыз.
characteristic-document-reason-wrongType = Мінездемеге тек PDF немесе DOCX файлын тіркеуге болады. Осындай файлды жіберіңіз немесе «Өткізіп жіберу» батырмасын басыңыз.
characteristic-document-reason-contentMismatch = Файлдың атауы қандай болса да, мазмұны нағыз PDF немесе DOCX емес. Мінездемені PDF немесе DOCX пішімінде қайта сақтап, сол файлды жіберіңіз немесе «Өткізіп жіберу» батырмасын басыңыз.
characteristic-document-attached = Тіркелген құжат: { $file } (SHA-256 { $sha }…)
characteristic-document-none = Құжат тіркелмеген.
characteristic-document-current = Білім алушыға ({ $student }) мінездеме { $date } күні жазылған; ұсынылған баға: { $score } ({ $letter }). Жаңа мінездеме оның орнын басады (бұрынғысы тарихта сақталады).
doc-characteristic-document = Тіркелген құжат: { $file } (SHA-256: { $sha }…)
