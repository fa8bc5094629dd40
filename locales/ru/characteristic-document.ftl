## Характеристика: подписанный документ по желанию (QP-06 6.8; PDF или DOCX, как отчёт по практике)

characteristic-document-ask = Если у Вас есть файл подписанной характеристики, прикрепите его сейчас (PDF или DOCX, не больше { $maxMb } МБ). Если нет, нажмите «Пропустить».
characteristic-document-skip = Пропустить
characteristic-document-need-document = Отправьте подписанную характеристику файлом (PDF или DOCX), а не фото или сообщением, либо нажмите «Пропустить».
characteristic-document-reason-empty = Файл пустой. Отправьте подписанную характеристику файлом PDF или DOCX либо нажмите «Пропустить».
characteristic-document-reason-tooBig = Файл больше { $maxMb } МБ. Отправьте файл PDF или DOCX меньшего размера либо нажмите «Пропустить».
characteristic-document-reason-wrongType = К характеристике можно прикрепить только файл PDF или DOCX. Отправьте такой файл либо нажмите «Пропустить».
characteristic-document-reason-contentMismatch = Содержимое файла не является настоящим PDF или DOCX, как бы файл ни назывался. Сохраните характеристику заново в формате PDF или DOCX и отправьте этот файл либо нажмите «Пропустить».
characteristic-document-attached = Прикреплённый документ: { $file } (SHA-256 { $sha }…)
characteristic-document-none = Документ не прикреплён.
characteristic-document-current = Характеристика на обучающегося ({ $student }) написана { $date }; предлагаемая оценка — { $score } ({ $letter }). Новая характеристика заменит её (прежняя сохранится в истории).
doc-characteristic-document = Прикреплённый документ: { $file } (SHA-256: { $sha }…)
