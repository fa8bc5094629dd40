import { useState } from "preact/hooks";
import type { QueuesResponse } from "../../http/board/contract.js";
import { errorCode, type Api } from "../api.js";
import { useT } from "../i18n.js";
import { LoadFailed, RowResults, WhenLoaded, type RowOutcome } from "./bits.js";
import { dateText, instantText } from "./format.js";
import { useLoad } from "./use-load.js";

interface Ref {
  studentId: string;
  studentCode: string;
  name: string;
  group: string;
}

function QueueList<T extends Ref>(props: { title: string; items: T[]; detail: (item: T) => string; onOpen: (id: string) => void }) {
  const t = useT();
  return (
    <section class="card queue">
      <h3>
        {props.title} <span class="count-pill">{props.items.length}</span>
      </h3>
      {props.items.length === 0 ? (
        <p class="hint">{t("board-ui-queue-empty")}</p>
      ) : (
        <ul>
          {props.items.map((item) => (
            <li key={item.studentId}>
              <button class="link" onClick={() => props.onOpen(item.studentId)}>
                {item.name}
              </button>{" "}
              <span class="hint small">
                {item.studentCode} · {item.group}
                {props.detail(item) ? ` · ${props.detail(item)}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** What waits for the coordinator: bases to approve, supervisors to confirm, no base near the start, silent diaries. */
export function Queues(props: { api: Api; department: string | undefined; onOpen: (id: string) => void }) {
  const t = useT();
  const { api, department } = props;
  const { loaded, reload } = useLoad(() => api.queues(department), department ?? "");
  const [results, setResults] = useState<RowOutcome[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const approveAll = async (bases: QueuesResponse["basesToApprove"]): Promise<void> => {
    setBusy(true);
    setFailed(null);
    try {
      const response = await api.approveBases({ items: bases.map((b) => ({ placementId: b.placementId, version: b.version })) });
      setResults(
        bases.map((b) => {
          const r = response.results.find((x) => x.id === b.placementId);
          return { label: `${b.name} (${b.studentCode})`, ok: r?.ok ?? false, error: r?.error ?? (r ? undefined : "failed") };
        }),
      );
      reload();
    } catch (error) {
      setFailed(errorCode(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <WhenLoaded loaded={loaded}>
      {(q) => (
        <div class="queues">
          {failed ? <LoadFailed code={failed} /> : null}
          {results ? <RowResults outcomes={results} onClose={() => setResults(null)} /> : null}
          <QueueList
            title={t("board-ui-queue-bases")}
            items={q.basesToApprove}
            detail={(b) => [b.base ?? "", b.submittedAt ? instantText(b.submittedAt) : ""].filter(Boolean).join(" · ")}
            onOpen={props.onOpen}
          />
          {q.basesToApprove.length > 0 ? (
            <button disabled={busy} onClick={() => void approveAll(q.basesToApprove)}>
              {t("board-ui-queue-approve-all", { count: q.basesToApprove.length })}
            </button>
          ) : null}
          <QueueList
            title={t("board-ui-queue-supervisors")}
            items={q.supervisorsWaiting}
            detail={(s) => s.supervisorName}
            onOpen={props.onOpen}
          />
          <QueueList
            title={t("board-ui-queue-no-base")}
            items={q.noBaseNearDeadline}
            detail={(s) => (s.startDate ? t("board-ui-starts", { date: dateText(s.startDate) }) : "")}
            onOpen={props.onOpen}
          />
          <QueueList
            title={t("board-ui-queue-silent")}
            items={q.silentStudents}
            detail={(s) => (s.lastEntryDate ? t("board-ui-last-entry", { date: dateText(s.lastEntryDate) }) : t("board-ui-no-entries"))}
            onOpen={props.onOpen}
          />
        </div>
      )}
    </WhenLoaded>
  );
}
