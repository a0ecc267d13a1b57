import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { metric, type MetricGroup } from "../define";
import { now, projectRoot } from "../helpers";

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    // The suite's own output goes to stderr: stdout carries only the metric lines.
    const child = spawn(cmd, args, { cwd: projectRoot(), env, stdio: ["ignore", 2, 2] });
    child.on("error", reject);
    child.on("close", (code) => resolve(code ?? 1));
  });
}

/** The whole Playwright suite, as `npm run test:e2e` runs it; its wall time is the figure. */
export const testsMetrics: MetricGroup[] = [
  metric({ name: "tests.e2e_s", unit: "s", target: 240 }, async () => {
    const root = projectRoot();
    // The tests' own build (development: the router checks outputs), not the bench's production one.
    const env = { ...process.env, NODE_ENV: undefined, FORCE_COLOR: "0" };
    if ((await run(process.execPath, [path.join(root, "build", "build.mjs")], env)) !== 0)
      throw new Error("build for the end-to-end tests failed");
    const bin = path.join(root, "node_modules", ".bin", "playwright");
    const start = now();
    const code = await run(bin, ["test", "--config", "tests/playwright.config.ts"], env);
    const seconds = (now() - start) / 1000;
    const report = path.join(root, "test-results", "e2e.json");
    const stats = fs.existsSync(report)
      ? (JSON.parse(fs.readFileSync(report, "utf8")) as { stats?: Record<string, number> }).stats
      : undefined;
    console.error(
      `  tests.e2e_s: ${seconds.toFixed(1)} s, ${stats?.expected ?? "?"} passed, ${stats?.unexpected ?? "?"} failed, ${stats?.flaky ?? 0} flaky`,
    );
    // A suite that fails may stop early: its time says nothing.
    if (code !== 0)
      throw new Error(`the end-to-end suite failed (${stats?.unexpected ?? "?"} test(s))`);
    return seconds;
  }),
];
