import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { Backend } from "./backend";
import { parseCliOptions } from "./cli-options";
import { startHttpServer } from "./http/server";
import { createFileLogger } from "./logger";
import { findProjectRoot, resolvePaths, restrictNewFiles } from "./paths";
import { createHeadlessPlatform } from "./platform/headless-platform";

/** Try the system's way of opening a URL; silently skip where there is no desktop. */
function openInBrowser(url: string) {
  const cmd =
    process.platform === "win32"
      ? ["cmd", ["/c", "start", "", url]]
      : process.platform === "darwin"
        ? ["open", [url]]
        : ["xdg-open", [url]];
  if (process.platform === "linux" && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY)
    return false;
  try {
    const child = spawn(cmd[0] as string, cmd[1] as string[], { stdio: "ignore", detached: true });
    child.on("error", () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}

async function main() {
  const options = parseCliOptions(process.argv.slice(2));
  const root = findProjectRoot(__dirname);
  const paths = resolvePaths({ dataDir: options.dataDir, resourcesRoot: root });
  restrictNewFiles();
  const log = createFileLogger(paths.logs);
  const version = (
    JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }
  ).version;
  const backend = await Backend.start({
    paths,
    platform: createHeadlessPlatform(),
    mode: "browser",
    log,
    version,
    demo: options.demo,
  });
  const server = await startHttpServer({
    router: backend.router,
    rendererDir: paths.renderer,
    paths,
    port: options.port,
    log,
  });
  const url = `${server.url}?token=${server.token}`;
  process.stdout.write(
    `Thi đua – Khen thưởng (chế độ trình duyệt)\nDữ liệu: ${paths.dataDir}\nMở địa chỉ: ${url}\n`,
  );
  if (!options.noOpen) openInBrowser(url);
  const stop = async () => {
    await server.close();
    backend.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`Không khởi động được: ${(e as Error).message}\n`);
  process.exit(1);
});
