import { BOARD_STATUSES } from "../../http/board/contract.js";
import type { Api } from "../api.js";
import { useT } from "../i18n.js";
import { WhenLoaded } from "./bits.js";
import { useLoad } from "./use-load.js";

/** Students by status in each group, with the totals. */
export function Counts(props: { api: Api; department: string | undefined }) {
  const t = useT();
  const { loaded } = useLoad(() => props.api.counts(props.department), props.department ?? "");
  return (
    <WhenLoaded loaded={loaded}>
      {(data) =>
        data.groups.length === 0 ? (
          <p class="notice">{t("board-ui-roster-empty")}</p>
        ) : (
          <div class="table-wrap">
            <table class="counts-table">
              <thead>
                <tr>
                  <th>{t("board-ui-col-group")}</th>
                  {BOARD_STATUSES.map((s) => (
                    <th key={s} class="num">
                      {t(`board-ui-status-${s}`)}
                    </th>
                  ))}
                  <th class="num">{t("board-ui-total")}</th>
                </tr>
              </thead>
              <tbody>
                {data.groups.map((g) => (
                  <tr key={g.group}>
                    <td class="nowrap">{g.group}</td>
                    {BOARD_STATUSES.map((s) => (
                      <td key={s} class={`num ${(g.counts[s] ?? 0) > 0 ? "" : "hint"}`}>
                        {g.counts[s] ?? 0}
                      </td>
                    ))}
                    <td class="num">
                      <strong>{g.total}</strong>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      }
    </WhenLoaded>
  );
}
