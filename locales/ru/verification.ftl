## Проверка подлинности распечатанного дневника-отчёта по коду (/verify в боте и страница по QR-коду)

cmd-verify =
    .description = Проверка подлинности дневника-отчёта (F-76) по коду проверки
verify-usage = Отправьте код проверки, напечатанный на дневнике-отчёте, например: /verify 1A2B-3C4D-5E6F-7A8B
verify-page-title = Проверка подлинности дневника-отчёта (F-76)
verify-status-current = Это действующая подписанная версия дневника-отчёта (F-76).
verify-status-superseded = Этот экземпляр устарел: выпущена более новая версия { $revision } (код проверки { $code }).
verify-status-unsigned = НЕ ПОДПИСАН — рабочий экземпляр. Руководители практики не подписали этот дневник-отчёт.
verify-status-unknown = Дневник-отчёт с кодом проверки { $code } в системе Praktika не выдавался.
verify-hours = Часы
verify-hours-line = утверждено { $approved } ч из { $required } ч (всего записано: { $handedIn } ч)
verify-grade-line = { $score } из 100 — { $letter } ({ $points })
verify-version = Версия
verify-version-line = { $revision } из { $latest }, выпущена { $date }
