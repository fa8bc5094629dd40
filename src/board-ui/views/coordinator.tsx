import { useState } from "preact/hooks";
import type { MeResponse } from "../../http/board/contract.js";
import type { Api } from "../api.js";
import { useT } from "../i18n.js";
import { Counts } from "./counts.js";
import { Queues } from "./queues.js";
import { Roster } from "./roster.js";
import { StudentPage } from "./student-page.js";

type Tab = "roster" | "queues" | "counts";
const TABS: readonly Tab[] = ["roster", "queues", "counts"];

/** The department's board: the roster, what waits, counts by status; a student's page over them. */
export function CoordinatorBoard(props: { api: Api; me: MeResponse }) {
  const t = useT();
  const { api, me } = props;
  const [department, setDepartment] = useState<string | undefined>(me.departments[0]?.id);
  const [tab, setTab] = useState<Tab>("roster");
  const [student, setStudent] = useState<string | null>(null);

  return (
    <section class="coordinator">
      {me.departments.length > 1 ? (
        <label class="department-switch">
          {t("board-ui-department")}{" "}
          <select value={department} onChange={(e) => setDepartment(e.currentTarget.value)}>
            {me.departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
      ) : me.departments[0] ? (
        <p class="department-name">{me.departments[0].name}</p>
      ) : null}
      <nav class="tabs" role="tablist" hidden={student !== null}>
        {TABS.map((name) => (
          <button key={name} role="tab" aria-selected={tab === name} onClick={() => setTab(name)}>
            {t(`board-ui-tab-${name}`)}
          </button>
        ))}
      </nav>
      {student !== null ? <StudentPage api={api} id={student} onBack={() => setStudent(null)} /> : null}
      <div hidden={student !== null}>
        {tab === "roster" ? (
          <Roster api={api} department={department} onOpen={setStudent} />
        ) : tab === "queues" ? (
          <Queues api={api} department={department} onOpen={setStudent} />
        ) : (
          <Counts api={api} department={department} />
        )}
      </div>
    </section>
  );
}
