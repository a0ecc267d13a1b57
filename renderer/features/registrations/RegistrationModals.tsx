import {
  Alert,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useState } from "react";
import { useNavigate } from "react-router";
import {
  approvalReasonProblem,
  importRowStatuses,
  overCstdcsCap,
  registrationStatuses,
  type Registration,
  type RegistrationCapsSettings,
  type RegistrationImportPreview,
  type RegistrationStatus,
} from "../../../electron/contract";
import { call } from "../../api/client";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { DateField } from "../../components/DateField";
import { LegalBasisSelect } from "../../components/LegalBasisSelect";
import { FormActions } from "../../components/FormActions";
import {
  ImportPreviewModal,
  importStatusColor,
  labelColumn,
  rowColumn,
} from "../../components/ImportPreviewModal";
import { todayIso } from "../../lib/today";
import { signerLabel } from "../../../electron/contract/format";
import { foldVietnamese } from "../../../electron/contract";

/** The caps checked as warnings and the yearly registration deadline. */
export function CapsModal({ year, onClose }: { year: number; onClose: () => void }) {
  const settings = useApiQuery("registrations.getSettings", { year });
  return (
    <Modal opened onClose={onClose} title="Tỷ lệ và hạn đăng ký thi đua" size="lg">
      {settings.data && (
        <CapsForm
          year={year}
          caps={settings.data.caps}
          deadline={settings.data.deadline}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}

function CapsForm({
  year,
  caps,
  deadline,
  onClose,
}: {
  year: number;
  caps: RegistrationCapsSettings;
  deadline: string | null;
  onClose: () => void;
}) {
  const [cs, setCs] = useState<number | string>(caps.cstdcsPercentOfLdtt ?? "");
  const [leader, setLeader] = useState<number | string>(caps.leaderPercentBelow ?? "");
  const [leaderTitle, setLeaderTitle] = useState(caps.leaderShareTitle);
  const [date, setDate] = useState<string | null>(deadline);
  const save = useApiMutation("registrations.saveSettings", {
    success: "Đã lưu tỷ lệ và hạn đăng ký",
    onSuccess: onClose,
  });
  const num = (v: number | string) => (v === "" ? null : Number(v));
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({
          year,
          caps: {
            cstdcsPercentOfLdtt: num(cs),
            leaderPercentBelow: num(leader),
            leaderShareTitle: leaderTitle,
          },
          deadline: date,
        });
      }}
    >
      <Stack>
        <Text size="sm" c="dimmed">
          Các tỷ lệ chỉ dùng để cảnh báo khi xem bản đăng ký; để trống là không kiểm tra.
        </Text>
        <NumberInput
          label="Chiến sĩ thi đua cơ sở tối đa (% số Lao động tiên tiến của đơn vị)"
          min={0}
          max={100}
          suffix="%"
          value={cs}
          onChange={setCs}
        />
        <Group grow align="flex-end">
          <NumberInput
            label="Người giữ chức vụ lãnh đạo, quản lý phải dưới (%)"
            min={1}
            max={100}
            suffix="%"
            value={leader}
            onChange={setLeader}
          />
          <Select
            label="Tính trên số đăng ký"
            allowDeselect={false}
            data={[
              { value: "CSTDCS", label: "Chiến sĩ thi đua cơ sở" },
              { value: "LDTT", label: "Lao động tiên tiến" },
            ]}
            value={leaderTitle}
            onChange={(v) => v && setLeaderTitle(v as "CSTDCS" | "LDTT")}
          />
        </Group>
        <DateField
          label={`Hạn đơn vị nộp đăng ký thi đua năm ${year}`}
          clearable
          value={date}
          onChange={setDate}
        />
        <FormActions onCancel={onClose} saving={save.isPending} />
      </Stack>
    </form>
  );
}

/**
 * Đã nộp (with the day received), cần bổ sung (with the reason), đã duyệt (with the reason when
 * the registration is over the CSTĐCS cap), or back to chưa nộp.
 */
export function StatusModal({
  status,
  scope,
  unitName,
  receivedDate,
  warnings,
  onClose,
}: {
  status: RegistrationStatus;
  scope: { year: number; movementId: string | null; unitId: string };
  unitName: string;
  receivedDate: string | null;
  /** The registration's warnings: over the CSTĐCS cap, approving asks why. */
  warnings: Registration["warnings"];
  onClose: () => void;
}) {
  const [date, setDate] = useState<string | null>(receivedDate ?? todayIso());
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const set = useApiMutation("registrations.setStatus", {
    success: `Đã chuyển sang “${registrationStatuses[status]}”`,
    onSuccess: onClose,
  });
  const approvingOverCap = status === "da_duyet" && overCstdcsCap(warnings);
  return (
    <Modal opened onClose={onClose} title={`${unitName}: ${registrationStatuses[status]}`}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const problem = status === "da_duyet" ? approvalReasonProblem(warnings, reason) : null;
          setReasonError(problem);
          if (problem) return;
          set.mutate({
            ...scope,
            status,
            receivedDate: status === "chua_nop" ? null : date,
            reason,
          });
        }}
      >
        <Stack>
          {status !== "chua_nop" && (
            <DateField label="Ngày nhận bản đăng ký" withAsterisk value={date} onChange={setDate} />
          )}
          {status === "can_bo_sung" && (
            <Textarea
              label="Lý do cần bổ sung (báo cho đơn vị)"
              withAsterisk
              autosize
              minRows={2}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
          )}
          {approvingOverCap && (
            <>
              <Alert color="orange" icon={<IconAlertTriangle size={16} />}>
                {warnings
                  .filter((w) => w.kind === "vuot_ty_le")
                  .map((w) => w.message)
                  .join(" ")}
              </Alert>
              <Textarea
                label="Lý do duyệt vượt tỷ lệ"
                withAsterisk
                autosize
                minRows={2}
                value={reason}
                error={reasonError}
                onChange={(e) => setReason(e.currentTarget.value)}
              />
            </>
          )}
          {status === "chua_nop" && (
            <Text size="sm">Ngày nhận và lý do sẽ được xóa; nội dung đăng ký vẫn giữ nguyên.</Text>
          )}
          <FormActions onCancel={onClose} saving={set.isPending} submitLabel="Xác nhận" />
        </Stack>
      </form>
    </Modal>
  );
}

/** The unit's own file: template download, preview with reasons, then all or nothing. */
export function ImportRegistrationModal({
  scope,
  unitName,
  onClose,
}: {
  scope: { year: number; movementId: string | null; unitId: string };
  unitName: string;
  onClose: () => void;
}) {
  const previewImport = useApiMutation("registrations.previewImport");
  const commit = useApiMutation("registrations.commitImport", {
    success: "Đã nhập bản đăng ký của đơn vị",
    onSuccess: onClose,
  });
  const summarize = (p: RegistrationImportPreview) => ({
    badges: [
      { text: `${p.people} cá nhân` },
      { text: `${p.titles} danh hiệu tập thể` },
      { text: `${p.targets} chỉ tiêu` },
      ...(p.counts.duplicate
        ? [{ text: `Trùng lặp: ${p.counts.duplicate}`, color: "yellow" }]
        : []),
      ...(p.errors ? [{ text: `Lỗi: ${p.errors}`, color: "red" }] : []),
    ],
    errorRows: p.errors,
    alert: p.replaces && (
      <Alert color="orange" icon={<IconAlertTriangle size={16} />}>
        {unitName} đã có bản đăng ký; nhập tệp này sẽ thay toàn bộ nội dung cũ.
      </Alert>
    ),
    note: (
      <>
        Dòng lỗi và dòng trùng không được nhập. Một bản sao lưu được tạo trước khi ghi; bản đăng ký
        được ghi trọn vẹn hoặc không ghi gì, và chuyển sang “Đã nộp” với ngày nhận hôm nay.
      </>
    ),
    commitLabel: "Nhập bản đăng ký",
    canCommit: true,
  });
  return (
    <ImportPreviewModal
      title={`Nhập đăng ký thi đua của ${unitName}`}
      intro={
        <>
          Gửi tệp mẫu cho đơn vị; đơn vị ghi danh sách cá nhân (trang “Cá nhân”), danh hiệu tập thể
          (trang “Tập thể”) và chỉ tiêu (trang “Chỉ tiêu”). Cá nhân được đối chiếu với danh bạ của
          đơn vị theo họ tên và năm sinh. Ứng dụng cho xem trước từng dòng, chưa ghi gì cho đến khi
          bạn xác nhận.
        </>
      }
      pick={{ accept: [".xlsx"], title: "Chọn tệp đăng ký thi đua" }}
      template={() => call("registrations.importTemplate", scope)}
      preview={previewImport}
      onFile={(path) => previewImport.mutate({ ...scope, path })}
      commit={commit}
      summarize={summarize}
      table={{
        label: "Xem trước bản đăng ký",
        columns: [{ header: "Trang", w: 90, cell: (r) => r.sheet }, rowColumn, labelColumn],
        status: (r) => ({
          label: r.status === "new" ? "Hợp lệ" : importRowStatuses[r.status],
          color: importStatusColor[r.status],
        }),
        rowKey: (r) => `${r.sheet}-${r.row}`,
      }}
      onClose={onClose}
    />
  );
}

/** The office's own Đăng ký giao ước thi đua: a Công văn draft in the register. */
export function PactModal({
  year,
  movementId,
  onClose,
}: {
  year: number;
  movementId: string | null;
  onClose: () => void;
}) {
  const navigate = useNavigate();
  const profile = useApiQuery("settings.getProfile", {});
  const list = useApiQuery("registrations.list", { year, movementId });
  const signers = useApiQuery("settings.listSigners", {});
  const [unitId, setUnitId] = useState<string | null>(null);
  const [docDate, setDocDate] = useState<string | null>(todayIso());
  const [signerId, setSignerId] = useState<string | null>(null);
  const [kinhGuiTyped, setKinhGui] = useState<string | null>(null);
  const kinhGui = kinhGuiTyped ?? profile.data?.councilName ?? "";
  const [legalBasisIds, setLegalBasisIds] = useState<string[]>([]);
  const [noiNhan, setNoiNhan] = useState("Như trên");
  const own =
    unitId ??
    list.data?.rows.find(
      (r) =>
        profile.data && foldVietnamese(r.unitName) === foldVietnamese(profile.data.issuingBody),
    )?.unitId ??
    null;
  const chosenSigner =
    signerId ?? signers.data?.find((s) => s.isDefault)?.id ?? signers.data?.[0]?.id ?? null;
  const generate = useApiMutation("registrations.generatePact", {
    success: "Đã tạo bản dự thảo Đăng ký giao ước thi đua trong sổ văn bản",
    onSuccess: () => navigate("/van-ban/so"),
  });
  return (
    <Modal opened onClose={onClose} title="Đăng ký giao ước thi đua của cơ quan" size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (own && docDate && chosenSigner)
            generate.mutate({
              year,
              movementId,
              unitId: own,
              docDate,
              signerId: chosenSigner,
              kinhGui,
              legalBasisIds,
              noiNhan: noiNhan
                .split("\n")
                .map((l) => l.trim())
                .filter(Boolean),
            });
        }}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            Văn bản lấy chỉ tiêu, danh hiệu tập thể và danh sách cá nhân từ bản đăng ký của chính cơ
            quan (theo mẫu Công văn, V/v đăng ký giao ước thi đua năm {year}).
          </Text>
          <Select
            label="Bản đăng ký của cơ quan (đơn vị)"
            withAsterisk
            searchable
            data={(list.data?.rows ?? []).map((r) => ({
              value: r.unitId,
              label: `${r.unitName}${r.people ? ` (${r.people} cá nhân)` : ""}`,
            }))}
            value={own}
            onChange={setUnitId}
          />
          <TextInput
            label="Kính gửi"
            withAsterisk
            value={kinhGui}
            onChange={(e) => setKinhGui(e.currentTarget.value)}
          />
          <DateField label="Ngày văn bản" withAsterisk value={docDate} onChange={setDocDate} />
          <Select
            label="Người ký"
            allowDeselect={false}
            data={(signers.data ?? []).map((s) => ({
              value: s.id,
              label: signerLabel(s),
            }))}
            value={chosenSigner}
            onChange={setSignerId}
          />
          <LegalBasisSelect onDate={docDate} value={legalBasisIds} onChange={setLegalBasisIds} />
          <Textarea
            label="Nơi nhận (mỗi dòng một nơi; dòng “Lưu” tự thêm)"
            autosize
            minRows={2}
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
