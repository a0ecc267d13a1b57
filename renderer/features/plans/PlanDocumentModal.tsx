import { useNavigate } from "react-router";
import { useApiMutation } from "../../api/hooks";
import { DocumentFieldsModal, useDocumentFields } from "../documents/DocumentFields";

const defaultNoiNhan = [
  "Ban Thi đua – Khen thưởng tỉnh",
  "Thường trực Huyện ủy",
  "Chủ tịch, các Phó Chủ tịch UBND huyện",
  "Các cơ quan, đơn vị, UBND các xã, thị trấn",
];

/** Generate the year plan as a Kế hoạch: a draft in the register, issued from there. */
export function PlanDocumentModal({ year, onClose }: { year: number; onClose: () => void }) {
  const navigate = useNavigate();
  const fields = useDocumentFields({ noiNhan: defaultNoiNhan });
  const generate = useApiMutation("plans.generateDocument", {
    success: "Đã tạo bản dự thảo Kế hoạch trong sổ văn bản",
    onSuccess: () => navigate("/van-ban/so"),
  });
  return (
    <DocumentFieldsModal
      title={`Tạo văn bản Kế hoạch năm ${year}`}
      state={fields}
      withNoiNhan
      submitLabel="Tạo bản dự thảo"
      saving={generate.isPending}
      onClose={onClose}
      onSubmit={(v) => generate.mutate({ year, ...v })}
    />
  );
}
