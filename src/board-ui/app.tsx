import { useEffect, useMemo, useState } from "preact/hooks";
import type { ErrorCode, MeResponse } from "../http/board/contract.js";
import { createApi, errorCode, type Api } from "./api.js";
import { createMessages, isUiLocale, MessagesContext, type UiLocale } from "./i18n.js";
import { CoordinatorBoard } from "./views/coordinator.js";
import { ErrorPage } from "./views/error-page.js";
import { StudentHome } from "./views/student-home.js";
import { SupervisorBoard } from "./views/supervisor.js";
import { useT } from "./i18n.js";

type State = { kind: "loading" } | { kind: "failed"; code: ErrorCode | "network" | "noLaunch" } | { kind: "ready"; me: MeResponse };

/** The board for whoever opened it: coordinators and admins get the department, supervisors their students. */
export function App(props: { initData: string; languageHint: string | null }) {
  const api = useMemo(() => createApi(props.initData), [props.initData]);
  const [state, setState] = useState<State>(props.initData ? { kind: "loading" } : { kind: "failed", code: "noLaunch" });
  const hint = props.languageHint?.slice(0, 2) ?? null;
  const locale: UiLocale = state.kind === "ready" ? state.me.language : isUiLocale(hint) ? hint : "kk";
  const messages = useMemo(() => createMessages(locale), [locale]);

  useEffect(() => {
    if (!props.initData) return;
    api.me().then(
      (me) => setState({ kind: "ready", me }),
      (error: unknown) => setState({ kind: "failed", code: errorCode(error) }),
    );
  }, [api, props.initData]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  return (
    <MessagesContext.Provider value={messages}>
      {state.kind === "loading" ? (
        <Loading />
      ) : state.kind === "failed" ? (
        <ErrorPage code={state.code} />
      ) : (
        <Board me={state.me} api={api} />
      )}
    </MessagesContext.Provider>
  );
}

function Loading() {
  const t = useT();
  return (
    <main class="page centered" aria-busy="true">
      <p class="hint">{t("board-ui-loading")}</p>
    </main>
  );
}

function Board(props: { me: MeResponse; api: Api }) {
  const { me, api } = props;
  const t = useT();
  const coordinates = me.roles.includes("coordinator") || me.roles.includes("admin");
  const supervises = me.roles.includes("universitySupervisor") || me.roles.includes("organisationSupervisor");
  const [tab, setTab] = useState<"department" | "supervision">(coordinates ? "department" : "supervision");
  if (!coordinates && !supervises) return <StudentHome name={me.name} />;
  return (
    <div class="board">
      <header class="topbar">
        <h1>{t("board-ui-title")}</h1>
        <span class="hint who">{me.name}</span>
      </header>
      {coordinates && supervises ? (
        <nav class="tabs" role="tablist">
          <button role="tab" aria-selected={tab === "department"} onClick={() => setTab("department")}>
            {t("board-ui-tab-department")}
          </button>
          <button role="tab" aria-selected={tab === "supervision"} onClick={() => setTab("supervision")}>
            {t("board-ui-tab-supervision")}
          </button>
        </nav>
      ) : null}
      {coordinates && tab === "department" ? <CoordinatorBoard api={api} me={me} /> : <SupervisorBoard api={api} />}
    </div>
  );
}
