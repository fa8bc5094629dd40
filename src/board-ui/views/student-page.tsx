import { useState } from "preact/hooks";
import type { StudentDetail } from "../../http/board/contract.js";
import { errorCode, saveBlob, type Api } from "../api.js";
import { useLocale, useT } from "../i18n.js";
import { LoadFailed, StatusBadge, WhenLoaded } from "./bits.js";
import { dateText, hoursText, instantText } from "./format.js";
import { HeatMap } from "./heat-map.js";
import { useLoad } from "./use-load.js";

/** One student: placement, supervisors, entries per week against the norm, heat-map, report, characteristic, grade, F-76. */
export function StudentPage(props: { api: Api; id: string; onBack: () => void }) {
  const t = useT();
  const { loaded } = useLoad(() => props.api.student(props.id), props.id);
  return (
    <section class="student-page">
      <button class="link back" onClick={props.onBack}>
        ← {t("board-ui-back")}
      </button>
      <WhenLoaded loaded={loaded}>{(s) => <StudentDetails api={props.api} student={s} />}</WhenLoaded>
    </section>
  );
}

function StudentDetails(props: { api: Api; student: StudentDetail }) {
  const t = useT();
  const locale = useLocale();
  const s = props.student;
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const h = (n: number): string => hoursText(locale, n);
  const download = async (): Promise<void> => {
    setDownloadError(null);
    try {
      saveBlob(await props.api.f76(s.id), `F-76-${s.studentCode}.pdf`);
    } catch (error) {
      setDownloadError(errorCode(error));
    }
  };
  return (
    <article>
      <h2>{s.name}</h2>
      <p class="hint">
        {t("board-ui-col-id")}: <span class="mono">{s.studentCode}</span> · {t("board-ui-col-group")}: {s.group} ·{" "}
        <StatusBadge status={s.status} />
      </p>
      <div class="cards">
        <section class="card">
          <h3>{t("board-ui-student-placement")}</h3>
          {s.placement ? (
            <dl>
              <dt>{t("board-ui-col-base")}</dt>
              <dd>{s.placement.base ?? "—"}</dd>
              <dt>{t("board-ui-practice-type")}</dt>
              <dd>{t(`board-ui-practice-${s.placement.practiceType}`)}</dd>
              <dt>{t("board-ui-dates")}</dt>
              <dd>
                {s.placement.startDate && s.placement.endDate
                  ? `${dateText(s.placement.startDate)} – ${dateText(s.placement.endDate)}`
                  : "—"}
              </dd>
              {s.placement.returnReason ? (
                <>
                  <dt>{t("board-ui-return-reason")}</dt>
                  <dd>{s.placement.returnReason}</dd>
                </>
              ) : null}
            </dl>
          ) : (
            <p class="hint">{t("board-ui-no-placement")}</p>
          )}
        </section>
        <section class="card">
          <h3>{t("board-ui-student-supervisors")}</h3>
          <dl>
            <dt>{t("board-ui-university-supervisor")}</dt>
            <dd>{s.supervisors.university?.name ?? "—"}</dd>
            <dt>{t("board-ui-organisation-supervisor")}</dt>
            <dd>
              {s.supervisors.organisation ? s.supervisors.organisation.name : "—"}
              {s.supervisors.organisation && !s.supervisors.organisation.confirmed ? (
                <span class="hint small"> ({t("board-ui-not-confirmed")})</span>
              ) : null}
            </dd>
          </dl>
        </section>
        <section class="card">
          <h3>{t("board-ui-student-outcome")}</h3>
          <dl>
            <dt>{t("board-ui-col-hours")}</dt>
            <dd>
              {h(s.hoursApproved)} / {h(s.hoursRequired)}
            </dd>
            <dt>{t("board-ui-report")}</dt>
            <dd>{s.report.latest ? `${s.report.latest.fileName} (${instantText(s.report.latest.uploadedAt)})` : "—"}</dd>
            <dt>{t("board-ui-characteristic")}</dt>
            <dd>{s.characteristic ? s.characteristic.text : "—"}</dd>
            <dt>{t("board-ui-grade")}</dt>
            <dd>{s.grade ? `${s.grade.letter} (${s.grade.score})` : "—"}</dd>
            <dt>{t("board-ui-signoffs")}</dt>
            <dd>
              {t(s.signedOff.university ? "board-ui-signed" : "board-ui-not-signed", { who: t("board-ui-university-supervisor") })}
              <br />
              {t(s.signedOff.organisation ? "board-ui-signed" : "board-ui-not-signed", { who: t("board-ui-organisation-supervisor") })}
            </dd>
          </dl>
          {s.f76Available ? <button onClick={() => void download()}>{t("board-ui-f76-download")}</button> : null}
          {downloadError ? <LoadFailed code={downloadError} /> : null}
        </section>
      </div>
      <section class="card">
        <h3>{t("board-ui-heatmap-title")}</h3>
        <HeatMap days={s.days} />
      </section>
      <section class="card weeks">
        <h3>{t("board-ui-weeks")}</h3>
        {s.weeks.length === 0 ? <p class="hint">{t("board-ui-no-entries")}</p> : null}
        {s.weeks.map((w) => (
          <details key={w.index} open={w.approvedHours < w.normHours}>
            <summary class={w.approvedHours < w.normHours ? "behind" : ""}>
              {t("board-ui-week", { index: w.index, from: dateText(w.from), to: dateText(w.to) })} —{" "}
              {t("board-ui-week-hours", { approved: h(w.approvedHours), norm: h(w.normHours) })}
            </summary>
            <ul class="entries">
              {w.entries.map((e) => (
                <li key={e.id} class={`entry entry-${e.status}`}>
                  <strong>{dateText(e.date)}</strong> · {t("board-ui-hours", { hours: h(e.hours) })} · {t(`board-ui-entry-${e.status}`)}
                  <p>{e.text}</p>
                  {e.returnReason ? (
                    <p class="hint">
                      {t("board-ui-return-reason")}: {e.returnReason}
                    </p>
                  ) : null}
                  {e.attachments.length > 0 ? (
                    <p class="hint small">{t("board-ui-attachments", { files: e.attachments.map((a) => a.name).join(", ") })}</p>
                  ) : null}
                </li>
              ))}
            </ul>
          </details>
        ))}
      </section>
    </article>
  );
}
