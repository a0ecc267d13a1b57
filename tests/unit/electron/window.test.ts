import * as electron from "electron";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { APP_URL } from "../../../electron/app-protocol";
import { CONTENT_SECURITY_POLICY } from "../../../electron/http/server";
import {
  createMainWindow,
  isAllowedNavigation,
  withContentSecurityPolicy,
  WINDOW_TITLE,
} from "../../../electron/window";
import { FakeBrowserWindow, type FakeElectron } from "./fake-electron";

vi.mock("electron", () => import("./fake-electron").then((m) => m.fakeElectron()));

const fake = electron as unknown as FakeElectron;
const appUrl = APP_URL;

function open(packaged: boolean) {
  fake.app.isPackaged = packaged;
  FakeBrowserWindow.instances = [];
  fake.session.defaultSession.webRequest.onHeadersReceived.mockClear();
  createMainWindow({ preload: "/opt/tdkt/preload.cjs" });
  return FakeBrowserWindow.instances[0]!;
}

describe("main window", () => {
  beforeEach(() => {
    fake.app.isPackaged = false;
  });

  it("isolates the renderer: context isolation, sandbox, no Node, web security", () => {
    const win = open(false);
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: "/opt/tdkt/preload.cjs",
    });
    expect(win.options).toMatchObject({
      title: WINDOW_TITLE,
      width: 1280,
      height: 800,
      minWidth: 1024,
      minHeight: 700,
      show: false,
    });
  });

  it("has devtools only in development", () => {
    expect(open(false).options.webPreferences.devTools).toBe(true);
    const packaged = open(true);
    expect(packaged.options.webPreferences.devTools).toBe(false);
    expect(packaged.removeMenu).toHaveBeenCalled();
  });

  it("shows itself when ready and loads the renderer from its file", () => {
    const win = open(false);
    expect(win.loadURL).toHaveBeenCalledWith("app://thidua/index.html");
    expect(win.loadFile).not.toHaveBeenCalled();
    expect(win.show).not.toHaveBeenCalled();
    win.emit("ready-to-show");
    expect(win.show).toHaveBeenCalled();
  });

  it("installs a Content-Security-Policy with no remote origin", () => {
    open(false);
    const install = fake.session.defaultSession.webRequest.onHeadersReceived;
    expect(install).toHaveBeenCalledTimes(1);
    const listener = install.mock.calls[0]![0] as (d: unknown, cb: (r: unknown) => void) => void;
    const callback = vi.fn();
    listener(
      { responseHeaders: { "content-security-policy": ["default-src *"], "x-other": ["1"] } },
      callback,
    );
    const headers = (callback.mock.calls[0]![0] as { responseHeaders: Record<string, string[]> })
      .responseHeaders;
    const csp = Object.entries(headers).filter(
      ([k]) => k.toLowerCase() === "content-security-policy",
    );
    expect(csp).toEqual([["Content-Security-Policy", [CONTENT_SECURITY_POLICY]]]);
    expect(headers["x-other"]).toEqual(["1"]);

    const sources = CONTENT_SECURITY_POLICY.split(";").flatMap((d) =>
      d.trim().split(/\s+/).slice(1),
    );
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      expect(source).not.toMatch(/^(https?:|wss?:|\*)/);
      expect(source).not.toContain("://");
    }
    expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'self'/);
    expect(CONTENT_SECURITY_POLICY).not.toContain("unsafe-eval");
  });

  it("replaces a CSP header whatever its case", () => {
    expect(
      withContentSecurityPolicy({
        "Content-Security-Policy": ["x"],
        "CONTENT-SECURITY-POLICY": ["y"],
      }),
    ).toEqual({
      "Content-Security-Policy": [CONTENT_SECURITY_POLICY],
    });
    expect(withContentSecurityPolicy(undefined)).toEqual({
      "Content-Security-Policy": [CONTENT_SECURITY_POLICY],
    });
  });

  it("prevents navigation away from the app's page", () => {
    const win = open(false);
    const navigate = (url: string) => {
      const event = { url, preventDefault: vi.fn() };
      win.webContents.emit("will-navigate", event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate("https://example.com/")).toBe(true);
    expect(navigate("http://127.0.0.1:8080/")).toBe(true);
    expect(navigate("file:///etc/passwd")).toBe(true);
    expect(navigate(`${appUrl}#/ho-so`)).toBe(false);
  });

  it("decides navigation purely from the URLs", () => {
    expect(isAllowedNavigation(appUrl, appUrl)).toBe(true);
    expect(isAllowedNavigation(`${appUrl}?x=1#/a`, appUrl)).toBe(true);
    expect(isAllowedNavigation(appUrl.replace("index.html", "other.html"), appUrl)).toBe(false);
    expect(isAllowedNavigation("https://example.com/index.html", appUrl)).toBe(false);
    expect(isAllowedNavigation("javascript:alert(1)", appUrl)).toBe(false);
    expect(isAllowedNavigation("not a url", appUrl)).toBe(false);
  });

  it("asks before a page with unsaved input is closed, and closes only if the officer agrees", () => {
    const win = open(false);
    const close = (answer: number) => {
      fake.dialog.showMessageBoxSync.mockReturnValueOnce(answer);
      const event = { preventDefault: vi.fn() };
      win.webContents.emit("will-prevent-unload", event);
      // preventDefault on this event lets the page unload after all.
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(close(0)).toBe(false);
    expect(close(1)).toBe(true);
    expect(fake.dialog.showMessageBoxSync).toHaveBeenLastCalledWith(
      win,
      expect.objectContaining({
        message: "Bỏ thay đổi chưa lưu?",
        buttons: ["Ở lại", "Bỏ thay đổi"],
        cancelId: 0,
      }),
    );
  });

  it("denies every window.open", () => {
    const win = open(false);
    const handler = win.webContents.windowOpenHandler!;
    expect(handler({ url: "https://example.com/" })).toEqual({ action: "deny" });
    expect(handler({ url: appUrl })).toEqual({ action: "deny" });
  });

  it("denies every permission request and check", () => {
    open(false);
    const ses = fake.session.defaultSession;
    const request = ses.setPermissionRequestHandler.mock.calls.at(-1)![0] as (
      ...a: unknown[]
    ) => void;
    for (const permission of [
      "media",
      "geolocation",
      "notifications",
      "openExternal",
      "clipboard-read",
    ]) {
      const callback = vi.fn();
      request({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
    }
    const check = ses.setPermissionCheckHandler.mock.calls.at(-1)![0] as (
      ...a: unknown[]
    ) => boolean;
    expect(check(null, "media", "file://", {})).toBe(false);
  });
});
