import path from "node:path";
import { defineConfig } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../build/chromium-path.mjs";

export default defineConfig({
  testDir: path.join(__dirname, "e2e"),
  outputDir: path.join(__dirname, "..", "test-results"),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [
    ["list"],
    ["json", { outputFile: path.join(__dirname, "..", "test-results", "e2e.json") }],
  ],
  use: {
    browserName: "chromium",
    viewport: { width: 1366, height: 820 },
    locale: "vi-VN",
    launchOptions: {
      executablePath: chromiumPath() ?? undefined,
      args: chromiumArgs,
    },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
});
