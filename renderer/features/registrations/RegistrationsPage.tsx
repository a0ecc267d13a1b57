import {
  Alert,
  Badge,
  Button,
  Group,
  Menu,
  Select,
  Table,
  Tabs,
  Text,
  TextInput,
} from "@mantine/core";
import {
  IconAdjustments,
  IconAlertTriangle,
  IconChevronDown,
  IconFileSpreadsheet,
  IconFileText,
  IconSearch,
} from "@tabler/icons-react";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import {
  familyCountNote,
  familyCounts,
  registrationStatuses,
  type RegistrationListRow,
  type RegistrationStatus,
} from "../../../electron/contract";
import { offerDownload } from "../../api/files";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { useWorkingYear } from "../../app/WorkingYearSelect";
import { PageHeader } from "../../components/PageHeader";
import { formatDate } from "../../lib/format";
import { matchesTyped } from "../../lib/folded-filter";
import { statusColors, unitRoute } from "./labels";
import { CapsModal, PactModal } from "./RegistrationModals";
import { RollupReportModal } from "./RollupReportModal";

function UnitsTable({
  rows,
  movementId,
}: {
  rows: RegistrationListRow[];
  movementId: string | null;
}) {
  if (!rows.length) return <Text c="dimmed">Không có đơn vị nào.</Text>;
  return (
    <Table striped highlightOnHover withTableBorder aria-label="Danh sách đơn vị đăng ký">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={50}>STT</Table.Th>
          <Table.Th>Đơn vị</Table.Th>
          <Table.Th w={150}>Tình trạng</Table.Th>
          <Table.Th w={110}>Ngày nhận</Table.Th>
          <Table.Th w={90} ta="right">
            Tập thể
          </Table.Th>
          <Table.Th w={90} ta="right">
            Chỉ tiêu
          </Table.Th>
          <Table.Th w={90} ta="right">
            Cá nhân
          </Table.Th>
          <Table.Th w={90} ta="right" title={`Lao động tiên tiến, ${familyCountNote}`}>
            LĐTT*
          </Table.Th>
          <Table.Th w={90} ta="right" title={`Chiến sĩ thi đua cơ sở, ${familyCountNote}`}>
            CSTĐCS*
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r, i) => (
          <Table.Tr key={r.unitId}>
            <Table.Td>{i + 1}</Table.Td>
            <Table.Td>
              <Link to={unitRoute(r.unitId, movementId)}>{r.unitName}</Link>
              {r.status === "can_bo_sung" && r.reason && (
                <Text size="xs" c="orange">
                  Cần bổ sung: {r.reason}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Group gap={4}>
                <Badge color={statusColors[r.status]} variant="light">
                  {registrationStatuses[r.status]}
                </Badge>
                {r.late && (
                  <Badge color="red" variant="outline" title="Chưa nộp hoặc nộp sau hạn đăng ký">
                    Quá hạn
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td>{r.receivedDate ? formatDate(r.receivedDate) : ""}</Table.Td>
            <Table.Td ta="right">{r.titles || ""}</Table.Td>
            <Table.Td ta="right">{r.targets || ""}</Table.Td>
            <Table.Td ta="right">{r.people || ""}</Table.Td>
            <Table.Td ta="right">{familyCounts(r.byTitle).LDTT || ""}</Table.Td>
            <Table.Td ta="right">{familyCounts(r.byTitle).CSTDCS || ""}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function RegistrationsPage() {
  const year = useWorkingYear();
  const [params, setParams] = useSearchParams();
  const movementId = params.get("phong-trao");
  const [status, setStatus] = useState<RegistrationStatus | null>(null);
  const [q, setQ] = useState("");
  const [editingCaps, setEditingCaps] = useState(false);
  const [makingPact, setMakingPact] = useState(false);
  const [reporting, setReporting] = useState(false);
  const enabled = year !== null;
  const scope = { year: year ?? 0, movementId };
  const movements = useApiQuery("movements.list", { year: year ?? 0 }, { enabled });
  const list = useApiQuery("registrations.list", scope, { enabled });
  const late = useApiQuery("registrations.notRegistered", scope, { enabled });
  const exportRollup = useApiMutation("registrations.exportRollup", {
    success: "Đã tạo bảng tổng hợp",
    onSuccess: (f) => void offerDownload(f.path),
  });
  if (year === null) return null;
  const rows = (list.data?.rows ?? []).filter(
    (r) => (!status || r.status === status) && matchesTyped(r.unitName, q),
  );
  const counts = (list.data?.rows ?? []).reduce<Record<string, number>>(
    (a, r) => ({ ...a, [r.status]: (a[r.status] ?? 0) + 1 }),
    {},
  );
  const deadline = list.data?.deadline ?? null;
  return (
    <>
      <PageHeader
        title={`Đăng ký thi đua năm ${year}`}
        description="Danh hiệu tập thể, chỉ tiêu và danh sách cá nhân đăng ký của từng đơn vị; tình trạng nộp, cảnh báo, bảng tổng hợp gửi cấp trên."
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconAdjustments size={16} />}
              onClick={() => setEditingCaps(true)}
            >
              Tỷ lệ, hạn đăng ký
            </Button>
            <Button
              variant="default"
              leftSection={<IconFileText size={16} />}
              onClick={() => setMakingPact(true)}
            >
              Đăng ký giao ước của cơ quan
            </Button>
            <Menu position="bottom-end">
              <Menu.Target>
                <Button
                  rightSection={<IconChevronDown size={16} />}
                  loading={exportRollup.isPending}
                >
                  Bảng tổng hợp
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item
                  leftSection={<IconFileSpreadsheet size={16} />}
                  onClick={() => exportRollup.mutate({ ...scope, format: "xlsx" })}
                >
                  Tổng hợp đăng ký (Excel)
                </Menu.Item>
                <Menu.Item
                  leftSection={<IconFileText size={16} />}
                  onClick={() => exportRollup.mutate({ ...scope, format: "docx" })}
                >
                  Tổng hợp đăng ký (Word)
                </Menu.Item>
                <Menu.Item
                  leftSection={<IconFileText size={16} />}
                  onClick={() => setReporting(true)}
                >
                  Báo cáo gửi cấp trên (có số, người ký)…
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </>
        }
      />
      {editingCaps && <CapsModal year={year} onClose={() => setEditingCaps(false)} />}
      {reporting && (
        <RollupReportModal
          year={year}
          movementId={movementId}
          onClose={() => setReporting(false)}
        />
      )}
      {makingPact && (
        <PactModal year={year} movementId={movementId} onClose={() => setMakingPact(false)} />
      )}
      <Group mb="sm" align="flex-end">
        <Select
          label="Đợt đăng ký"
          w={380}
          allowDeselect={false}
          data={[
            { value: "", label: `Đăng ký thi đua thường xuyên năm ${year}` },
            ...(movements.data ?? []).map((m) => ({ value: m.id, label: m.name })),
          ]}
          value={movementId ?? ""}
          onChange={(v) => setParams(v ? { "phong-trao": v } : {})}
        />
        <Select
          label="Tình trạng"
          w={200}
          clearable
          placeholder="Tất cả"
          data={(Object.keys(registrationStatuses) as RegistrationStatus[]).map((s) => ({
            value: s,
            label: `${registrationStatuses[s]} (${counts[s] ?? 0})`,
          }))}
          value={status}
          onChange={(v) => setStatus(v as RegistrationStatus | null)}
        />
        <TextInput
          label="Tìm đơn vị"
          leftSection={<IconSearch size={14} />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
        />
        <Text size="sm" c="dimmed" pb={6}>
          {deadline
            ? `Hạn đăng ký: ${formatDate(deadline)}`
            : movementId
              ? "Phong trào chưa có hạn đăng ký."
              : "Chưa đặt hạn đăng ký năm nay (nút “Tỷ lệ, hạn đăng ký”)."}
        </Text>
      </Group>
      <Tabs defaultValue="all">
        <Tabs.List mb="sm">
          <Tabs.Tab value="all">Các đơn vị ({list.data?.rows.length ?? 0})</Tabs.Tab>
          <Tabs.Tab value="late" color="red">
            Chưa đăng ký đúng hạn ({late.data?.rows.length ?? 0})
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="all">
          <UnitsTable rows={rows} movementId={movementId} />
        </Tabs.Panel>
        <Tabs.Panel value="late">
          {late.data && (
            <Alert color="orange" icon={<IconAlertTriangle size={16} />} mb="sm">
              {late.data.deadline
                ? `Các đơn vị chưa nộp hoặc nộp sau hạn ${formatDate(late.data.deadline)}.`
                : "Chưa có hạn đăng ký: danh sách các đơn vị chưa nộp."}
            </Alert>
          )}
          <UnitsTable rows={late.data?.rows ?? []} movementId={movementId} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
