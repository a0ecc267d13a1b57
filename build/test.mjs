// npm test: type-check, lint, unit + integration tests (vitest, real SQLite files), a few trials
// of the kill -9 harness, then the end-to-end tests (Playwright driving Debian's Chromium against
// browser mode). Ends with one line "N passed, N failed".
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromiumPath } from "./chromium-path.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const results = path.join(root, "test-results");
fs.mkdirSync(results, { recursive: true });
const bin = (name) => path.join(root, "node_modules", ".bin", name);

function run(title, cmd, args) {
  console.log(`\n▶ ${title}`);
  const r = spawnSync(cmd, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, FORCE_COLOR: process.env.CI ? "0" : "1" },
  });
  return r.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

/** On a fresh Debian machine where we are root, install Debian's chromium rather than fail. */
function ensureChromium() {
  if (chromiumPath()) return true;
  const isRoot = process.getuid?.() === 0;
  if (process.platform === "linux" && isRoot && fs.existsSync("/usr/bin/apt-get")) {
    console.log(
      "Chưa có Chromium cho kiểm thử giao diện: đang cài gói chromium của Debian (apt-get)…",
    );
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
    if (chromiumPath()) return true;
  }
  console.error(
    "Không tìm thấy Chromium để chạy kiểm thử giao diện. Cài Chromium (Debian/Ubuntu: sudo apt-get install chromium) " +
      "hoặc đặt biến CHROMIUM_PATH trỏ tới tệp chạy của Chromium/Chrome, rồi chạy lại npm test.",
  );
  return false;
}

let passed = 0;
let failed = 0;
const failures = [];
const step = (name, ok) => {
  if (!ok) failures.push(name);
};

step("typecheck", run("Kiểm tra kiểu (tsc)", bin("tsc"), ["-p", "tsconfig.json"]));
step("lint", run("Kiểm tra mã (eslint)", bin("eslint"), ["."]));
step(
  "format",
  run("Kiểm tra trình bày mã (prettier)", bin("prettier"), ["--check", ".", "--log-level", "warn"]),
);

const vitestJson = path.join(results, "vitest.json");
fs.rmSync(vitestJson, { force: true });
step(
  "vitest",
  run("Kiểm thử đơn vị và tích hợp (vitest)", bin("vitest"), [
    "run",
    "--config",
    "tests/vitest.config.ts",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${vitestJson}`,
  ]),
);
const v = readJson(vitestJson);
if (v) {
  passed += v.numPassedTests;
  failed += v.numFailedTests;
} else failed += 1;

const e2eJson = path.join(results, "e2e.json");
fs.rmSync(e2eJson, { force: true });
if (ensureChromium()) {
  step("build", run("Dựng ứng dụng", process.execPath, [path.join(root, "build", "build.mjs")]));
  // A few trials of the kill -9 harness (npm run crash runs 20 of each): one result per workload.
  console.log("\n▶ Kill -9 giữa chừng ghi dữ liệu (build/crash-harness.ts, 3 lần mỗi loại)");
  const crash = spawnSync(
    bin("tsx"),
    [path.join(root, "build", "crash-harness.ts"), "--trials", "3"],
    {
      cwd: root,
      encoding: "utf8",
    },
  );
  process.stdout.write(crash.stdout + crash.stderr);
  const verdicts = crash.stdout.split("\n").filter((l) => /^[✓✗] kill -9/.test(l));
  passed += verdicts.filter((l) => l.startsWith("✓")).length;
  failed += verdicts.filter((l) => l.startsWith("✗")).length + (verdicts.length ? 0 : 1);
  step("crash", crash.status === 0);
  step(
    "e2e",
    run("Kiểm thử đầu-cuối (Playwright + Chromium)", bin("playwright"), [
      "test",
      "--config",
      "tests/playwright.config.ts",
    ]),
  );
  const e = readJson(e2eJson);
  if (e) {
    passed += e.stats.expected + e.stats.flaky;
    failed += e.stats.unexpected;
  } else failed += 1;
} else {
  step("chromium", false);
  failed += 1;
}

console.log("");
if (failures.length) console.log(`Các bước chưa đạt: ${failures.join(", ")}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failures.length || failed ? 1 : 0);
