import { test as base, expect, type Page } from "@playwright/test";
import type { ChildProcess } from "node:child_process";
import { startBrowserMode } from "../../build/browser-mode";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "..", "..");
export const screenshotsDir = path.join(root, "test-results", "screenshots");

export interface RunningApp {
  url: string;
  origin: string;
  dataDir: string;
  /** Every URL the page requested. */
  requests: string[];
  restart(): Promise<void>;
}

async function startServer(
  dataDir: string,
  extraArgs: string[],
): Promise<{ child: ChildProcess; url: string }> {
  const { child, url } = startBrowserMode({
    mainFile: path.join(root, "out", "electron", "browser-main.cjs"),
    dataDir,
    args: extraArgs,
  });
  return { child, url: await url };
}

function stop(child: ChildProcess) {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

interface Options {
  demo: boolean;
  /** Prepare the data folder before the server starts (e.g. damage the database). Wrapped in an
   * object because Playwright would take a bare function for a fixture. */
  prepareDataDir: { run(dir: string): void } | null;
}

interface WorkerFixtures {
  /** A data folder the demo dataset was loaded into, made once per worker on first use. */
  demoTemplate: { dir(): Promise<string> };
}

export const test = base.extend<Options & { app: RunningApp }, WorkerFixtures>({
  demo: [false, { option: true }],
  prepareDataDir: [null, { option: true }],
  // Loading the demo dataset takes seconds; each demo test starts from a copy of one loaded
  // folder instead (the server then finds setup completed and loads nothing again).
  demoTemplate: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function names
    async ({}, use) => {
      let made: Promise<string> | null = null;
      let dir = "";
      await use({
        dir() {
          made ??= (async () => {
            dir = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-e2e-demo-"));
            const server = await startServer(dir, ["--demo"]);
            await stop(server.child);
            return dir;
          })();
          return made;
        },
      });
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    },
    { scope: "worker" },
  ],
  // auto: every test gets its own server and fresh data folder, even if it never names `app`.
  app: [
    async ({ page, demo, prepareDataDir, demoTemplate }, use) => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-e2e-"));
      if (demo) fs.cpSync(await demoTemplate.dir(), dataDir, { recursive: true });
      prepareDataDir?.run(dataDir);
      const args = demo ? ["--demo"] : [];
      let server = await startServer(dataDir, args);
      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      const app: RunningApp = {
        url: server.url,
        origin: new URL(server.url).origin,
        dataDir,
        requests,
        async restart() {
          await stop(server.child);
          server = await startServer(dataDir, args);
          app.url = server.url;
          app.origin = new URL(server.url).origin;
        },
      };
      await page.goto(app.url);
      await use(app);
      await stop(server.child);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
    { auto: true },
  ],
});

export { expect };

export async function snap(page: Page, name: string) {
  fs.mkdirSync(screenshotsDir, { recursive: true });
  // Transitions (a dialog fading in) are finished first: the picture shows where they end.
  await page.screenshot({
    path: path.join(screenshotsDir, `${name}.png`),
    fullPage: true,
    animations: "disabled",
  });
}
