// Child process of the startup.cold_ms metric: bundled with esbuild and run by a plain `node`, so
// nothing is warm (module cache, JIT, SQLite page cache of this process). Prints one JSON line.
//   node cold-start.cjs <projectRoot> <new data folder>
import "../production-env";
import { performance } from "node:perf_hooks";
import { Backend } from "../../../electron/backend";
import { createHeadlessPlatform } from "../../../electron/platform/headless-platform";
import { appVersion, benchPaths, collectingLogger } from "../helpers";

export interface ColdStartReport {
  /** Before Backend.start → first answer of system.status (new folder, migrate, seed, query). */
  coldMs: number;
  /** Process start → first answer, i.e. including node boot and loading the bundle. */
  sinceProcessStartMs: number;
  state: string;
  loggedErrors: string[];
}

async function main() {
  const [root, dataDir] = process.argv.slice(2);
  if (!root || !dataDir) throw new Error("usage: cold-start <projectRoot> <dataDir>");
  const paths = benchPaths(dataDir, root);
  const log = collectingLogger();
  const version = appVersion(root);
  const platform = createHeadlessPlatform();

  const start = performance.now();
  // The real start path, daily backup included: it runs in the background after start, and the
  // officer waits only until the first answer.
  const backend = await Backend.start({ paths, platform, mode: "browser", log, version });
  const status = await backend.router("system.status", {});
  const end = performance.now();

  if (!status.ok) throw new Error(`system.status failed: ${status.error.message}`);
  const report: ColdStartReport = {
    coldMs: end - start,
    sinceProcessStartMs: end,
    state: (status.value as { state: string }).state,
    loggedErrors: log.errors.map((e) => e.message),
  };
  await backend.startupBackup;
  backend.close();
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
