import {
  importKinds,
  importRowStatuses,
  type ImportKind,
  type ImportPreview,
} from "../../../electron/contract";
import { useApiMutation } from "../../api/hooks";
import { ImportPreviewModal, importStatusColor } from "../../components/ImportPreviewModal";

const statuses = Object.keys(importRowStatuses) as (keyof typeof importRowStatuses)[];

/** Choose a file, see every row's fate, confirm: the import then runs as one transaction. */
export function ImportModal({ kind, onClose }: { kind: ImportKind; onClose: () => void }) {
  const previewImport = useApiMutation("directory.previewImport");
  const commit = useApiMutation("directory.commitImport", {
    onSuccess: onClose,
    success: "Đã nhập dữ liệu",
  });
  const summarize = (p: ImportPreview, skipped: ReadonlySet<number>) => {
    const writable = p.rows.filter(
      (r) => (r.status === "new" || r.status === "update") && !skipped.has(r.row),
    ).length;
    return {
      badges: statuses.map((s) => ({
        text: `${importRowStatuses[s]}: ${p.counts[s] ?? 0}`,
        color: importStatusColor[s],
      })),
      note: (
        <>
          Dòng lỗi, dòng trùng, dòng không đổi và dòng bỏ chọn sẽ không được nhập; ô để trống không
          xóa dữ liệu đang có. Một bản sao lưu được tạo trước khi ghi; việc nhập ghi tất cả{" "}
          {writable} dòng đã chọn hoặc không ghi dòng nào.
        </>
      ),
      commitLabel: `Nhập ${writable} dòng đã chọn`,
      canCommit: writable > 0,
    };
  };
  return (
    <ImportPreviewModal
      title={`Nhập ${importKinds[kind].toLowerCase()} từ Excel`}
      intro={
        <>
          Chọn tệp .xlsx theo mẫu (menu Excel › Tải tệp mẫu). Ngày ghi dd/mm/yyyy; văn bản gõ bằng
          phông TCVN3 (.VnTime) hoặc VNI được tự chuyển sang Unicode. Ứng dụng sẽ cho xem trước từng
          dòng, chưa ghi gì cho đến khi bạn xác nhận.
        </>
      }
      pick={{ accept: [".xlsx", ".csv", ".xls"], title: "Chọn tệp Excel" }}
      preview={previewImport}
      onFile={(path) => previewImport.mutate({ kind, path })}
      commit={commit}
      summarize={summarize}
      table={{
        label: "Xem trước dữ liệu nhập",
        status: (r) => ({ label: importRowStatuses[r.status], color: importStatusColor[r.status] }),
        selectable: (r) => r.status === "new" || r.status === "update",
      }}
      onClose={onClose}
    />
  );
}
