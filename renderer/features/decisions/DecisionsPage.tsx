import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import {
  decisionGroupingLabels,
  decisionStatusLabels,
  nomineeKindLabels,
  type DecisionGrouping,
  type OutputOf,
} from "../../../electron/contract";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { useWorkingYear } from "../../app/WorkingYearSelect";
import { PageHeader } from "../../components/PageHeader";
import { formatDate, formatMoney } from "../../lib/format";
import { DecisionFieldsModal } from "./DecisionFieldsModal";

type Group = OutputOf<"decisions.candidates">[number];

export const statusColors = { draft: "gray", issued: "teal", cancelled: "red" } as const;

function CandidateGroup({
  group,
  year,
  grouping,
}: {
  group: Group;
  year: number;
  grouping: DecisionGrouping;
}) {
  const navigate = useNavigate();
  const [selected, setSelected] = useState<Set<string>>(
    () => new Set(group.candidates.map((c) => c.nominationId)),
  );
  const [creating, setCreating] = useState(false);
  const create = useApiMutation("decisions.create", {
    success: "Đã tạo bản dự thảo quyết định",
    onSuccess: ({ decision }) => navigate(`/quyet-dinh/${decision.id}`),
  });
  const all = selected.size === group.candidates.length;
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <Card withBorder padding="sm" aria-label={`Nhóm ${group.label}`}>
      <Group justify="space-between" mb="xs">
        <Text fw={600}>
          {group.label}{" "}
          <Text span c="dimmed" size="sm">
            ({group.candidates.length} đề nghị)
          </Text>
        </Text>
        <Button
          size="xs"
          leftSection={<IconPlus size={14} />}
          disabled={selected.size === 0}
          onClick={() => setCreating(true)}
        >
          Tạo quyết định ({selected.size})
        </Button>
      </Group>
      <Table withTableBorder striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                aria-label="Chọn tất cả"
                checked={all}
                indeterminate={!all && selected.size > 0}
                onChange={() =>
                  setSelected(
                    all ? new Set() : new Set(group.candidates.map((c) => c.nominationId)),
                  )
                }
              />
            </Table.Th>
            <Table.Th>Đối tượng</Table.Th>
            <Table.Th>Đơn vị</Table.Th>
            <Table.Th>Hình thức</Table.Th>
            <Table.Th>Đơn vị trình</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {group.candidates.map((c) => (
            <Table.Tr key={c.nominationId}>
              <Table.Td>
                <Checkbox
                  aria-label={`Chọn ${c.name}`}
                  checked={selected.has(c.nominationId)}
                  onChange={() => toggle(c.nominationId)}
                />
              </Table.Td>
              <Table.Td>
                {c.name}{" "}
                <Badge size="xs" variant="light">
                  {nomineeKindLabels[c.recipientKind]}
                </Badge>
              </Table.Td>
              <Table.Td>{c.unitName}</Table.Td>
              <Table.Td>{c.awardName}</Table.Td>
              <Table.Td>
                <Text component={Link} to={`/ho-so/${c.dossierId}`} size="sm" c="blue">
                  {c.submittingUnit}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {creating && (
        <DecisionFieldsModal
          title="Tạo quyết định khen thưởng"
          summary={`${group.label}: ${selected.size} đề nghị năm ${year}`}
          submitLabel="Tạo bản dự thảo"
          saving={create.isPending}
          onClose={() => setCreating(false)}
          onSubmit={(v) =>
            create.mutate({
              ...v,
              year,
              grouping,
              key: group.key,
              nominationIds: [...selected],
            })
          }
        />
      )}
    </Card>
  );
}

export function DecisionsPage() {
  const year = useWorkingYear();
  const [grouping, setGrouping] = useState<DecisionGrouping>("award");
  const candidates = useApiQuery(
    "decisions.candidates",
    { year: year ?? 0, grouping },
    { enabled: year !== null },
  );
  const list = useApiQuery("decisions.list", { year: year ?? 0 }, { enabled: year !== null });
  if (year === null) return null;
  return (
    <>
      <PageHeader
        title={`Quyết định khen thưởng năm ${year}`}
        description="Từ các đề nghị Hội đồng đã đồng ý: lập quyết định theo hình thức hoặc theo phong trào, tính tiền thưởng, ban hành (ghi vào Sổ khen thưởng) hoặc hủy bỏ bằng quyết định hủy bỏ."
      />
      <Title order={4} mb="xs">
        Quyết định đã lập
      </Title>
      {list.data?.length === 0 ? (
        <Text c="dimmed" mb="lg">
          Chưa có quyết định nào cho năm {year}.
        </Text>
      ) : (
        <Table striped highlightOnHover withTableBorder mb="lg" aria-label="Danh sách quyết định">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={130}>Số</Table.Th>
              <Table.Th w={110}>Ngày</Table.Th>
              <Table.Th>Nội dung</Table.Th>
              <Table.Th w={90}>Số người</Table.Th>
              <Table.Th w={150} ta="right">
                Tiền thưởng
              </Table.Th>
              <Table.Th w={130}>Trạng thái</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(list.data ?? []).map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>{d.number || "—"}</Table.Td>
                <Table.Td>{formatDate(d.decisionDate)}</Table.Td>
                <Table.Td>
                  <Text component={Link} to={`/quyet-dinh/${d.id}`} fw={600} size="sm" c="blue">
                    {d.title}
                  </Text>
                </Table.Td>
                <Table.Td>{d.recipientCount}</Table.Td>
                <Table.Td ta="right">{formatMoney(d.total)}</Table.Td>
                <Table.Td>
                  <Badge color={statusColors[d.status]} variant="light">
                    {decisionStatusLabels[d.status]}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group justify="space-between" mb="xs">
        <Title order={4}>Đề nghị Hội đồng đã đồng ý, chưa có quyết định</Title>
        <SegmentedControl
          aria-label="Cách lập quyết định"
          value={grouping}
          onChange={(v) => setGrouping(v as DecisionGrouping)}
          data={Object.entries(decisionGroupingLabels).map(([value, label]) => ({ value, label }))}
        />
      </Group>
      {candidates.data?.length === 0 ? (
        <Text c="dimmed">
          Không còn đề nghị nào Hội đồng đã đồng ý mà chưa có quyết định trong năm {year}.
        </Text>
      ) : (
        <Stack>
          {(candidates.data ?? []).map((g) => (
            <CandidateGroup
              key={`${grouping}|${g.key}|${g.candidates.map((c) => c.nominationId).join(",")}`}
              group={g}
              year={year}
              grouping={grouping}
            />
          ))}
        </Stack>
      )}
    </>
  );
}
