import fs from "node:fs";
import path from "node:path";
import type { Logger } from "./api/errors";

function line(level: string, message: string, detail?: unknown): string {
  let extra = "";
  if (detail !== undefined) {
    try {
      extra = ` ${detail instanceof Error ? (detail.stack ?? detail.message) : JSON.stringify(detail)}`;
    } catch {
      extra = " (chi tiết không ghi được)";
    }
  }
  return `${new Date().toISOString()} ${level} ${message}${extra}\n`;
}

/** Writes without ever throwing: a full disk or a read-only folder must not turn an error into a crash. */
function tryWrite(write: () => void): boolean {
  try {
    write();
    return true;
  } catch {
    return false;
  }
}

/**
 * Appends to logs/app-YYYY-MM-DD.log; errors also go to stderr unless quiet. Logging never
 * throws: when the log file cannot be written (disk full, folder read-only) the line goes to
 * stderr instead, and when that fails too it is dropped.
 */
export function createFileLogger(logsDir: string, opts: { quiet?: boolean } = {}): Logger {
  tryWrite(() => fs.mkdirSync(logsDir, { recursive: true }));
  const file = () => path.join(logsDir, `app-${new Date().toISOString().slice(0, 10)}.log`);
  const toStderr = (text: string) => tryWrite(() => process.stderr.write(text));
  return {
    error(message, detail) {
      const text = line("ERROR", message, detail);
      const logged = tryWrite(() => fs.appendFileSync(file(), text));
      if (!opts.quiet || !logged) toStderr(text);
    },
    info(message, detail) {
      const text = line("INFO", message, detail);
      if (!tryWrite(() => fs.appendFileSync(file(), text))) toStderr(text);
    },
  };
}
