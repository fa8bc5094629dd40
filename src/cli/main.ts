/** Thin process wrapper around runCli: `npm run cli -- <command> …`. */
import { runCli, cliNeedsStdin } from "./run-cli.js";

async function readStdin(): Promise<string | undefined> {
  if (process.stdin.isTTY) return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

const argv = process.argv.slice(2);
const stdin = cliNeedsStdin(argv) ? await readStdin() : undefined;
process.exitCode = await runCli(argv, {
  stdin,
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
});
