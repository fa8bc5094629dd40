/** Downloads a file Telegram keeps (`getFile`'s `file_path`), refusing one larger than `maxBytes`. */
export type FileDownloader = (filePath: string, maxBytes: number) => Promise<Uint8Array>;

export class FileTooLargeError extends Error {
  override readonly name = "FileTooLargeError";
}

/**
 * The Bot API file URL is `<apiRoot>/file/bot<token>/<file_path>`; `fetch` is injectable (tests point it
 * at the fake Telegram). The body is read in chunks and abandoned once it exceeds `maxBytes`.
 */
export function createFileDownloader(options: { token: string; apiRoot?: string | undefined; fetch?: typeof fetch }): FileDownloader {
  const root = (options.apiRoot ?? "https://api.telegram.org").replace(/\/+$/, "");
  const get = options.fetch ?? fetch;
  return async (filePath, maxBytes) => {
    const response = await get(`${root}/file/bot${options.token}/${filePath}`);
    if (!response.ok) throw new Error(`file download failed: HTTP ${response.status}`);
    const declared = Number(response.headers.get("content-length") ?? "0");
    if (declared > maxBytes) throw new FileTooLargeError(`file is ${declared} bytes`);
    if (!response.body) return new Uint8Array(await response.arrayBuffer());
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.length;
      if (size > maxBytes) throw new FileTooLargeError(`file exceeds ${maxBytes} bytes`);
      chunks.push(chunk);
    }
    const bytes = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    return bytes;
  };
}
