import { BrowserWindow, dialog, shell } from "electron";
import path from "node:path";
import { AppError, type Logger } from "../api/errors";
import type { Platform } from "./platform";

export function createElectronPlatform(log?: Logger): Platform {
  return {
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
  };
}
