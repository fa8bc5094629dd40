## Басып шығарылған күнделік-есепті код бойынша тексеру (боттағы /verify және QR код ашатын бет)

cmd-verify =
    .description = Басып шығарылған күнделік-есептің (F-76) түпнұсқалығын тексеру
verify-usage = Күнделік-есепте басылған тексеру кодын жіберіңіз, мысалы: /verify 1A2B-3C4D-5E6F-7A8B
verify-page-title = Күнделік-есептің (F-76) түпнұсқалығын тексеру
verify-status-current = Бұл — күнделік-есептің (F-76) қол қойылған қолданыстағы нұсқасы.
verify-status-superseded = Бұл дана ескірген: жаңа { $revision }-нұсқа шығарылған (тексеру коды { $code }).
verify-status-unsigned = ҚОЛ ҚОЙЫЛМАҒАН — жұмыс данасы. Практика жетекшілері бұл күнделік-есепке қол қоймаған.
verify-status-unknown = Praktika жүйесінде { $code } тексеру кодымен күнделік-есеп берілмеген.
verify-hours = Сағаттар
verify-hours-line = { $required } сағаттың { $approved } сағаты бекітілді (тапсырылғаны: { $handedIn } сағат)
verify-grade-line = 100 ұпайдың { $score } ұпайы — { $letter } ({ $points })
verify-version = Нұсқа
verify-version-line = { $revision }-нұсқа (барлығы: { $latest }), { $date } күні шығарылған
