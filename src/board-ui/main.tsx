import { render } from "preact";
import { App } from "./app.js";
import { applyTheme, parseLaunchParams, postEvent } from "./launch.js";
import "./styles.css";

const launch = parseLaunchParams(window.location.hash);
applyTheme(launch.theme, document.documentElement);
const root = document.getElementById("board");
if (root) render(<App initData={launch.initData} languageHint={launch.languageHint} />, root);
postEvent("web_app_ready");
postEvent("web_app_expand");
