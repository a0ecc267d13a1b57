import fs from "node:fs";
import path from "node:path";
import type { Logger } from "./api/errors";

function line(level: string, message: string, detail?: unknown): string {
  const extra =
    detail === undefined
      ? ""
      : ` ${detail instanceof Error ? (detail.stack ?? detail.message) : JSON.stringify(detail)}`;
  return `${new Date().toISOString()} ${level} ${message}${extra}\n`;
}

/** Appends to logs/app-YYYY-MM-DD.log; errors also go to stderr unless quiet. */
export function createFileLogger(logsDir: string, opts: { quiet?: boolean } = {}): Logger {
  fs.mkdirSync(logsDir, { recursive: true });
  const file = () => path.join(logsDir, `app-${new Date().toISOString().slice(0, 10)}.log`);
  return {
    error(message, detail) {
      const text = line("ERROR", message, detail);
      fs.appendFileSync(file(), text);
      if (!opts.quiet) process.stderr.write(text);
    },
    info(message, detail) {
      fs.appendFileSync(file(), line("INFO", message, detail));
    },
  };
}
