import readline from "node:readline";
import { Writable } from "node:stream";

/**
 * A password from the terminal, typed without echo; or, when standard input
 * is not a terminal, its first line (for scripts: `echo "$PW" | npm run ...`).
 */
export async function readPassword(prompt: string): Promise<string> {
  const interactive = process.stdin.isTTY === true;
  if (interactive) process.stderr.write(prompt);
  // Echo nothing of what is typed.
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const reader = readline.createInterface({ input: process.stdin, output: silent, terminal: interactive });
  try {
    for await (const line of reader) return line;
    return "";
  } finally {
    reader.close();
    if (interactive) process.stderr.write("\n");
  }
}
