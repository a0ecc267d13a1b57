// Starts the built browser-mode backend (out/electron/browser-main.cjs) as its own process and
// waits for the address it prints: shared by the end-to-end tests and the UI benchmark.
import { spawn, type ChildProcess } from "node:child_process";

export function startBrowserMode(opts: {
  /** The built out/electron/browser-main.cjs. */
  mainFile: string;
  dataDir: string;
  args?: string[];
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}): { child: ChildProcess; url: Promise<string> } {
  const child = spawn(
    process.execPath,
    [opts.mainFile, "--data-dir", opts.dataDir, "--port", "0", "--no-open", ...(opts.args ?? [])],
    { stdio: ["ignore", "pipe", "pipe"], env: opts.env ?? process.env },
  );
  const url = new Promise<string>((resolve, reject) => {
    let out = "";
    const timer = setTimeout(
      () => reject(new Error(`app did not start: ${out}`)),
      opts.timeoutMs ?? 30_000,
    );
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /Mở địa chỉ: (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`app exited with ${code}: ${out}`));
    });
  });
  return { child, url };
}
