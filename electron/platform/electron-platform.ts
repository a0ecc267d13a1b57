import { BrowserWindow, dialog, shell } from "electron";
import { execFile } from "node:child_process";
import path from "node:path";
import { AppError, type Logger } from "../api/errors";
import type { Platform } from "./platform";

export function createElectronPlatform(log?: Logger): Platform {
  const platform: Platform = {
    kind: "electron",
    async openPath(file) {
      // shell.openPath reports failure as a non-empty string rather than a rejection.
      const failure = await shell.openPath(file);
      if (failure) {
        log?.error(`openPath ${file}: ${failure}`);
        throw new AppError(
          "UNAVAILABLE",
          `Không mở được tệp ${path.basename(file)}. Hãy kiểm tra máy đã cài phần mềm mở được loại tệp này (ví dụ Microsoft Word).`,
        );
      }
    },
    async revealInFolder(target) {
      shell.showItemInFolder(target);
    },
    async chooseOpenFile({ title, extensions }) {
      const options = {
        title,
        properties: ["openFile" as const],
        filters: [{ name: extensions.map((e) => `.${e}`).join(", "), extensions }],
      };
      const owner = BrowserWindow.getFocusedWindow();
      const result = owner
        ? await dialog.showOpenDialog(owner, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFolder({ title }) {
      const options = { title, properties: ["openDirectory" as const, "createDirectory" as const] };
      const owner = BrowserWindow.getFocusedWindow();
      const result = owner
        ? await dialog.showOpenDialog(owner, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async printPath(file) {
      if (process.platform !== "win32") {
        // macOS and Linux have no print verb for .docx: open it to print from the office suite.
        await platform.openPath(file);
        return;
      }
      const quoted = `'${file.replace(/'/g, "''")}'`;
      await new Promise<void>((resolve, reject) => {
        execFile(
          "powershell.exe",
          [
            "-NoProfile",
            "-NonInteractive",
            "-Command",
            `Start-Process -FilePath ${quoted} -Verb Print`,
          ],
          { windowsHide: true, timeout: 60_000 },
          (err) => {
            if (!err) return resolve();
            log?.error(`printPath ${file}: ${err.message}`);
            reject(
              new AppError(
                "UNAVAILABLE",
                `Không in được tệp ${path.basename(file)}. Hãy mở bằng Word rồi in từ đó.`,
              ),
            );
          },
        );
      });
    },
  };
  return platform;
}
