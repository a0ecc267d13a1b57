import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  ScrollArea,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
} from "@mantine/core";
import { IconAlertTriangle, IconDownload, IconFileUpload } from "@tabler/icons-react";
import { useState } from "react";
import { useNavigate } from "react-router";
import {
  importRowStatuses,
  registrationStatuses,
  type RegistrationCapsSettings,
  type RegistrationImportPreview,
  type RegistrationStatus,
} from "../../../electron/contract";
import { offerDownload, pickFile } from "../../api/files";
import { notifyError, useApiMutation, useApiQuery } from "../../api/hooks";
import { DateField } from "../../components/DateField";
import { FormActions } from "../../components/FormActions";
import { todayIso } from "../../lib/today";
import { fold } from "./labels";

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

/** Đã nộp (with the day received), cần bổ sung (with the reason), đã duyệt, or back to chưa nộp. */
export function StatusModal({
  status,
  scope,
  unitName,
  receivedDate,
  onClose,
}: {
  status: RegistrationStatus;
  scope: { year: number; movementId: string | null; unitId: string };
  unitName: string;
  receivedDate: string | null;
  onClose: () => void;
}) {
  const [date, setDate] = useState<string | null>(receivedDate ?? todayIso());
  const [reason, setReason] = useState("");
  const set = useApiMutation("registrations.setStatus", {
    success: `Đã chuyển sang “${registrationStatuses[status]}”`,
    onSuccess: onClose,
  });
  return (
    <Modal opened onClose={onClose} title={`${unitName}: ${registrationStatuses[status]}`}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
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
          {status === "chua_nop" && (
            <Text size="sm">Ngày nhận và lý do sẽ được xóa; nội dung đăng ký vẫn giữ nguyên.</Text>
          )}
          <FormActions onCancel={onClose} saving={set.isPending} submitLabel="Xác nhận" />
        </Stack>
      </form>
    </Modal>
  );
}

const statusColor: Record<RegistrationImportPreview["rows"][number]["status"], string> = {
  new: "teal",
  update: "blue",
  duplicate: "yellow",
  error: "red",
};

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
  const [preview, setPreview] = useState<RegistrationImportPreview | null>(null);
  const [picking, setPicking] = useState(false);
  const template = useApiMutation("registrations.importTemplate", {
    onSuccess: (f) => void offerDownload(f.path),
  });
  const previewImport = useApiMutation("registrations.previewImport", { onSuccess: setPreview });
  const commit = useApiMutation("registrations.commitImport", {
    success: "Đã nhập bản đăng ký của đơn vị",
    onSuccess: onClose,
  });
  const choose = async () => {
    setPicking(true);
    try {
      const file = await pickFile({ accept: [".xlsx"], title: "Chọn tệp đăng ký thi đua" });
      if (file) previewImport.mutate({ ...scope, path: file.path });
    } catch (e) {
      notifyError(e);
    } finally {
      setPicking(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={`Nhập đăng ký thi đua của ${unitName}`} size="xl">
      <Stack>
        {!preview && (
          <>
            <Text size="sm">
              Gửi tệp mẫu cho đơn vị; đơn vị ghi danh sách cá nhân (trang “Cá nhân”), danh hiệu tập
              thể (trang “Tập thể”) và chỉ tiêu (trang “Chỉ tiêu”). Cá nhân được đối chiếu với danh
              bạ của đơn vị theo họ tên và năm sinh. Ứng dụng cho xem trước từng dòng, chưa ghi gì
              cho đến khi bạn xác nhận.
            </Text>
            <Group>
              <Button
                variant="default"
                leftSection={<IconDownload size={16} />}
                loading={template.isPending}
                onClick={() => template.mutate(scope)}
              >
                Tải tệp mẫu
              </Button>
              <Button
                leftSection={<IconFileUpload size={16} />}
                loading={picking || previewImport.isPending}
                onClick={() => void choose()}
              >
                Chọn tệp…
              </Button>
            </Group>
          </>
        )}
        {preview && (
          <>
            <Group gap="xs">
              <Text size="sm" fw={600}>
                {preview.fileName}:
              </Text>
              <Badge variant="light">{preview.people} cá nhân</Badge>
              <Badge variant="light">{preview.titles} danh hiệu tập thể</Badge>
              <Badge variant="light">{preview.targets} chỉ tiêu</Badge>
              {preview.counts.duplicate ? (
                <Badge color="yellow" variant="light">
                  Trùng lặp: {preview.counts.duplicate}
                </Badge>
              ) : null}
              {preview.errors ? (
                <Badge color="red" variant="light">
                  Lỗi: {preview.errors}
                </Badge>
              ) : null}
            </Group>
            {preview.errors > 0 && (
              <Alert color="red" icon={<IconAlertTriangle size={16} />}>
                Tệp có {preview.errors} dòng lỗi. Hãy sửa các dòng đó trong tệp rồi chọn lại; chưa
                có gì được ghi.
              </Alert>
            )}
            {preview.replaces && preview.errors === 0 && (
              <Alert color="orange" icon={<IconAlertTriangle size={16} />}>
                {unitName} đã có bản đăng ký; nhập tệp này sẽ thay toàn bộ nội dung cũ.
              </Alert>
            )}
            {preview.convertedCells > 0 && (
              <Alert color="blue">
                Đã chuyển {preview.convertedCells} ô từ mã TCVN3/VNI sang Unicode.
              </Alert>
            )}
            <ScrollArea h={340}>
              <Table striped withTableBorder aria-label="Xem trước bản đăng ký">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={90}>Trang</Table.Th>
                    <Table.Th w={60}>Dòng</Table.Th>
                    <Table.Th>Nội dung</Table.Th>
                    <Table.Th w={110}>Kết quả</Table.Th>
                    <Table.Th>Lý do</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.rows.map((r) => (
                    <Table.Tr key={`${r.sheet}-${r.row}`}>
                      <Table.Td>{r.sheet}</Table.Td>
                      <Table.Td>{r.row}</Table.Td>
                      <Table.Td>{r.label}</Table.Td>
                      <Table.Td>
                        <Badge color={statusColor[r.status]} variant="light">
                          {r.status === "new" ? "Hợp lệ" : importRowStatuses[r.status]}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{r.reason}</Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea>
            <Text size="sm" c="dimmed">
              Một bản sao lưu được tạo trước khi ghi; bản đăng ký được ghi trọn vẹn hoặc không ghi
              gì, và chuyển sang “Đã nộp” với ngày nhận hôm nay.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPreview(null)}>
                Chọn tệp khác
              </Button>
              <Button
                disabled={preview.errors > 0}
                loading={commit.isPending}
                onClick={() => commit.mutate({ token: preview.token })}
              >
                Nhập bản đăng ký
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
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
  const bases = useApiQuery("catalogue.listLegalBases", {});
  const [unitId, setUnitId] = useState<string | null>(null);
  const [docDate, setDocDate] = useState<string | null>(todayIso());
  const [signerId, setSignerId] = useState<string | null>(null);
  const [kinhGuiTyped, setKinhGui] = useState<string | null>(null);
  const kinhGui = kinhGuiTyped ?? profile.data?.councilName ?? "";
  const [legalBasisIds, setLegalBasisIds] = useState<string[]>([]);
  const [noiNhan, setNoiNhan] = useState("Như trên");
  const own =
    unitId ??
    list.data?.rows.find((r) => profile.data && fold(r.unitName) === fold(profile.data.issuingBody))
      ?.unitId ??
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
              label: `${s.fullName} – ${s.position}`,
            }))}
            value={chosenSigner}
            onChange={setSignerId}
          />
          <MultiSelect
            label="Căn cứ"
            searchable
            data={(bases.data ?? []).map((b) => ({ value: b.id, label: b.title }))}
            value={legalBasisIds}
            onChange={setLegalBasisIds}
          />
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
