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

  it("asks for a file with the native open dialog, filtered by extension, and reports a cancel as null", async () => {
    const platform = createElectronPlatform();
    fake.dialog.showOpenDialog.mockResolvedValueOnce({
      canceled: false,
      filePaths: ["/home/can-bo/ds.xlsx"],
    });
    expect(
      await platform.chooseOpenFile({ title: "Chọn tệp Excel", extensions: ["xlsx", "xls"] }),
    ).toBe("/home/can-bo/ds.xlsx");
    const options = fake.dialog.showOpenDialog.mock.calls[0]!.at(-1) as {
      title: string;
      filters: { extensions: string[] }[];
    };
    expect(options.title).toBe("Chọn tệp Excel");
    expect(options.filters[0]!.extensions).toEqual(["xlsx", "xls"]);
    expect(await platform.chooseOpenFile({ title: "Chọn", extensions: ["docx"] })).toBeNull();
  });
});
