import { useT } from "../i18n.js";

/** A student who opens the board: it is a staff tool; their own diary lives in the chat. */
export function StudentHome(props: { name: string }) {
  const t = useT();
  return (
    <main class="page centered student-home">
      <h1>{t("board-ui-student-title", { name: props.name })}</h1>
      <p>{t("board-ui-student-text")}</p>
      <p class="hint">{t("board-ui-student-hint")}</p>
    </main>
  );
}
