import { app, BrowserWindow, dialog, session, type Session } from "electron";
import { APP_URL } from "./app-protocol";
import { CONTENT_SECURITY_POLICY } from "./http/server";
import { isTrustedSenderUrl } from "./ipc/register";

export const WINDOW_TITLE = "Thi đua – Khen thưởng";

export interface MainWindowOptions {
  /** out/electron/preload.cjs */
  preload: string;
}

/** The app is one page: the only navigation allowed is (re)loading that page. */
export function isAllowedNavigation(url: string, appUrl: string): boolean {
  return isTrustedSenderUrl(url, appUrl);
}

/** Replaces any CSP a response carries (whatever the header's case) with the app's own. */
export function withContentSecurityPolicy(
  headers: Record<string, string[]> | undefined,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== "content-security-policy") out[name] = value;
  }
  out["Content-Security-Policy"] = [CONTENT_SECURITY_POLICY];
  return out;
}

/**
 * Session-wide guards. The app:// handler sends the policy with every file and index.html carries
 * it in a <meta> tag; this header covers anything else.
 */
export function hardenSession(ses: Session): void {
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
  // The app needs no camera, microphone, notifications, geolocation… ever.
  ses.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
}

export function createMainWindow(opts: MainWindowOptions): BrowserWindow {
  const devTools = !app.isPackaged;
  const appUrl = APP_URL;
  hardenSession(session.defaultSession);

  const win = new BrowserWindow({
    title: WINDOW_TITLE,
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    backgroundColor: "#ffffff",
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: opts.preload,
      devTools,
      // Chromium would fetch spelling dictionaries from the Internet; the app stays offline.
      spellcheck: false,
    },
  });
  // The default menu is English and offers reload/devtools; officers get neither.
  if (!devTools) win.removeMenu();

  win.once("ready-to-show", () => win.show());
  win.webContents.on("will-navigate", (event) => {
    if (!isAllowedNavigation(event.url, appUrl)) event.preventDefault();
  });
  win.webContents.setWindowOpenHandler(() => ({ action: "deny" }));
  // A page with input not saved yet holds the close back (beforeunload); Electron would then
  // refuse to close without a word, so the officer is asked here, as on the page itself.
  win.webContents.on("will-prevent-unload", (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: "question",
      title: WINDOW_TITLE,
      message: "Bỏ thay đổi chưa lưu?",
      detail:
        "Trên trang đang mở có nội dung vừa nhập nhưng chưa lưu. Nếu đóng, nội dung đó sẽ mất.",
      buttons: ["Ở lại", "Bỏ thay đổi"],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    if (choice === 1) event.preventDefault();
  });

  void win.loadURL(appUrl);
  return win;
}
