// npm start [-- --data-dir DIR --port N --demo]
// Builds, then opens the desktop app when the Electron binary is available; otherwise says so in
// one line and starts browser mode (the same renderer and handlers over 127.0.0.1).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);

const built = spawnSync(process.execPath, [path.join(root, "build", "build.mjs")], {
  stdio: "inherit",
});
if (built.status !== 0) process.exit(built.status ?? 1);

function electronBinary() {
  try {
    const dir = path.dirname(createRequire(import.meta.url).resolve("electron/package.json"));
    const pathFile = path.join(dir, "path.txt");
    if (!fs.existsSync(pathFile)) return null;
    const exe = path.join(dir, "dist", fs.readFileSync(pathFile, "utf8").trim());
    return fs.existsSync(exe) ? exe : null;
  } catch {
    return null;
  }
}

const electron = process.env.TDKT_BROWSER_MODE ? null : electronBinary();
let child;
if (electron) {
  const rebuilt = spawnSync(
    process.execPath,
    [path.join(root, "build", "rebuild-electron.mjs"), "--if-missing"],
    { stdio: "inherit" },
  );
  if (rebuilt.status !== 0) process.exit(rebuilt.status ?? 1);
  child = spawn(electron, [root, ...args], { stdio: "inherit" });
} else {
  console.log(
    "Không có Electron trên máy này (cần Internet để tải lần đầu): chạy ở chế độ trình duyệt.",
  );
  child = spawn(
    process.execPath,
    [path.join(root, "out", "electron", "browser-main.cjs"), ...args],
    { stdio: "inherit" },
  );
}
const forward = (sig) => child.kill(sig);
process.on("SIGINT", forward);
process.on("SIGTERM", forward);
child.on("exit", (code) => process.exit(code ?? 0));
