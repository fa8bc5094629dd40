import { z } from "zod";

/**
 * A typed, validated callback-data codec: `prefix:value`. Telegram limits callback data to 64 bytes.
 * `parse` never trusts the payload: anything that does not match the schema is `null`.
 */
export function defineCallback<S extends z.ZodType<string | number>>(prefix: string, schema: S) {
  const head = `${prefix}:`;
  return {
    prefix,
    filter: new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:`),
    pack(value: z.output<S>): string {
      const data = head + String(value);
      if (Buffer.byteLength(data) > 64) throw new Error(`callback data too long: ${data}`);
      return data;
    },
    parse(data: string | undefined): z.output<S> | null {
      if (!data?.startsWith(head)) return null;
      const raw = data.slice(head.length);
      const candidate = /^-?\d+$/.test(raw) && schema instanceof z.ZodNumber ? Number(raw) : raw;
      const result = schema.safeParse(candidate);
      return result.success ? result.data : null;
    },
  };
}
