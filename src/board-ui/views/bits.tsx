import type { ComponentChildren } from "preact";
import type { BoardStatus, RowError } from "../../http/board/contract.js";
import { useT } from "../i18n.js";
import type { Loaded } from "./use-load.js";

export function StatusBadge(props: { status: BoardStatus }) {
  const t = useT();
  return <span class={`badge status-${props.status}`}>{t(`board-ui-status-${props.status}`)}</span>;
}

/** A failed load, said in the user's words. */
export function LoadFailed(props: { code: string }) {
  const t = useT();
  return (
    <p class="notice error" role="alert">
      {t(`board-ui-error-${props.code}`)}
    </p>
  );
}

/** Renders the loaded data, or says it is loading or why it failed. */
export function WhenLoaded<T>(props: { loaded: Loaded<T>; children: (data: T) => ComponentChildren }) {
  const t = useT();
  const { loaded } = props;
  if (loaded.state === "loading") return <p class="hint">{t("board-ui-loading")}</p>;
  if (loaded.state === "failed") return <LoadFailed code={loaded.code} />;
  return <>{props.children(loaded.data)}</>;
}

export interface RowOutcome {
  label: string;
  ok: boolean;
  error?: RowError | "noPlacement" | undefined;
}

/** Per-row results of a bulk action: which rows were done and why the others were not. */
export function RowResults(props: { outcomes: RowOutcome[]; onClose: () => void }) {
  const t = useT();
  const done = props.outcomes.filter((o) => o.ok).length;
  return (
    <section class="row-results" aria-live="polite">
      <header>
        <strong>{t("board-ui-bulk-summary", { done, failed: props.outcomes.length - done })}</strong>
        <button class="link" onClick={props.onClose}>
          {t("board-ui-close")}
        </button>
      </header>
      <ul>
        {props.outcomes.map((o, i) => (
          <li key={i} class={o.ok ? "ok" : "failed"}>
            <span>{o.label}</span> — <span>{o.ok ? t("board-ui-row-done") : t(`board-ui-row-${o.error ?? "failed"}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
