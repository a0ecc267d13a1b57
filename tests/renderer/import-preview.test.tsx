// @vitest-environment happy-dom
// The import preview: an update shows what it changes field by field, and the rows the officer
// unticks are sent as skipRows (the commit writes only the ticked ones).
import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ImportPreview } from "../../electron/contract";
import { ImportModal } from "../../renderer/features/directory/ImportModal";
import { renderRoute } from "./render";

afterEach(cleanup);

// The file chooser (a native dialog, or an upload in browser mode) answers with a chosen file.
vi.mock("../../renderer/api/files", () => ({
  pickFile: async () => ({ path: "/du-lieu/incoming/ca-nhan.xlsx", name: "ca-nhan.xlsx" }),
  offerDownload: async () => undefined,
}));

const preview: ImportPreview = {
  token: "t1",
  kind: "people",
  fileName: "ca-nhan.xlsx",
  convertedCells: 0,
  formulaCells: 0,
  counts: { new: 1, update: 1, unchanged: 1, duplicate: 0, error: 0 },
  rows: [
    { row: 2, status: "new", label: "Lê Văn Mới", reason: "" },
    {
      row: 3,
      status: "update",
      label: "Nguyễn Văn Đức",
      reason: "Đã có trong danh bạ: đổi chức vụ",
      changes: [{ field: "Chức vụ", from: "Chuyên viên", to: "Trưởng phòng" }],
    },
    { row: 4, status: "unchanged", label: "Trần Thị Hoà", reason: "Không có gì khác: bỏ qua" },
  ],
};

describe("import preview", () => {
  it("shows an update's changes and commits only the ticked rows", async () => {
    const { calls } = renderRoute(<ImportModal kind="people" onClose={() => undefined} />, {
      path: "/",
      url: "/",
      handlers: {
        "directory.previewImport": () => preview,
        "directory.commitImport": () => ({ inserted: 0, updated: 1, backup: "b.sqlite" }),
      },
    });
    // Browser mode picks a file through an upload; here the preview comes straight back.
    await userEvent.click(await screen.findByRole("button", { name: /Chọn tệp/ }));
    const input = document.querySelector('input[type="file"]') as HTMLInputElement | null;
    if (input) await userEvent.upload(input, new File([new Uint8Array([1])], "ca-nhan.xlsx"));
    const table = await screen.findByRole("table", { name: "Xem trước dữ liệu nhập" });
    const update = within(table).getByText("Nguyễn Văn Đức").closest("tr")!;
    expect(update.textContent).toContain("Chức vụ: Chuyên viên → Trưởng phòng");
    // Only new and update rows can be ticked; the unchanged one cannot.
    expect(within(table).getAllByRole("checkbox")).toHaveLength(2);
    await userEvent.click(within(table).getByRole("checkbox", { name: "Nhập dòng 2" }));
    await userEvent.click(screen.getByRole("button", { name: "Nhập 1 dòng đã chọn" }));
    const commit = calls.find((c) => c.channel === "directory.commitImport");
    expect(commit?.input).toEqual({ token: "t1", skipRows: [2] });
  });
});
