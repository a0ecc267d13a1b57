import type { IpcMainInvokeEvent } from "electron";
import { describe, expect, it, vi } from "vitest";
import type { Router } from "../../../electron/api/router";
import { channels } from "../../../electron/contract";
import {
  FORBIDDEN_RESULT,
  isTrustedSenderUrl,
  registerIpc,
  trustedSender,
} from "../../../electron/ipc/register";

vi.mock("electron", () => import("./fake-electron").then((m) => m.fakeElectron()));

const appUrl = "file:///opt/tdkt/resources/app.asar/out/renderer/index.html";
type Handler = (event: IpcMainInvokeEvent, input: unknown, session?: unknown) => Promise<unknown>;

function setup() {
  const handlers = new Map<string, Handler>();
  const ipcMain = {
    handle: vi.fn((channel: string, fn: Handler) => void handlers.set(channel, fn)),
  };
  const router = vi.fn<Router>(async (_channel, input) => ({ ok: true, value: input }));
  registerIpc(ipcMain, router, trustedSender(appUrl));
  const event = (url: string | null) =>
    ({ senderFrame: url === null ? null : { url } }) as unknown as IpcMainInvokeEvent;
  return { ipcMain, handlers, router, event };
}

describe("IPC registration", () => {
  it("registers exactly the contract's channels, once each", () => {
    const { ipcMain } = setup();
    const registered = ipcMain.handle.mock.calls.map((c) => c[0]);
    expect(registered.length).toBe(channels.length);
    expect([...registered].sort()).toEqual([...channels].sort());
  });

  it("passes a trusted call to the router and returns its Result", async () => {
    const { handlers, router, event } = setup();
    const channel = channels[0]!;
    const result = await handlers.get(channel)!(event(`${appUrl}#/cai-dat`), { a: 1 }, "phien");
    // The signed-in session's token rides beside the input.
    expect(router).toHaveBeenCalledWith(channel, { a: 1 }, "phien");
    expect(result).toEqual({ ok: true, value: { a: 1 } });
    await handlers.get(channel)!(event(`${appUrl}#/cai-dat`), { a: 1 }, { not: "a token" });
    expect(router).toHaveBeenLastCalledWith(channel, { a: 1 }, undefined);
  });

  it("refuses an untrusted sender without calling the router", async () => {
    const { handlers, router, event } = setup();
    const handler = handlers.get(channels[0]!)!;
    for (const url of [
      "https://evil.example/",
      "file:///tmp/evil.html",
      "http://127.0.0.1:5173/index.html",
      "",
      null,
    ]) {
      expect(await handler(event(url), {})).toEqual(FORBIDDEN_RESULT);
    }
    expect(router).not.toHaveBeenCalled();
    expect(FORBIDDEN_RESULT).toEqual({
      ok: false,
      error: { code: "FORBIDDEN", message: "Yêu cầu bị từ chối." },
    });
  });
});

describe("isTrustedSenderUrl", () => {
  it("accepts only the app's own page over app://", () => {
    const page = "app://thidua/index.html";
    expect(isTrustedSenderUrl(page, page)).toBe(true);
    expect(isTrustedSenderUrl(`${page}#/ho-so`, page)).toBe(true);
    expect(isTrustedSenderUrl("app://thidua/other.html", page)).toBe(false);
    expect(isTrustedSenderUrl("app://evil/index.html", page)).toBe(false);
    expect(isTrustedSenderUrl("file:///opt/tdkt/index.html", page)).toBe(false);
    expect(isTrustedSenderUrl("https://thidua/index.html", page)).toBe(false);
  });

  it("accepts only the app's own index.html over file://", () => {
    expect(isTrustedSenderUrl(appUrl, appUrl)).toBe(true);
    expect(isTrustedSenderUrl(`${appUrl}?q=1#/a/b`, appUrl)).toBe(true);
    expect(isTrustedSenderUrl(appUrl.replace("index.html", "x.html"), appUrl)).toBe(false);
    expect(
      isTrustedSenderUrl(
        "file://remote-host/opt/tdkt/resources/app.asar/out/renderer/index.html",
        appUrl,
      ),
    ).toBe(false);
    expect(
      isTrustedSenderUrl("https://opt/tdkt/resources/app.asar/out/renderer/index.html", appUrl),
    ).toBe(false);
    expect(isTrustedSenderUrl(undefined, appUrl)).toBe(false);
    expect(isTrustedSenderUrl("::", appUrl)).toBe(false);
  });

  it("copes with Windows drive letters and Vietnamese folder names", () => {
    const win =
      "file:///C:/Users/Nguy%E1%BB%85n/AppData/Local/Programs/tdkt/resources/app.asar/out/renderer/index.html";
    expect(isTrustedSenderUrl(win.replace("file:///C:", "file:///c:"), win)).toBe(true);
    expect(isTrustedSenderUrl(win.replace("Nguy%E1%BB%85n", "Nguyễn"), win)).toBe(true);
    expect(isTrustedSenderUrl(win.replace("Nguy%E1%BB%85n", "Nguyen"), win)).toBe(false);
  });
});
