import { AddButton } from "../auth/AddButton";
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Menu,
  NumberInput,
  Pagination,
  Select,
  Table,
  Text,
  TextInput,
  Tooltip,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import {
  IconChecklist,
  IconDownload,
  IconFileSpreadsheet,
  IconLock,
  IconSearch,
  IconTags,
  IconUpload,
} from "@tabler/icons-react";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import {
  awardSources,
  isReadOnlyAwardSource,
  recipientKindLabels,
  type AwardRecordRow,
  type AwardSource,
  type RecipientKind,
} from "../../../electron/contract";
import { call } from "../../api/client";
import { offerDownload } from "../../api/files";
import { notifyError, useApiMutation, useApiQuery } from "../../api/hooks";
import { PageHeader } from "../../components/PageHeader";
import { RowActions } from "../../components/RowActions";
import { formatDate } from "../../lib/format";
import { useWorkingYear } from "../../app/WorkingYearSelect";
import { ExportButton, useUnits } from "../directory/shared";
import { AwardImportModal } from "./AwardImportModal";
import { AwardModal } from "./AwardModal";
import { ClassifyModal } from "./ClassificationFields";
import { EligibilityCheckModal } from "./EligibilityCheckModal";
import { kindOptions, useAwardOptions } from "./options";

const PAGE_SIZE = 50;
const sourceColor: Record<AwardSource, string> = {
  quyet_dinh: "blue",
  nhap_tay: "gray",
  nhap_excel: "teal",
  cap_tren: "grape",
  cap_duoi: "cyan",
};

/** Sổ khen thưởng: every award conferred, searched without tone marks, filtered, exported. */
export function AwardsPage() {
  const workingYear = useWorkingYear();
  const [q, setQ] = useState("");
  const [debounced] = useDebouncedValue(q, 120);
  const [year, setYear] = useState<number | null>(null);
  const [awardCode, setAwardCode] = useState<string | null>(null);
  const [recipientKind, setRecipientKind] = useState<RecipientKind | null>(null);
  // A unit's page links here with ?unitId=… to list the awards under that unit.
  const [params] = useSearchParams();
  const [unitId, setUnitId] = useState<string | null>(params.get("unitId"));
  const [source, setSource] = useState<AwardSource | null>(null);
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<AwardRecordRow | "new" | null>(null);
  // The statistical forms link here with ?ban-ghi=… to classify one line.
  const [classifying, setClassifying] = useState<string | null>(params.get("ban-ghi"));
  const toClassify = useApiQuery(
    "awards.get",
    { id: classifying ?? "" },
    { enabled: classifying !== null },
  );
  const [importing, setImporting] = useState(false);
  const [checking, setChecking] = useState(false);
  const units = useUnits();
  const awards = useAwardOptions();
  const filter = { q: debounced, year, awardCode, recipientKind, unitId, source };
  const list = useApiQuery(
    "awards.list",
    { ...filter, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
    { placeholderData: (prev) => prev },
  );
  const remove = useApiMutation("awards.delete", { success: "Đã xóa khỏi sổ khen thưởng" });
  const total = list.data?.total ?? 0;
  const reset =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };
  const template = async () => {
    try {
      await offerDownload((await call("awards.importTemplate", {})).path);
    } catch (e) {
      notifyError(e);
    }
  };
  return (
    <>
      <PageHeader
        title="Sổ khen thưởng"
        description="Mọi khen thưởng đã được tặng: từ quyết định ban hành trong ứng dụng, nhập tay hoặc nhập từ Excel. Là căn cứ để kiểm tra điều kiện khen thưởng."
        actions={
          <>
            <ExportButton run={() => call("awards.export", filter)} />
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="default" leftSection={<IconFileSpreadsheet size={16} />}>
                  Nhập từ Excel
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item
                  leftSection={<IconUpload size={16} />}
                  onClick={() => setImporting(true)}
                >
                  Nhập sổ khen thưởng từ tệp…
                </Menu.Item>
                <Menu.Item leftSection={<IconDownload size={16} />} onClick={() => void template()}>
                  Tải tệp mẫu
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
            <Button
              variant="default"
              leftSection={<IconChecklist size={16} />}
              onClick={() => setChecking(true)}
            >
              Kiểm tra điều kiện
            </Button>
            <AddButton may="awards.save" onClick={() => setEditing("new")}>
              Thêm khen thưởng
            </AddButton>
          </>
        }
      />
      <Group mb="sm" gap="xs">
        <TextInput
          leftSection={<IconSearch size={16} />}
          placeholder="Tìm họ tên, đơn vị, số quyết định…"
          aria-label="Tìm trong sổ khen thưởng"
          value={q}
          onChange={(e) => reset(setQ)(e.currentTarget.value)}
          w={240}
        />
        <NumberInput
          placeholder="Năm"
          aria-label="Lọc theo năm"
          min={1945}
          max={2100}
          value={year ?? ""}
          onChange={(v) => reset(setYear)(typeof v === "number" ? v : null)}
          w={90}
        />
        <Select
          placeholder="Hình thức"
          aria-label="Lọc theo hình thức"
          data={awards.options}
          searchable
          clearable
          value={awardCode}
          onChange={reset(setAwardCode)}
          w={210}
        />
        <Select
          placeholder="Đối tượng"
          aria-label="Lọc theo loại đối tượng"
          data={kindOptions}
          clearable
          value={recipientKind}
          onChange={(v) => reset(setRecipientKind)(v as RecipientKind | null)}
          w={120}
        />
        <Select
          placeholder="Đơn vị"
          aria-label="Lọc theo đơn vị"
          data={units.options}
          searchable
          clearable
          value={unitId}
          onChange={reset(setUnitId)}
          w={190}
        />
        <Select
          placeholder="Nguồn"
          aria-label="Lọc theo nguồn"
          data={Object.entries(awardSources).map(([value, label]) => ({ value, label }))}
          clearable
          value={source}
          onChange={(v) => reset(setSource)(v as AwardSource | null)}
          w={150}
        />
        <Text size="sm" c="dimmed">
          {total.toLocaleString("vi-VN")} lượt
        </Text>
      </Group>
      <Table striped withTableBorder verticalSpacing={4} aria-label="Sổ khen thưởng">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>Năm</Table.Th>
            <Table.Th>Đối tượng</Table.Th>
            <Table.Th>Hình thức, danh hiệu</Table.Th>
            <Table.Th>Quyết định</Table.Th>
            <Table.Th>Cấp quyết định</Table.Th>
            <Table.Th w={120}>Nguồn</Table.Th>
            <Table.Th w={90} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(list.data?.rows ?? []).map((r) => (
            <Table.Tr
              key={r.id}
              style={r.cancelledBy ? { textDecoration: "line-through" } : undefined}
            >
              <Table.Td>{r.year}</Table.Td>
              <Table.Td>
                {r.personId ? (
                  <Link to={`/danh-ba/ca-nhan/${r.personId}`}>{r.recipientName}</Link>
                ) : (
                  r.recipientName
                )}
                <Text size="xs" c="dimmed">
                  {recipientKindLabels[r.recipientKind]}
                  {r.unitName ? ` – ${r.unitName}` : ""}
                </Text>
              </Table.Td>
              <Table.Td>
                {r.awardName}
                {r.cancelledBy && (
                  <Badge ml={6} size="xs" color="red" variant="light">
                    Đã hủy ({r.cancelledBy})
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {r.decisionNumber ? `Số ${r.decisionNumber}` : ""}
                {r.decisionDate ? ` ngày ${formatDate(r.decisionDate)}` : ""}
              </Table.Td>
              <Table.Td>{r.issuer}</Table.Td>
              <Table.Td>
                <Badge color={sourceColor[r.source]} variant="light" size="sm">
                  {r.source === "quyet_dinh" ? "Quyết định" : awardSources[r.source]}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Group gap={2} wrap="nowrap">
                  <Tooltip label="Phân loại cho biểu thống kê">
                    <ActionIcon
                      variant="subtle"
                      color={
                        (r.recipientKind === "ca_nhan" && !r.recipientCategory) || !r.awardType
                          ? "orange"
                          : "gray"
                      }
                      aria-label={`Phân loại ${r.recipientName}`}
                      onClick={() => setClassifying(r.id)}
                    >
                      <IconTags size={16} />
                    </ActionIcon>
                  </Tooltip>
                  {isReadOnlyAwardSource(r.source) ? (
                    <Tooltip
                      label={
                        r.source === "cap_tren"
                          ? "Kết quả cấp trên gửi về: không sửa, xóa ở đây"
                          : "Ghi từ quyết định ban hành trong ứng dụng: không sửa, xóa ở đây"
                      }
                    >
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={`Khóa ${r.recipientName}`}
                      >
                        <IconLock size={16} />
                      </ActionIcon>
                    </Tooltip>
                  ) : (
                    <RowActions
                      label={`${r.recipientName} ${r.year}`}
                      onEdit={() => setEditing(r)}
                      confirmDelete={{
                        title: "Xóa khỏi sổ khen thưởng?",
                        message: `Xóa “${r.awardName}” năm ${r.year} của ${r.recipientName}.`,
                      }}
                      onDelete={() => remove.mutate({ id: r.id })}
                    />
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {list.data && total === 0 && (
        <Text c="dimmed" ta="center" py="lg">
          {debounced || year || awardCode || recipientKind || unitId || source
            ? "Không có khen thưởng nào khớp với điều kiện tìm."
            : "Sổ khen thưởng chưa có dữ liệu. Hãy thêm tay hoặc nhập từ Excel."}
        </Text>
      )}
      {total > PAGE_SIZE && (
        <Pagination mt="sm" total={Math.ceil(total / PAGE_SIZE)} value={page} onChange={setPage} />
      )}
      {editing && (
        <AwardModal
          record={editing}
          defaultYear={(workingYear ?? new Date().getFullYear()) - 1}
          onClose={() => setEditing(null)}
        />
      )}
      {classifying && toClassify.data && (
        <ClassifyModal record={toClassify.data} onClose={() => setClassifying(null)} />
      )}
      {importing && <AwardImportModal onClose={() => setImporting(false)} />}
      {checking && (
        <EligibilityCheckModal
          defaultYear={workingYear ?? new Date().getFullYear()}
          onClose={() => setChecking(false)}
        />
      )}
    </>
  );
}
