import type { ErrorCode } from "../../http/board/contract.js";
import { useT } from "../i18n.js";

/** What went wrong, in the user's language, and what to do: never a raw error. */
export function ErrorPage(props: { code: ErrorCode | "network" | "noLaunch" }) {
  const t = useT();
  return (
    <main class="page centered error-page" data-error={props.code}>
      <h1>{t("board-ui-error-title")}</h1>
      <p>{t(`board-ui-error-${props.code}`)}</p>
      <p class="hint">{t("board-ui-error-reopen")}</p>
    </main>
  );
}
