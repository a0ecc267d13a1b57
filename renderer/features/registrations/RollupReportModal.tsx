import { TextInput } from "@mantine/core";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useApiMutation } from "../../api/hooks";
import { DocumentFieldsModal, useDocumentFields } from "../documents/DocumentFields";

const defaultNoiNhan = ["Như trên", "Chủ tịch, các Phó Chủ tịch UBND huyện"];

/**
 * The roll-up sent upward as a Báo cáo: a draft in the register with its number, date and signer,
 * the table of every unit's registration in its body.
 */
export function RollupReportModal({
  year,
  movementId,
  onClose,
}: {
  year: number;
  movementId: string | null;
  onClose: () => void;
}) {
  const navigate = useNavigate();
  // The office reports its own roll-up: its head signs unless the officer picks another.
  const fields = useDocumentFields({ noiNhan: defaultNoiNhan, prefer: "office" });
  const [kinhGui, setKinhGui] = useState("Ban Thi đua - Khen thưởng tỉnh");
  const generate = useApiMutation("registrations.generateRollupReport", {
    success: "Đã tạo bản dự thảo Báo cáo kết quả đăng ký thi đua trong sổ văn bản",
    onSuccess: () => navigate("/van-ban/so"),
  });
  return (
    <DocumentFieldsModal
      title={`Báo cáo kết quả đăng ký thi đua năm ${year} gửi cấp trên`}
      state={fields}
      withNoiNhan
      afterDate={
        <TextInput
          label="Kính gửi"
          withAsterisk
          value={kinhGui}
          onChange={(e) => setKinhGui(e.currentTarget.value)}
        />
      }
      submitLabel="Tạo bản dự thảo"
      saving={generate.isPending}
      onClose={onClose}
      onSubmit={(v) => generate.mutate({ year, movementId, kinhGui, ...v })}
    />
  );
}
