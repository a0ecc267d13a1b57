import { spawn } from "node:child_process";
import path from "node:path";
import { build } from "esbuild";
import type { ColdStartReport } from "../children/cold-start";
import { metric, type MetricGroup } from "../define";
import { makeTempDir, median, projectRoot, removeDir } from "../helpers";

const RUNS = 5;
const CHILD_TIMEOUT_MS = 60_000;

/** Bundle the child like the app's own Node side (build/build.mjs): CJS, better-sqlite3 external. */
async function bundleChild(outDir: string): Promise<string> {
  const outfile = path.join(outDir, "cold-start.cjs");
  await build({
    entryPoints: [path.join(__dirname, "..", "children", "cold-start.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    external: ["electron", "better-sqlite3"],
    logLevel: "warning",
  });
  return outfile;
}

function runChild(bundle: string, dataDir: string): Promise<ColdStartReport> {
  const root = projectRoot();
  return new Promise((resolve, reject) => {
    // A plain node (no tsx loader); the bundle lives in a temp folder, so better-sqlite3 is found
    // through NODE_PATH.
    const child = spawn(process.execPath, [bundle, root, dataDir], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        NODE_PATH: path.join(root, "node_modules"),
      },
      stdio: ["ignore", "pipe", "pipe"],
      timeout: CHILD_TIMEOUT_MS,
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (err += c.toString()));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (code !== 0) {
        return reject(new Error(`cold-start child exited with ${code ?? signal}: ${err.trim()}`));
      }
      const last = out.trim().split("\n").at(-1) ?? "";
      try {
        resolve(JSON.parse(last) as ColdStartReport);
      } catch {
        reject(new Error(`cold-start child printed no report: ${out.trim()} ${err.trim()}`));
      }
    });
  });
}

/** Runs of the last measurement, for the curious (printed on stderr by the metric). */
export const coldStartRuns: ColdStartReport[] = [];

export const startupMetrics: MetricGroup[] = [
  metric({ name: "startup.cold_ms", unit: "ms", target: 300 }, async () => {
    const work = makeTempDir("startup");
    try {
      const bundle = await bundleChild(work);
      coldStartRuns.length = 0;
      for (let i = 0; i < RUNS; i++) {
        // Each run in a folder that does not exist yet: Backend.start creates, migrates and seeds it.
        const report = await runChild(bundle, path.join(work, `data-${i}`));
        if (report.loggedErrors.length) {
          throw new Error(`cold start logged errors: ${report.loggedErrors.join("; ")}`);
        }
        if (report.state !== "needs_setup") {
          throw new Error(
            `cold start: expected a new data folder (needs_setup), got ${report.state}`,
          );
        }
        coldStartRuns.push(report);
      }
      const runs = coldStartRuns.map((r) => r.coldMs.toFixed(1)).join(", ");
      const sinceStart = coldStartRuns.map((r) => r.sinceProcessStartMs.toFixed(0)).join(", ");
      console.error(`  startup.cold_ms runs: ${runs} ms (since process start: ${sinceStart} ms)`);
      return median(coldStartRuns.map((r) => r.coldMs));
    } finally {
      removeDir(work);
    }
  }),
];
