// The board's Mini App (src/board-ui) built by Vite into dist/board, served by the HTTP server at /app/.
import { fileURLToPath } from "node:url";
import preact from "@preact/preset-vite";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL("./src/board-ui", import.meta.url));

export default defineConfig({
  root,
  // Relative asset URLs: the page works under any PUBLIC_URL prefix the reverse proxy adds.
  base: "./",
  plugins: [preact()],
  logLevel: "warn",
  build: {
    outDir: fileURLToPath(new URL("./dist/board", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    reportCompressedSize: false,
  },
  server: { fs: { allow: [fileURLToPath(new URL(".", import.meta.url))] } },
});
