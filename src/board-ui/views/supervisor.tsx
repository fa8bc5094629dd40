import { useState } from "preact/hooks";
import type { MyPendingResponse } from "../../http/board/contract.js";
import { errorCode, type Api } from "../api.js";
import { useLocale, useT } from "../i18n.js";
import { LoadFailed, RowResults, WhenLoaded, type RowOutcome } from "./bits.js";
import { dateText, hoursText } from "./format.js";
import { useLoad } from "./use-load.js";

type Entry = MyPendingResponse["entries"][number];

/** A supervisor's board: their students against the norm, and the entries waiting for them, decided in bulk. */
export function SupervisorBoard(props: { api: Api }) {
  const t = useT();
  const locale = useLocale();
  const students = useLoad(() => props.api.myStudents(), "students");
  const pending = useLoad(() => props.api.myPending(), "pending");
  const h = (n: number): string => hoursText(locale, n);
  return (
    <section class="supervisor">
      <section class="card">
        <h2>{t("board-ui-my-students")}</h2>
        <WhenLoaded loaded={students.loaded}>
          {(data) =>
            data.students.length === 0 ? (
              <p class="hint">{t("board-ui-my-students-empty")}</p>
            ) : (
              <div class="table-wrap">
                <table class="my-students">
                  <thead>
                    <tr>
                      <th>{t("board-ui-col-name")}</th>
                      <th>{t("board-ui-col-id")}</th>
                      <th>{t("board-ui-col-group")}</th>
                      <th class="num">{t("board-ui-col-hours-norm")}</th>
                      <th class="num">{t("board-ui-col-pending")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.students.map((s) => (
                      <tr key={`${s.placementId}-${s.as}`} data-student={s.studentCode}>
                        <td>
                          {s.name}
                          <div class="hint small">{t(`board-ui-as-${s.as}`)}</div>
                        </td>
                        <td class="mono">{s.studentCode}</td>
                        <td>{s.group}</td>
                        <td class={s.behind ? "num behind" : "num"}>
                          {h(s.hoursApproved)} / {h(s.hoursExpected)}
                          <div class="hint small">{t("board-ui-of-required", { hours: h(s.hoursRequired) })}</div>
                        </td>
                        <td class="num">{s.pending}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
          }
        </WhenLoaded>
      </section>
      <section class="card">
        <h2>{t("board-ui-pending")}</h2>
        <WhenLoaded loaded={pending.loaded}>
          {(data) => (
            <PendingEntries
              api={props.api}
              entries={data.entries}
              onDecided={() => {
                pending.reload();
                students.reload();
              }}
            />
          )}
        </WhenLoaded>
      </section>
    </section>
  );
}

function PendingEntries(props: { api: Api; entries: Entry[]; onDecided: () => void }) {
  const t = useT();
  const locale = useLocale();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [reason, setReason] = useState("");
  const [needReason, setNeedReason] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const [results, setResults] = useState<RowOutcome[] | null>(null);
  const chosen = props.entries.filter((e) => selected.has(e.entryId));
  const all = props.entries.length > 0 && chosen.length === props.entries.length;

  const decide = async (decision: "approve" | "return"): Promise<void> => {
    // QP-06 5.12: an entry is sent back with a reason the student can act on.
    if (decision === "return" && reason.trim() === "") {
      setNeedReason(true);
      return;
    }
    setNeedReason(false);
    setBusy(true);
    setFailed(null);
    try {
      const response = await props.api.decide({
        items: chosen.map((e) => ({ entryId: e.entryId, version: e.version })),
        decision,
        ...(decision === "return" ? { reason: reason.trim() } : {}),
      });
      setResults(
        chosen.map((e) => {
          const r = response.results.find((x) => x.id === e.entryId);
          return { label: `${e.name}, ${dateText(e.date)}`, ok: r?.ok ?? false, error: r ? r.error : "failed" };
        }),
      );
      setSelected(new Set());
      setReason("");
      props.onDecided();
    } catch (error) {
      setFailed(errorCode(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="pending">
      {results ? <RowResults outcomes={results} onClose={() => setResults(null)} /> : null}
      {failed ? <LoadFailed code={failed} /> : null}
      {props.entries.length === 0 ? (
        <p class="hint">{t("board-ui-pending-empty")}</p>
      ) : (
        <>
          <label class="check select-all">
            <input
              type="checkbox"
              checked={all}
              onChange={() => setSelected(all ? new Set() : new Set(props.entries.map((e) => e.entryId)))}
            />
            {t("board-ui-select-all")}
          </label>
          <ul class="entries">
            {props.entries.map((e) => (
              <li key={e.entryId} class="entry" data-entry={e.entryId}>
                <label class="check">
                  <input
                    type="checkbox"
                    aria-label={`${e.name}, ${dateText(e.date)}`}
                    checked={selected.has(e.entryId)}
                    onChange={() =>
                      setSelected((s) => {
                        const next = new Set(s);
                        if (next.has(e.entryId)) next.delete(e.entryId);
                        else next.add(e.entryId);
                        return next;
                      })
                    }
                  />
                  <strong>{e.name}</strong> <span class="hint small">{e.studentCode}</span> · {dateText(e.date)} ·{" "}
                  {t("board-ui-hours", { hours: hoursText(locale, e.hours) })}
                </label>
                <p>{e.text}</p>
                {e.attachments.length > 0 ? (
                  <p class="hint small">{t("board-ui-attachments", { files: e.attachments.map((a) => a.name).join(", ") })}</p>
                ) : null}
              </li>
            ))}
          </ul>
          <div class="decide">
            <span class="count">{t("board-ui-selected", { count: chosen.length })}</span>
            <button class="primary" disabled={busy || chosen.length === 0} onClick={() => void decide("approve")}>
              {t("board-ui-approve-selected")}
            </button>
            <textarea
              name="reason"
              rows={2}
              maxLength={500}
              placeholder={t("board-ui-return-reason-placeholder")}
              aria-label={t("board-ui-return-reason")}
              value={reason}
              onInput={(e) => setReason(e.currentTarget.value)}
            />
            <button disabled={busy || chosen.length === 0} onClick={() => void decide("return")}>
              {t("board-ui-return-selected")}
            </button>
            {needReason ? (
              <p class="notice error" role="alert">
                {t("board-ui-reason-required")}
              </p>
            ) : null}
          </div>
        </>
      )}
    </div>
  );
}
