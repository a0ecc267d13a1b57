import type { AwardImportPreview } from "../../../electron/contract";
import { useApiMutation } from "../../api/hooks";
import { ImportPreviewModal, importStatusColor } from "../../components/ImportPreviewModal";

const statusLabel = { new: "Thêm mới", duplicate: "Đã có, bỏ qua", error: "Lỗi" } as const;
const statuses = ["new", "duplicate", "error"] as const;

/**
 * Award history from .xlsx: every row's fate first, then one transaction; a file with any
 * error row is not imported at all.
 */
export function AwardImportModal({ onClose }: { onClose: () => void }) {
  const previewImport = useApiMutation("awards.previewImport");
  const commit = useApiMutation("awards.commitImport", {
    onSuccess: onClose,
    success: "Đã nhập vào sổ khen thưởng",
  });
  const summarize = (p: AwardImportPreview) => ({
    badges: statuses.map((s) => ({
      text: `${statusLabel[s]}: ${p.counts[s]}`,
      color: importStatusColor[s],
    })),
    errorRows: p.counts.error,
    note: (
      <>
        Dòng lỗi và dòng trùng không được nhập. Một bản sao lưu được tạo trước khi ghi; việc nhập
        ghi tất cả {p.counts.new} dòng mới hoặc không ghi dòng nào.
      </>
    ),
    commitLabel: `Nhập ${p.counts.new} dòng`,
    canCommit: p.counts.new > 0,
  });
  return (
    <ImportPreviewModal
      title="Nhập sổ khen thưởng từ Excel"
      intro={
        <>
          Chọn tệp .xlsx theo mẫu (nút Excel › Tải tệp mẫu): mỗi dòng một lần được khen thưởng. Cá
          nhân, hộ gia đình phải có trong danh bạ; ngày ghi dd/mm/yyyy. Ứng dụng cho xem trước từng
          dòng, chưa ghi gì cho đến khi bạn xác nhận.
        </>
      }
      pick={{ accept: [".xlsx", ".csv", ".xls"], title: "Chọn tệp Excel" }}
      preview={previewImport}
      onFile={(path) => previewImport.mutate({ path })}
      commit={commit}
      summarize={summarize}
      table={{
        label: "Xem trước dữ liệu nhập",
        status: (r) => ({ label: statusLabel[r.status], color: importStatusColor[r.status] }),
      }}
      onClose={onClose}
    />
  );
}
