import type { StudentDetail } from "../../http/board/contract.js";
import { useLocale, useT } from "../i18n.js";
import { dateText, hoursText } from "./format.js";

type Day = StudentDetail["days"][number];

/** Monday-based weekday of a calendar date (0 = Monday). */
function weekday(iso: string): number {
  return (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** How dark a day is: nothing, under 4 h, under 8 h, 8 h and more. */
function level(hours: number): number {
  if (hours <= 0) return 0;
  if (hours < 4) return 1;
  if (hours < 8) return 2;
  return 3;
}

/** Hours per day of the practice as a calendar: one row per week, Monday to Sunday; the colour says how many hours. */
export function HeatMap(props: { days: Day[] }) {
  const t = useT();
  const locale = useLocale();
  if (props.days.length === 0) return <p class="hint">{t("board-ui-heatmap-empty")}</p>;
  const lead = weekday(props.days[0]?.date ?? "");
  const cells: Array<Day | null> = [...Array.from({ length: lead }, () => null), ...props.days];
  return (
    <figure class="heatmap">
      <div class="heatmap-grid" role="img" aria-label={t("board-ui-heatmap-title")}>
        {[1, 2, 3, 4, 5, 6, 7].map((d) => (
          <span key={`h${d}`} class="heatmap-head">
            {t(`board-ui-weekday-${d}`)}
          </span>
        ))}
        {cells.map((day, i) =>
          day ? (
            <span
              key={day.date}
              class={`heatmap-cell level-${level(day.hours)} entry-${day.status}`}
              title={`${dateText(day.date)}: ${t("board-ui-hours", { hours: hoursText(locale, day.hours) })}`}
            >
              {day.date.slice(8, 10)}
            </span>
          ) : (
            <span key={`pad${i}`} class="heatmap-cell pad" />
          ),
        )}
      </div>
      <figcaption class="hint small">
        {t("board-ui-heatmap-legend")}{" "}
        {[0, 1, 2, 3].map((l) => (
          <span key={l} class={`heatmap-cell legend level-${l}`} />
        ))}
      </figcaption>
    </figure>
  );
}
