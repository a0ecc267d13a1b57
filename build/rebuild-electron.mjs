// Makes better-sqlite3 for Electron's ABI at out/native/electron/better_sqlite3.node.
// node_modules/better-sqlite3/build stays the Node build that tests and browser mode load: the
// work happens on a copy of the package in a temporary folder.
//   --if-missing              do nothing when a binary for this target is already there (npm start)
//   --platform win32|linux    target OS (default: this machine); win32 from Linux downloads the prebuilt
//   --arch x64|arm64          target CPU (default: this machine)
//   --verbose                 show prebuild-install / node-gyp output
// Needs Internet (the prebuilt binary from GitHub, or Electron's headers to compile).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(path.join(root, "package.json"));

const { values: flags } = parseArgs({
  options: {
    "if-missing": { type: "boolean", default: false },
    platform: { type: "string", default: process.platform },
    arch: { type: "string", default: process.arch },
    verbose: { type: "boolean", default: false },
  },
});

const readJson = (file) => JSON.parse(fs.readFileSync(file, "utf8"));
const sqliteDir = path.dirname(require.resolve("better-sqlite3/package.json"));
const target = {
  platform: flags.platform,
  arch: flags.arch,
  electron: readJson(require.resolve("electron/package.json")).version,
  betterSqlite3: readJson(path.join(sqliteDir, "package.json")).version,
};
const label = `better-sqlite3 ${target.betterSqlite3} cho Electron ${target.electron} (${target.platform}-${target.arch})`;

const outDir = path.join(root, "out", "native", "electron");
const outFile = path.join(outDir, "better_sqlite3.node");
// Records what the binary was built for: a Windows build made for dist:win must not pass for
// this machine's development build.
const stampFile = path.join(outDir, "target.json");

function upToDate() {
  try {
    const stamp = readJson(stampFile);
    return fs.existsSync(outFile) && Object.entries(target).every(([k, v]) => stamp[k] === v);
  } catch {
    return false;
  }
}

if (flags["if-missing"] && upToDate()) process.exit(0);

// npm passes its config down as npm_config_*; nodedir (set on these machines for Node headers),
// target or runtime would make node-gyp build for Node instead of Electron. Keep only what
// networking needs.
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([k]) =>
      !/^npm_config_/i.test(k) ||
      /^npm_config_(https?_proxy|proxy|noproxy|cache|better_sqlite3_binary_host(_mirror)?)$/i.test(
        k,
      ),
  ),
);

function run(cmd, args, cwd) {
  const res = spawnSync(cmd, args, {
    cwd,
    env,
    stdio: flags.verbose ? "inherit" : "pipe",
    timeout: 15 * 60_000,
  });
  return res.status === 0;
}

function resolveOptional(id) {
  try {
    return require.resolve(id, { paths: [sqliteDir, root] });
  } catch {
    return null;
  }
}

/** Builds in `work` (a copy of the package) and installs the result; false when that failed. */
function buildIn(work) {
  fs.cpSync(sqliteDir, work, {
    recursive: true,
    filter: (src) =>
      !["build", "node_modules"].includes(path.relative(sqliteDir, src).split(path.sep)[0]),
  });
  const common = [`--runtime=electron`, `--target=${target.electron}`, `--arch=${target.arch}`];
  const prebuild = resolveOptional("prebuild-install/bin.js");
  const nodeGyp = resolveOptional("node-gyp/bin/node-gyp.js");
  const ok =
    (prebuild !== null &&
      run(process.execPath, [prebuild, ...common, `--platform=${target.platform}`], work)) ||
    // Compiling is only possible for this machine's OS.
    (nodeGyp !== null &&
      target.platform === process.platform &&
      run(
        process.execPath,
        [nodeGyp, "rebuild", "--release", ...common, "--dist-url=https://electronjs.org/headers"],
        work,
      ));

  const produced = path.join(work, "build", "Release", "better_sqlite3.node");
  if (!ok || !fs.existsSync(produced)) return false;
  fs.mkdirSync(outDir, { recursive: true });
  // Copy then rename: an interrupted copy never leaves a half-written binary in place.
  fs.copyFileSync(produced, `${outFile}.tmp`);
  fs.renameSync(`${outFile}.tmp`, outFile);
  fs.writeFileSync(stampFile, `${JSON.stringify(target, null, 2)}\n`);
  return true;
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-sqlite-electron-"));
let built;
try {
  built = buildIn(work);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}

if (!built) {
  console.error(
    `Không tạo được ${label}: cần kết nối Internet để tải bản dựng sẵn hoặc tệp header của Electron (chạy lại với --verbose để xem chi tiết).`,
  );
  process.exit(1);
}
console.log(`Đã tạo ${label}: ${path.relative(root, outFile)}`);
