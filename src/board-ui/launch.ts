/**
 * The launch parameters Telegram puts in the URL hash when it opens a Mini App (`#tgWebAppData=…&tgWebAppThemeParams=…`).
 * Nothing here is trusted: the raw initData goes to the server, which checks its signature; the parsed user's language
 * only chooses the words of the first screen, before `/api/me` answers.
 */
export interface LaunchParams {
  /** Raw, still url-encoded initData exactly as Telegram signed it; empty when the page was opened outside Telegram. */
  initData: string;
  theme: Record<string, string>;
  /** The Telegram client's language, a hint for the first screen only. */
  languageHint: string | null;
  platform: string | null;
}

function parseJson(text: string | null): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function stringRecord(value: unknown): Record<string, string> {
  if (typeof value !== "object" || value === null) return {};
  const out: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) if (typeof item === "string" && /^[a-z_]{1,40}$/.test(key)) out[key] = item;
  return out;
}

export function parseLaunchParams(hash: string): LaunchParams {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const initData = params.get("tgWebAppData") ?? "";
  const user = parseJson(new URLSearchParams(initData).get("user"));
  const language =
    typeof user === "object" && user !== null && "language_code" in user && typeof user.language_code === "string"
      ? user.language_code
      : null;
  return {
    initData,
    theme: stringRecord(parseJson(params.get("tgWebAppThemeParams"))),
    languageHint: language,
    platform: params.get("tgWebAppPlatform"),
  };
}

/** Telegram's theme as the CSS variables its own script would set (`bg_color` → `--tg-theme-bg-color`). */
export function applyTheme(theme: Record<string, string>, root: HTMLElement): void {
  for (const [key, value] of Object.entries(theme)) {
    if (/^#[0-9a-f]{3,8}$/i.test(value)) root.style.setProperty(`--tg-theme-${key.replace(/_/g, "-")}`, value);
  }
}

interface WebviewProxy {
  postEvent(eventType: string, eventData: string): void;
}

/** Tells the Telegram client the board is ready (and may take the full height), without telegram.org's script. */
export function postEvent(eventType: "web_app_ready" | "web_app_expand", data: Record<string, unknown> = {}): void {
  const proxy = (window as unknown as { TelegramWebviewProxy?: WebviewProxy }).TelegramWebviewProxy;
  const payload = JSON.stringify(data);
  if (proxy) proxy.postEvent(eventType, payload);
  else if (window.parent !== window) window.parent.postMessage(JSON.stringify({ eventType, eventData: data }), "https://web.telegram.org");
}
