import * as electron from "electron";
import { beforeAll, describe, expect, it } from "vitest";
import { vi } from "vitest";
import { channels, type Result } from "../../../electron/contract";
import type { FakeElectron } from "./fake-electron";

vi.mock("electron", () => import("./fake-electron").then((m) => m.fakeElectron()));

const fake = electron as unknown as FakeElectron;
type Bridge = {
  invoke(channel: unknown, input: unknown, session?: unknown): Promise<Result<unknown>>;
};
let bridge: Bridge;

beforeAll(async () => {
  await import("../../../electron/preload");
  expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, api] = fake.contextBridge.exposeInMainWorld.mock.calls[0]!;
  expect(key).toBe("bridge");
  bridge = api as Bridge;
});

describe("preload", () => {
  it("exposes only invoke", () => {
    expect(Object.keys(bridge)).toEqual(["invoke"]);
    expect(typeof bridge.invoke).toBe("function");
  });

  it("forwards a contract channel to ipcRenderer.invoke", async () => {
    fake.ipcRenderer.invoke.mockClear();
    fake.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: 42 });
    const channel = channels[0]!;
    await expect(bridge.invoke(channel, { x: 1 })).resolves.toEqual({ ok: true, value: 42 });
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith(channel, { x: 1 }, undefined);
    fake.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: 43 });
    await bridge.invoke(channel, { x: 1 }, "phien");
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(channel, { x: 1 }, "phien");
  });

  it("refuses a channel outside the allowlist without touching IPC", async () => {
    fake.ipcRenderer.invoke.mockClear();
    for (const channel of [
      "electron.shell",
      "system.nope",
      "__proto__",
      "constructor",
      "",
      42,
      null,
    ]) {
      const result = await bridge.invoke(channel, {});
      expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    }
    expect(fake.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it("turns a failed IPC call into a Result instead of throwing", async () => {
    fake.ipcRenderer.invoke.mockRejectedValueOnce(new Error("No handler registered"));
    await expect(bridge.invoke(channels[0]!, {})).resolves.toMatchObject({
      ok: false,
      error: { code: "UNAVAILABLE" },
    });
  });
});
