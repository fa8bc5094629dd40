import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { FluentResource } from "@fluent/bundle";
import { localesDir } from "../../src/paths.js";

export type Locale = "kk" | "ru" | "en";

/** Runtime AST of @fluent/bundle (not exported as types). */
type Pattern = string | Array<string | Expression>;
type Expression =
  | { type: "select"; selector: Expression; variants: Array<{ key: { value: string | number }; value: Pattern }> }
  | { type: "var" | "mesg" | "term"; name: string }
  | { type: "func"; name: string; args: Expression[] }
  | { type: "str" | "num"; value: string | number };

export interface CatalogueMessage {
  id: string;
  file: string;
  /** Every text the message can produce: each variant of each select, placeables written as `{$name}`. */
  texts: string[];
}

function expressionTexts(e: Expression): string[] {
  switch (e.type) {
    case "select":
      return e.variants.flatMap((v) => patternTexts(v.value));
    case "var":
      return [`{$${e.name}}`];
    case "mesg":
    case "term":
      return [`{${e.name}}`];
    case "func":
      return e.name === "NUMBER" ? e.args.flatMap(expressionTexts) : [`{${e.name}(${e.args.flatMap(expressionTexts).join(", ")})}`];
    case "str":
    case "num":
      return [String(e.value)];
  }
}

function patternTexts(pattern: Pattern): string[] {
  if (typeof pattern === "string") return [pattern];
  let out = [""];
  for (const element of pattern) {
    const parts = typeof element === "string" ? [element] : expressionTexts(element);
    out = out.flatMap((prefix) => parts.map((part) => prefix + part));
  }
  return out;
}

/** Every message of one language, each with all the texts its variants can produce. */
export function loadCatalogue(locale: Locale): Map<string, CatalogueMessage> {
  const dir = join(localesDir(), locale);
  const messages = new Map<string, CatalogueMessage>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ftl"))) {
    const resource = new FluentResource(readFileSync(join(dir, file), "utf8")) as unknown as {
      body: Array<{ id: string; value: Pattern | null; attributes: Record<string, Pattern> }>;
    };
    for (const m of resource.body) {
      const patterns = [m.value, ...Object.values(m.attributes)].filter((p): p is Pattern => p !== null);
      messages.set(m.id, { id: m.id, file, texts: patterns.flatMap(patternTexts) });
    }
  }
  return messages;
}
