import type { Metrics, SendResult } from "./metrics.js";

export type TelegramState = "ok" | "unreachable" | "unknown";

/**
 * Telegram's reachability as the outcome of the last Bot API call: wrap the raw `fetch` the bot's transport uses
 * (below the retry policy, so every attempt counts) and ask `state()`. A network error or a 5xx marks Telegram
 * unreachable until a call gets an answer again. Sends (`send*`, `copyMessage`, `forwardMessage`) are counted by
 * result.
 */
export function createTelegramProbe(
  options: {
    metrics?: Pick<Metrics, "countSend" | "setTelegramReachable">;
    onChange?: (state: TelegramState, previous: TelegramState) => void;
  } = {},
) {
  let state: TelegramState = "unknown";
  const settle = (next: TelegramState): void => {
    if (next === state) return;
    const previous = state;
    state = next;
    options.metrics?.setTelegramReachable(next === "ok");
    options.onChange?.(next, previous);
  };
  return {
    state: (): TelegramState => state,
    wrap(base: typeof fetch): typeof fetch {
      return async (input, init) => {
        const method = methodOf(input);
        const isSend = /^(send|copyMessage|forwardMessage)/.test(method);
        let response: Response;
        try {
          response = await base(input, init);
        } catch (error) {
          if (!init?.signal?.aborted) settle("unreachable");
          if (isSend) options.metrics?.countSend("network");
          throw error;
        }
        settle(response.status >= 500 ? "unreachable" : "ok");
        if (isSend) options.metrics?.countSend(sendResult(response.status));
        return response;
      };
    },
  };
}
export type TelegramProbe = ReturnType<typeof createTelegramProbe>;

function methodOf(input: string | URL | Request): string {
  const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
  return url.slice(url.lastIndexOf("/") + 1).split("?")[0] ?? "";
}

function sendResult(status: number): SendResult {
  if (status < 400) return "ok";
  if (status === 429 || status === 403) return status === 429 ? "429" : "403";
  return status >= 500 ? "5xx" : "4xx";
}
