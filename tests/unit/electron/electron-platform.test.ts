import * as electron from "electron";
import { describe, expect, it, vi } from "vitest";
import { AppError } from "../../../electron/api/errors";
import { createElectronPlatform } from "../../../electron/platform/electron-platform";
import type { FakeElectron } from "./fake-electron";

vi.mock("electron", () => import("./fake-electron").then((m) => m.fakeElectron()));

const fake = electron as unknown as FakeElectron;

describe("Electron platform", () => {
  it("opens files with the system and reveals them in the file manager", async () => {
    const platform = createElectronPlatform();
    expect(platform.kind).toBe("electron");
    await platform.openPath("/data/documents/2025/quyet-dinh.docx");
    expect(fake.shell.openPath).toHaveBeenCalledWith("/data/documents/2025/quyet-dinh.docx");
    await platform.revealInFolder("/data/documents/2025/quyet-dinh.docx");
    expect(fake.shell.showItemInFolder).toHaveBeenCalledWith(
      "/data/documents/2025/quyet-dinh.docx",
    );
  });

  it("turns shell.openPath's error string into a Vietnamese error and logs the detail", async () => {
    fake.shell.openPath.mockResolvedValueOnce("No application is associated");
    const log = { error: vi.fn(), info: vi.fn() };
    const err = await createElectronPlatform(log)
      .openPath("/data/x.docx")
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).message).toMatch(/^Không mở được tệp x\.docx/);
    expect(log.error).toHaveBeenCalledWith(expect.stringContaining("No application is associated"));
  });
});
