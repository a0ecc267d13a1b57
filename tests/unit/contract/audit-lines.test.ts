import { describe, expect, it } from "vitest";
import { changeLines } from "../../../electron/contract/audit";
import { codeLabel } from "../../../electron/contract/columns";

describe("a change as the Nhật ký writes it", () => {
  it("names the columns, reads yes/no and days, and leaves out paths, hashes and empty lists", () => {
    expect(
      changeLines({
        action: "insert",
        tableName: "documents",
        changes: [
          { field: "summary", before: null, after: "Về việc tặng Giấy khen" },
          { field: "doc_date", before: null, after: "2026-12-15" },
          { field: "fill_hash", before: null, after: "81fdff86f87cb23c" },
          { field: "file_path", before: null, after: "documents/2026/qd.docx" },
          { field: "noi_nhan", before: null, after: "[]" },
          { field: "signer_id", before: null, after: "01a23eea-e0c7" },
        ],
      }),
    ).toBe("Tóm tắt thành tích: Về việc tặng Giấy khen\nNgày văn bản: 15/12/2026");
    expect(
      changeLines({
        action: "update",
        tableName: "people",
        changes: [
          { field: "is_leader", before: 0, after: 1 },
          { field: "unit_id", before: "a", after: "b" },
        ],
      }),
    ).toBe("Lãnh đạo: Không → Có\nĐơn vị: a → b");
  });

  it("reads codes by their names, by table where the same column means different things", () => {
    expect(codeLabel("decisions", "status", "issued")).toBe("Đã ban hành");
    expect(codeLabel("documents", "state", "du_thao")).toBe("Dự thảo");
    expect(codeLabel("award_records", "recipient_kind", "ca_nhan")).toBe("Cá nhân");
    expect(codeLabel("people", "notes", "ca_nhan")).toBe("ca_nhan");
  });
});
