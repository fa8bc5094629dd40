import { useState } from "preact/hooks";
import type { RosterRow, RowResult } from "../../http/board/contract.js";
import { errorCode, saveBlob, type Api } from "../api.js";
import { useT } from "../i18n.js";
import { LoadFailed, RowResults, type RowOutcome } from "./bits.js";

type Action = "approve" | "assign" | "reissue" | "export";

/** Maps the server's per-row results back to the names the coordinator selected. */
function outcomes(rows: RosterRow[], results: RowResult[], key: (row: RosterRow) => string | null): RowOutcome[] {
  return rows.map((row) => {
    const id = key(row);
    const label = `${row.name} (${row.studentCode})`;
    if (id === null) return { label, ok: false, error: "noPlacement" };
    const result = results.find((r) => r.id === id);
    return result ? { label, ok: result.ok, error: result.error } : { label, ok: false, error: "failed" };
  });
}

/** Bulk actions on the selected rows, through the same services as the chat; each row is reported. */
export function BulkBar(props: {
  api: Api;
  department: string | undefined;
  selected: RosterRow[];
  supervisors: Array<{ telegramId: number; name: string }>;
  onDone: () => void;
}) {
  const t = useT();
  const { api, selected, department } = props;
  const [busy, setBusy] = useState<Action | null>(null);
  const [supervisor, setSupervisor] = useState("");
  const [results, setResults] = useState<RowOutcome[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const run = async (action: Action, work: () => Promise<RowOutcome[] | null>): Promise<void> => {
    setBusy(action);
    setFailed(null);
    setNote(null);
    try {
      const rows = await work();
      if (rows) {
        setResults(rows);
        props.onDone();
      }
    } catch (error) {
      setFailed(errorCode(error));
    } finally {
      setBusy(null);
    }
  };
  const placementKey = (row: RosterRow): string | null => row.placementId;
  const items = selected.flatMap((r) =>
    r.placementId !== null && r.placementVersion !== null ? [{ placementId: r.placementId, version: r.placementVersion }] : [],
  );

  const approve = () =>
    run("approve", async () => {
      const response = items.length > 0 ? await api.approveBases({ items }) : { results: [] };
      return outcomes(selected, response.results, placementKey);
    });
  const assign = () =>
    run("assign", async () => {
      const placementIds = items.map((i) => i.placementId);
      const response =
        placementIds.length > 0 ? await api.assignSupervisor({ placementIds, supervisorTelegramId: Number(supervisor) }) : { results: [] };
      return outcomes(selected, response.results, placementKey);
    });
  const reissue = () =>
    run("reissue", async () => {
      const response = await api.reissueLinks({ department, studentIds: selected.map((r) => r.id) });
      if (response.sheet) saveBlob(base64Blob(response.sheet), "links.xlsx");
      setNote(t("board-ui-bulk-reissued", { count: response.count }));
      return outcomes(selected, response.results, (r) => r.id);
    });
  const exportXlsx = () =>
    run("export", async () => {
      saveBlob(await api.exportXlsx({ department, studentIds: selected.map((r) => r.id) }), "students.xlsx");
      setNote(t("board-ui-bulk-exported", { count: selected.length }));
      return null;
    });

  return (
    <div class="bulk">
      {selected.length > 0 ? (
        <div class="bulk-bar" role="toolbar" aria-label={t("board-ui-bulk-label")}>
          <span class="count">{t("board-ui-selected", { count: selected.length })}</span>
          <button disabled={busy !== null} onClick={() => void approve()}>
            {t("board-ui-bulk-approve-bases")}
          </button>
          <span class="group">
            <select
              name="assignSupervisor"
              aria-label={t("board-ui-bulk-supervisor")}
              value={supervisor}
              onChange={(e) => setSupervisor(e.currentTarget.value)}
            >
              <option value="">{t("board-ui-bulk-supervisor")}</option>
              {props.supervisors.map((s) => (
                <option key={s.telegramId} value={String(s.telegramId)}>
                  {s.name}
                </option>
              ))}
            </select>
            <button disabled={busy !== null || supervisor === ""} onClick={() => void assign()}>
              {t("board-ui-bulk-assign")}
            </button>
          </span>
          <button disabled={busy !== null} onClick={() => void reissue()}>
            {t("board-ui-bulk-reissue")}
          </button>
          <button disabled={busy !== null} onClick={() => void exportXlsx()}>
            {t("board-ui-bulk-export")}
          </button>
          {busy ? <span class="hint">{t("board-ui-working")}</span> : null}
        </div>
      ) : null}
      {failed ? <LoadFailed code={failed} /> : null}
      {note ? <p class="notice">{note}</p> : null}
      {results ? <RowResults outcomes={results} onClose={() => setResults(null)} /> : null}
    </div>
  );
}

function base64Blob(data: string): Blob {
  const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
}
