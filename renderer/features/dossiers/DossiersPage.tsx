import { AddButton } from "../auth/AddButton";
import { Badge, Group, Select, Table, Text, Tooltip, UnstyledButton } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import {
  dossierKindLabels,
  nominationStateLabels,
  nominationStates,
  type NominationState,
  type StateCounts,
} from "../../../electron/contract";
import { useApiQuery } from "../../api/hooks";
import { useWorkingYear } from "../../app/WorkingYearSelect";
import { PageHeader } from "../../components/PageHeader";
import { formatDate } from "../../lib/format";
import { useUnits } from "../directory/shared";
import { DossierFormModal } from "./DossierFormModal";
import { stateColors } from "./labels";
import { AppraisalListMenu } from "./DossierModals";

export function StateBadges({ counts }: { counts: StateCounts }) {
  return (
    <Group gap={4}>
      {nominationStates
        .filter((s) => counts[s])
        .map((s) => (
          <Badge key={s} color={stateColors[s]} variant="light" size="sm">
            {nominationStateLabels[s]}: {counts[s]}
          </Badge>
        ))}
    </Group>
  );
}

export function DossiersPage() {
  const year = useWorkingYear();
  const navigate = useNavigate();
  const [movementId, setMovementId] = useState<string | null>(null);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [state, setState] = useState<NominationState | null>(null);
  const [creating, setCreating] = useState(false);
  const { options } = useUnits();
  const movements = useApiQuery("movements.list", { year: year ?? 0 }, { enabled: year !== null });
  const list = useApiQuery(
    "dossiers.list",
    {
      year: year ?? 0,
      ...(movementId ? { movementId } : {}),
      ...(unitId ? { unitId } : {}),
      ...(state ? { state } : {}),
    },
    { enabled: year !== null, placeholderData: (prev) => prev },
  );
  if (year === null) return null;
  const counts = list.data?.stateCounts ?? {};
  return (
    <>
      <PageHeader
        title={`Hồ sơ đề nghị khen thưởng năm ${year}`}
        description="Hồ sơ các đơn vị gửi: Tờ trình, Biên bản họp xét, Báo cáo thành tích và các đề nghị khen thưởng với trạng thái từng đề nghị."
        actions={
          <>
            <AppraisalListMenu target={{ year }} label={`Danh sách thẩm định năm ${year}`} />
            <AddButton may="dossiers.save" onClick={() => setCreating(true)}>
              Tiếp nhận hồ sơ
            </AddButton>
          </>
        }
      />
      <Group mb="sm" align="flex-end">
        <Select
          label="Phong trào"
          placeholder="Tất cả"
          clearable
          searchable
          data={(movements.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
          value={movementId}
          onChange={setMovementId}
          w={280}
        />
        <Select
          label="Đơn vị trình"
          placeholder="Tất cả"
          clearable
          searchable
          data={options}
          value={unitId}
          onChange={setUnitId}
          w={280}
        />
        <Select
          label="Trạng thái đề nghị"
          placeholder="Tất cả"
          clearable
          data={nominationStates.map((s) => ({ value: s, label: nominationStateLabels[s] }))}
          value={state}
          onChange={(v) => setState(v as NominationState | null)}
          w={220}
        />
      </Group>
      <Group gap={6} mb="md" aria-label="Số đề nghị theo trạng thái">
        <Text size="sm" c="dimmed">
          {list.data?.total ?? 0} hồ sơ
          {Object.keys(counts).length > 0 ? " · đề nghị theo trạng thái:" : ""}
        </Text>
        {nominationStates
          .filter((s) => counts[s])
          .map((s) => (
            <UnstyledButton
              key={s}
              onClick={() => setState(state === s ? null : s)}
              aria-pressed={state === s}
            >
              <Badge color={stateColors[s]} variant={state === s ? "filled" : "light"}>
                {nominationStateLabels[s]}: {counts[s]}
              </Badge>
            </UnstyledButton>
          ))}
      </Group>
      {list.data?.rows.length === 0 ? (
        <Text c="dimmed">
          {state || unitId || movementId
            ? "Không có hồ sơ nào khớp bộ lọc."
            : `Chưa tiếp nhận hồ sơ nào cho năm ${year}. Bấm “Tiếp nhận hồ sơ” để bắt đầu.`}
        </Text>
      ) : (
        <Table striped highlightOnHover withTableBorder aria-label="Danh sách hồ sơ">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={110}>Ngày nhận</Table.Th>
              <Table.Th>Đơn vị trình</Table.Th>
              <Table.Th>Tờ trình</Table.Th>
              <Table.Th>Loại, phong trào</Table.Th>
              <Table.Th w={90}>Đề nghị</Table.Th>
              <Table.Th>Trạng thái</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(list.data?.rows ?? []).map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>{formatDate(d.receivedDate)}</Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text component={Link} to={`/ho-so/${d.id}`} fw={600} size="sm" c="blue">
                      {d.unitName}
                    </Text>
                    {d.missing.length > 0 && (
                      <Tooltip label={`Còn thiếu: ${d.missing.join("; ")}`} multiline w={320}>
                        <IconAlertTriangle
                          size={16}
                          color="var(--mantine-color-orange-6)"
                          aria-label={`Còn thiếu ${d.missing.length} thành phần`}
                        />
                      </Tooltip>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {d.unitDocNumber || "—"}
                    {d.unitDocDate ? ` ngày ${formatDate(d.unitDocDate)}` : ""}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{dossierKindLabels[d.kind]}</Text>
                  {d.movementName && (
                    <Text size="xs" c="dimmed">
                      {d.movementName}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{d.nominationCount}</Table.Td>
                <Table.Td>
                  <StateBadges counts={d.stateCounts} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {creating && (
        <DossierFormModal
          dossier="new"
          year={year}
          onClose={() => setCreating(false)}
          onSaved={(d) => void navigate(`/ho-so/${d.id}`)}
        />
      )}
    </>
  );
}
