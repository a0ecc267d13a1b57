// The built app in browser mode, driven by Chromium: what the ui.* metrics measure. The backend is
// its own process (out/electron/browser-main.cjs, as `npm start` runs it), so its memory is its own.
import { execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { startBrowserMode } from "../browser-mode";
import { chromiumArgs, chromiumPath } from "../chromium-path.mjs";
import { Backend } from "../../electron/backend";
import { createHeadlessPlatform } from "../../electron/platform/headless-platform";
import {
  appVersion,
  assertNoLoggedErrors,
  benchPaths,
  collectingLogger,
  projectRoot,
} from "./helpers";
import { generateDirectory } from "./metrics/directory";

/** The demo office with the directory benchmark's district on top: 500 units, 50,000 people. */
export async function prepareDistrict(dataDir: string): Promise<void> {
  const log = collectingLogger();
  const backend = await Backend.start({
    paths: benchPaths(dataDir),
    platform: createHeadlessPlatform(),
    mode: "browser",
    log,
    version: appVersion(),
    demo: true,
  });
  try {
    // Today's backup is done here, so the app's own start does not compete with the measurements.
    await backend.startupBackup;
    generateDirectory(backend, "bench");
    assertNoLoggedErrors(log, "district");
  } finally {
    backend.close();
  }
}

export interface RunningApp {
  /** The address with the per-run token, as `npm start` prints it. */
  url: string;
  pid: number;
  /** The backend process's resident memory now, in MB. */
  rssMb(): number;
  stop(): Promise<void>;
}

function builtFile(...parts: string[]): string {
  const file = path.join(projectRoot(), "out", ...parts);
  if (!fs.existsSync(file))
    throw new Error(`${path.relative(projectRoot(), file)} is missing: run node build/build.mjs`);
  return file;
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/** Resident set size of a process in MB (Linux /proc; elsewhere `ps`). */
export function rssMb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    if (kb) return Number(kb) / 1024;
  } catch {
    // not Linux: fall through
  }
  return (
    Number(
      execFileSync("ps", ["-o", "rss=", "-p", String(pid)])
        .toString()
        .trim(),
    ) / 1024
  );
}

/** Starts the built browser-mode backend on a free port over `dataDir`. */
export async function startApp(dataDir: string): Promise<RunningApp> {
  builtFile("renderer", "index.html");
  // NODE_ENV=production (set by production-env.ts) is inherited: the app as shipped.
  const { child, url: started } = startBrowserMode({
    mainFile: builtFile("electron", "browser-main.cjs"),
    dataDir,
  });
  try {
    const url = await started;
    const pid = child.pid!;
    return { url, pid, rssMb: () => rssMb(pid), stop: () => stopChild(child) };
  } catch (e) {
    await stopChild(child);
    throw e;
  }
}

/** Debian's Chromium with the flags the end-to-end tests use (tests/playwright.config.ts). */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("no Chromium found: install chromium or set CHROMIUM_PATH");
  return chromium.launch({
    executablePath,
    args: chromiumArgs,
  });
}
