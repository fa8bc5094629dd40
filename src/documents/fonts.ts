import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * DejaVu Sans from the `dejavu-fonts-ttf` npm package: it covers Cyrillic and the Kazakh letters
 * ә ғ қ ң ө ұ ү һ і. Resolved through Node's module resolution, so it works from src/ (tsx), from the
 * compiled dist/ and in the Docker image (node_modules is present there, it is a production dependency).
 */
const require = createRequire(import.meta.url);

export const FONT_FILES = {
  regular: "dejavu-fonts-ttf/ttf/DejaVuSans.ttf",
  bold: "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf",
} as const;
export type FontStyle = keyof typeof FONT_FILES;

/** Absolute path of a bundled font file. */
export function fontPath(style: FontStyle): string {
  return require.resolve(FONT_FILES[style]);
}

const cache = new Map<FontStyle, Buffer>();

/** The font's bytes, read once per process. */
export function fontBytes(style: FontStyle): Buffer {
  let bytes = cache.get(style);
  if (!bytes) {
    bytes = readFileSync(fontPath(style));
    cache.set(style, bytes);
  }
  return bytes;
}
