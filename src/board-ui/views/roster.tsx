import { useEffect, useState } from "preact/hooks";
import { BOARD_PRACTICE_TYPES, BOARD_STATUSES, ROSTER_SORTS, type RosterQuery, type RosterRow } from "../../http/board/contract.js";
import type { Api } from "../api.js";
import { useLocale, useT } from "../i18n.js";
import { StatusBadge, WhenLoaded } from "./bits.js";
import { BulkBar } from "./bulk-bar.js";
import { hoursText } from "./format.js";
import { useLoad } from "./use-load.js";

type Sort = (typeof ROSTER_SORTS)[number];
const PAGE_SIZE = 50;

interface Filters {
  q: string;
  status: string;
  practiceType: string;
  supervisor: string;
  behind: boolean;
  noBase: boolean;
  sort: Sort;
  dir: "asc" | "desc";
  page: number;
}

const EMPTY: Filters = {
  q: "",
  status: "",
  practiceType: "",
  supervisor: "",
  behind: false,
  noBase: false,
  sort: "name",
  dir: "asc",
  page: 1,
};

function toQuery(department: string | undefined, f: Filters): RosterQuery {
  return {
    department,
    q: f.q.trim() || undefined,
    status: (f.status || undefined) as RosterQuery["status"],
    practiceType: (f.practiceType || undefined) as RosterQuery["practiceType"],
    supervisor: f.supervisor || undefined,
    behind: f.behind ? "1" : undefined,
    noBase: f.noBase ? "1" : undefined,
    sort: f.sort,
    dir: f.dir,
    page: f.page,
    pageSize: PAGE_SIZE,
  };
}

/** The department's students: search, filters, sort, paging over thousands, and a selection for bulk actions. */
export function Roster(props: { api: Api; department: string | undefined; onOpen: (id: string) => void }) {
  const t = useT();
  const locale = useLocale();
  const { api, department } = props;
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [typed, setTyped] = useState("");
  const [selected, setSelected] = useState<Map<string, RosterRow>>(new Map());
  const query = toQuery(department, filters);
  const { loaded, reload } = useLoad(() => api.roster(query), JSON.stringify(query));
  const supervisors = useLoad(() => api.supervisors(department), department ?? "");

  // Typing waits for a pause before it asks the server.
  useEffect(() => {
    const timer = setTimeout(() => setFilters((f) => (f.q === typed ? f : { ...f, q: typed, page: 1 })), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  useEffect(() => setSelected(new Map()), [department]);

  const set = (patch: Partial<Filters>): void => setFilters((f) => ({ ...f, page: 1, ...patch }));
  const sortBy = (sort: Sort): void => set({ sort, dir: filters.sort === sort && filters.dir === "asc" ? "desc" : "asc" });
  const toggle = (row: RosterRow): void =>
    setSelected((s) => {
      const next = new Map(s);
      if (next.has(row.id)) next.delete(row.id);
      else next.set(row.id, row);
      return next;
    });
  // A column the API cannot sort by is a plain heading.
  const header = (key: string, label: string) => {
    const sort = (ROSTER_SORTS as readonly string[]).includes(key) ? (key as Sort) : null;
    if (sort === null) return <th>{label}</th>;
    return (
      <th aria-sort={filters.sort === sort ? (filters.dir === "asc" ? "ascending" : "descending") : "none"}>
        <button class="link sort" onClick={() => sortBy(sort)}>
          {label}
          {filters.sort === sort ? (filters.dir === "asc" ? " ▲" : " ▼") : ""}
        </button>
      </th>
    );
  };

  return (
    <section class="roster">
      <div class="filters">
        <input
          type="search"
          name="q"
          placeholder={t("board-ui-roster-search")}
          aria-label={t("board-ui-roster-search")}
          value={typed}
          onInput={(e) => setTyped(e.currentTarget.value)}
        />
        <select
          name="status"
          aria-label={t("board-ui-filter-status")}
          value={filters.status}
          onChange={(e) => set({ status: e.currentTarget.value })}
        >
          <option value="">{t("board-ui-filter-status")}</option>
          {BOARD_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`board-ui-status-${s}`)}
            </option>
          ))}
        </select>
        <select
          name="practiceType"
          aria-label={t("board-ui-filter-practice-type")}
          value={filters.practiceType}
          onChange={(e) => set({ practiceType: e.currentTarget.value })}
        >
          <option value="">{t("board-ui-filter-practice-type")}</option>
          {BOARD_PRACTICE_TYPES.map((p) => (
            <option key={p} value={p}>
              {t(`board-ui-practice-${p}`)}
            </option>
          ))}
        </select>
        <select
          name="supervisor"
          aria-label={t("board-ui-filter-supervisor")}
          value={filters.supervisor}
          onChange={(e) => set({ supervisor: e.currentTarget.value })}
        >
          <option value="">{t("board-ui-filter-supervisor")}</option>
          <option value="none">{t("board-ui-filter-supervisor-none")}</option>
          {supervisors.loaded.state === "ready"
            ? supervisors.loaded.data.supervisors.map((s) => (
                <option key={s.telegramId} value={String(s.telegramId)}>
                  {s.name}
                </option>
              ))
            : null}
        </select>
        <label class="check">
          <input type="checkbox" name="behind" checked={filters.behind} onChange={(e) => set({ behind: e.currentTarget.checked })} />
          {t("board-ui-filter-behind")}
        </label>
        <label class="check">
          <input type="checkbox" name="noBase" checked={filters.noBase} onChange={(e) => set({ noBase: e.currentTarget.checked })} />
          {t("board-ui-filter-no-base")}
        </label>
      </div>
      <BulkBar
        api={api}
        department={department}
        selected={[...selected.values()]}
        supervisors={supervisors.loaded.state === "ready" ? supervisors.loaded.data.supervisors : []}
        onDone={() => {
          setSelected(new Map());
          reload();
        }}
      />
      <WhenLoaded loaded={loaded}>
        {(data) => {
          const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
          const allShown = data.rows.length > 0 && data.rows.every((r) => selected.has(r.id));
          return (
            <>
              <p class="hint total">{t("board-ui-roster-total", { count: data.total })}</p>
              {data.rows.length === 0 ? (
                <p class="notice">{t("board-ui-roster-empty")}</p>
              ) : (
                <div class="table-wrap">
                  <table class="roster-table">
                    <thead>
                      <tr>
                        <th>
                          <input
                            type="checkbox"
                            aria-label={t("board-ui-select-page")}
                            checked={allShown}
                            onChange={() =>
                              setSelected((s) => {
                                const next = new Map(s);
                                for (const row of data.rows) {
                                  if (allShown) next.delete(row.id);
                                  else next.set(row.id, row);
                                }
                                return next;
                              })
                            }
                          />
                        </th>
                        {header("name", t("board-ui-col-name"))}
                        {header("studentCode", t("board-ui-col-id"))}
                        {header("group", t("board-ui-col-group"))}
                        {header("status", t("board-ui-col-status"))}
                        <th>{t("board-ui-col-base")}</th>
                        <th>{t("board-ui-col-supervisor")}</th>
                        {header("hours", t("board-ui-col-hours"))}
                      </tr>
                    </thead>
                    <tbody>
                      {data.rows.map((row) => (
                        <tr key={row.id} class={selected.has(row.id) ? "selected" : ""} data-student={row.studentCode}>
                          <td>
                            <input type="checkbox" aria-label={row.name} checked={selected.has(row.id)} onChange={() => toggle(row)} />
                          </td>
                          <td>
                            <button class="link" onClick={() => props.onOpen(row.id)}>
                              {row.name}
                            </button>
                          </td>
                          <td class="mono nowrap">{row.studentCode}</td>
                          <td class="nowrap">{row.group}</td>
                          <td>
                            <StatusBadge status={row.status} />
                            {row.linked ? null : <span class="hint small"> {t("board-ui-not-linked")}</span>}
                          </td>
                          <td>
                            {row.base ?? "—"}
                            {row.practiceType ? <div class="hint small">{t(`board-ui-practice-${row.practiceType}`)}</div> : null}
                          </td>
                          <td>{row.universitySupervisor ?? "—"}</td>
                          <td class={row.behind ? "behind num" : "num"}>
                            {row.placementId === null
                              ? "—"
                              : `${hoursText(locale, row.hoursApproved)} / ${hoursText(locale, row.hoursRequired)}`}
                            {row.behind ? <div class="small">{t("board-ui-behind")}</div> : null}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              <nav class="pager">
                <button disabled={data.page <= 1} onClick={() => setFilters((f) => ({ ...f, page: f.page - 1 }))}>
                  {t("board-ui-page-previous")}
                </button>
                <span>{t("board-ui-page-of", { page: data.page, pages })}</span>
                <button disabled={data.page >= pages} onClick={() => setFilters((f) => ({ ...f, page: f.page + 1 }))}>
                  {t("board-ui-page-next")}
                </button>
              </nav>
            </>
          );
        }}
      </WhenLoaded>
    </section>
  );
}
