import { Modal, Select, Stack, Textarea } from "@mantine/core";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { DateField } from "../../components/DateField";
import { FormActions } from "../../components/FormActions";
import { todayIso } from "../../lib/today";

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
  const signers = useApiQuery("settings.listSigners", {});
  const [docDate, setDocDate] = useState<string | null>(todayIso());
  const [signerId, setSignerId] = useState<string | null>(null);
  const [noiNhan, setNoiNhan] = useState(defaultNoiNhan.join("\n"));
  const chosenSigner =
    signerId ?? signers.data?.find((s) => s.isDefault)?.id ?? signers.data?.[0]?.id ?? null;
  const generate = useApiMutation("movements.generatePlan", {
    success: "Đã tạo bản dự thảo Kế hoạch phát động trong sổ văn bản",
    onSuccess: () => navigate("/van-ban/so"),
  });
  return (
    <Modal opened onClose={onClose} title="Tạo Kế hoạch phát động" size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (docDate && chosenSigner)
            generate.mutate({
              id: movementId,
              docDate,
              signerId: chosenSigner,
              noiNhan: noiNhan
                .split("\n")
                .map((l) => l.trim())
                .filter(Boolean),
            });
        }}
      >
        <Stack>
          <Textarea
            label="Trích yếu"
            readOnly
            autosize
            value={/^phát động/i.test(name) ? name : `Phát động ${name}`}
          />
          <DateField label="Ngày văn bản" withAsterisk value={docDate} onChange={setDocDate} />
          <Select
            label="Người ký"
            allowDeselect={false}
            data={(signers.data ?? []).map((s) => ({
              value: s.id,
              label: `${s.fullName} – ${s.position}`,
            }))}
            value={chosenSigner}
            onChange={setSignerId}
          />
          <Textarea
            label="Nơi nhận (mỗi dòng một nơi; dòng “Lưu” tự thêm)"
            autosize
            minRows={4}
            value={noiNhan}
            onChange={(e) => setNoiNhan(e.currentTarget.value)}
          />
          <FormActions
            onCancel={onClose}
            saving={generate.isPending}
            submitLabel="Tạo bản dự thảo"
          />
        </Stack>
      </form>
    </Modal>
  );
}
