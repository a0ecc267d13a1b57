import { Textarea } from "@mantine/core";
import { useNavigate } from "react-router";
import { useApiMutation } from "../../api/hooks";
import { DocumentFieldsModal, useDocumentFields } from "../documents/DocumentFields";

const defaultNoiNhan = [
  "Ban Thi đua – Khen thưởng tỉnh",
  "Thường trực Huyện ủy",
  "Chủ tịch, các Phó Chủ tịch UBND huyện",
  "Các cơ quan, ban, ngành, đoàn thể huyện",
  "UBND các xã, thị trấn",
];

/** The movement's Kế hoạch phát động: a draft in the register, issued from there. */
export function MovementPlanModal({
  movementId,
  name,
  onClose,
}: {
  movementId: string;
  name: string;
  onClose: () => void;
}) {
  const navigate = useNavigate();
  const fields = useDocumentFields({ noiNhan: defaultNoiNhan });
  const generate = useApiMutation("movements.generatePlan", {
    success: "Đã tạo bản dự thảo Kế hoạch phát động trong sổ văn bản",
    onSuccess: () => navigate("/van-ban/so"),
  });
  return (
    <DocumentFieldsModal
      title="Tạo Kế hoạch phát động"
      size="lg"
      state={fields}
      withNoiNhan
      submitLabel="Tạo bản dự thảo"
      saving={generate.isPending}
      onClose={onClose}
      onSubmit={(v) => generate.mutate({ id: movementId, ...v })}
    >
      <Textarea
        label="Trích yếu"
        readOnly
        autosize
        value={/^phát động/i.test(name) ? name : `Phát động ${name}`}
      />
    </DocumentFieldsModal>
  );
}
