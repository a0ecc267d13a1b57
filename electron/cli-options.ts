export interface CliOptions {
  dataDir?: string;
  port?: number;
  demo: boolean;
  /** Browser mode: do not try to open a browser window. */
  noOpen: boolean;
}

/** --data-dir DIR, --port N, --demo, --no-open (also --data-dir=DIR forms). */
export function parseCliOptions(argv: string[]): CliOptions {
  const out: CliOptions = { demo: false, noOpen: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i];
    if (flag === "--data-dir") out.dataDir = value();
    else if (flag === "--port") {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0 || n > 65535)
        throw new Error(`--port cần một số từ 0 đến 65535`);
      out.port = n;
    } else if (flag === "--demo") out.demo = true;
    else if (flag === "--no-open") out.noOpen = true;
  }
  return out;
}
