/** Downloads a file Telegram stored (the `file_path` of getFile) and returns its bytes. */
export type DownloadFile = (filePath: string) => Promise<Buffer>;

/** A download failed; the message never carries the URL (it holds the token). */
export class FileDownloadError extends Error {
  override readonly name = "FileDownloadError";
}

/**
 * Bot API file downloads: `<apiRoot>/file/bot<token>/<file_path>` (a local Bot API server when
 * `apiRoot` is set). `fetchFn` is the transport, so tests serve bytes from the fake Telegram.
 */
export function createFileDownload(fetchFn: typeof fetch, token: string, apiRoot = "https://api.telegram.org"): DownloadFile {
  return async (filePath) => {
    let response: Response;
    try {
      response = await fetchFn(`${apiRoot}/file/bot${token}/${filePath}`);
    } catch (error) {
      throw new FileDownloadError(`download failed: ${error instanceof Error ? error.name : "error"}`);
    }
    if (!response.ok) throw new FileDownloadError(`download failed: HTTP ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  };
}
