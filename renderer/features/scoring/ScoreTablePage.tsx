import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
} from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useParams } from "react-router";
import { criterionKindLabels, type ScoreTableDetail } from "../../../electron/contract";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { useUnsavedChanges, useUnsavedChangesGuard } from "../../app/unsaved-changes";
import { PageHeader } from "../../components/PageHeader";
import { ScoringDocuments } from "./ScoringDocuments";
import { formatMoney, formatNumber } from "../../lib/format";

/** Rank 0 = not every criterion scored yet: no rank, no prize. */
const rankLabel = (rank: number) =>
  rank === 0
    ? "Chưa đủ điểm"
    : rank <= 3
      ? `Hạng ${["Nhất", "Nhì", "Ba"][rank - 1]}`
      : String(rank);
const isPrizeRank = (rank: number) => rank >= 1 && rank <= 3;

function RankingTab({ d }: { d: ScoreTableDetail }) {
  return (
    <Table striped withTableBorder verticalSpacing="xs" aria-label="Bảng xếp hạng">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Xếp hạng</Table.Th>
          <Table.Th>Đơn vị</Table.Th>
          <Table.Th ta="right">Tự chấm</Table.Th>
          <Table.Th ta="right">Điểm chuẩn</Table.Th>
          <Table.Th ta="right">Cộng</Table.Th>
          <Table.Th ta="right">Trừ</Table.Th>
          <Table.Th ta="right">Tổng (phúc tra)</Table.Th>
          <Table.Th ta="right">Tiền thưởng</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {d.results.map((r) => (
          <Table.Tr key={r.unitId}>
            <Table.Td>
              <Badge
                color={isPrizeRank(r.rank) ? "red" : "gray"}
                variant={isPrizeRank(r.rank) ? "filled" : "light"}
              >
                {rankLabel(r.rank)}
              </Badge>
            </Table.Td>
            <Table.Td>
              {r.unitName}
              {r.missing > 0 && (
                <Text size="xs" c="orange">
                  Còn {r.missing} tiêu chí chưa chấm
                </Text>
              )}
            </Table.Td>
            <Table.Td ta="right">{formatNumber(r.self.total)}</Table.Td>
            <Table.Td ta="right">{formatNumber(r.reviewed.base)}</Table.Td>
            <Table.Td ta="right">{formatNumber(r.reviewed.bonus)}</Table.Td>
            <Table.Td ta="right">{formatNumber(r.reviewed.penalty)}</Table.Td>
            <Table.Td ta="right" fw={700}>
              {formatNumber(r.reviewed.total)}
            </Table.Td>
            <Table.Td ta="right">{r.prize ? formatMoney(r.prize) : "—"}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

type Entry = {
  selfScore: number | null;
  selfNote: string;
  reviewedScore: number | null;
  reviewNote: string;
};

function ScoringTab({ d, version }: { d: ScoreTableDetail; version: number }) {
  const [unitId, setUnitId] = useState<string | null>(d.members[0]?.unitId ?? null);
  const { confirmDiscard } = useUnsavedChanges();
  if (!d.members.length)
    return (
      <Text c="dimmed">
        Cụm, khối chưa có đơn vị thành viên năm {d.table.year} (thêm trong Danh bạ).
      </Text>
    );
  return (
    <Stack>
      <Select
        label="Đơn vị"
        data={d.members.map((m) => ({ value: m.unitId, label: m.unitName }))}
        value={unitId}
        // The sheet of another unit replaces this one's scores not saved yet.
        onChange={(v) => confirmDiscard(() => setUnitId(v))}
        allowDeselect={false}
        w={360}
      />
      {unitId && <MemberScores key={`${unitId}-${version}`} d={d} unitId={unitId} />}
    </Stack>
  );
}

/** One member's score sheet; remounted (fresh from the data) when the member or the data changes. */
function MemberScores({ d, unitId }: { d: ScoreTableDetail; unitId: string }) {
  const [entries, setEntries] = useState<Record<string, Entry>>(() =>
    Object.fromEntries(d.scores.filter((x) => x.unitId === unitId).map((s) => [s.criterionId, s])),
  );
  const [dirty, setDirty] = useState(false);
  useUnsavedChangesGuard(dirty);
  const save = useApiMutation("scoring.saveScores", { success: "Đã lưu điểm" });
  const set = (criterionId: string, patch: Partial<Entry>) => {
    setDirty(true);
    setEntries((e) => ({
      ...e,
      [criterionId]: {
        selfScore: null,
        selfNote: "",
        reviewedScore: null,
        reviewNote: "",
        ...e[criterionId],
        ...patch,
      },
    }));
  };
  const num = (v: string | number) => (v === "" ? null : Number(v));
  return (
    <Stack>
      <Group>
        <Button
          onClick={() =>
            save.mutate({
              tableId: d.table.id,
              unitId,
              entries: Object.entries(entries).map(([criterionId, e]) => ({ criterionId, ...e })),
            })
          }
          loading={save.isPending}
        >
          Lưu điểm
        </Button>
      </Group>
      <Table withTableBorder verticalSpacing={4} aria-label="Chấm điểm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>TT</Table.Th>
            <Table.Th>Tiêu chí</Table.Th>
            <Table.Th w={80} ta="right">
              Tối đa
            </Table.Th>
            <Table.Th w={110}>Tự chấm</Table.Th>
            <Table.Th w={110}>Phúc tra</Table.Th>
            <Table.Th>Ghi chú phúc tra</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {d.criteria.map((c) => (
            <Table.Tr key={c.id} bg={c.isLeaf ? undefined : "gray.0"}>
              <Table.Td fw={c.isLeaf ? 400 : 700}>{c.code}</Table.Td>
              <Table.Td fw={c.isLeaf ? 400 : 700}>
                {c.title}
                {c.kind !== "base" && (
                  <Badge
                    ml="xs"
                    size="xs"
                    color={c.kind === "bonus" ? "teal" : "red"}
                    variant="light"
                  >
                    {criterionKindLabels[c.kind]}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td ta="right">{formatNumber(c.maxPoints)}</Table.Td>
              <Table.Td>
                {c.isLeaf && (
                  <NumberInput
                    aria-label={`Tự chấm ${c.code}`}
                    size="xs"
                    decimalSeparator=","
                    min={0}
                    clampBehavior="none"
                    value={entries[c.id]?.selfScore ?? ""}
                    onChange={(v) => set(c.id, { selfScore: num(v) })}
                  />
                )}
              </Table.Td>
              <Table.Td>
                {c.isLeaf && (
                  <NumberInput
                    aria-label={`Phúc tra ${c.code}`}
                    size="xs"
                    decimalSeparator=","
                    min={0}
                    clampBehavior="none"
                    value={entries[c.id]?.reviewedScore ?? ""}
                    onChange={(v) => set(c.id, { reviewedScore: num(v) })}
                  />
                )}
              </Table.Td>
              <Table.Td>
                {c.isLeaf && (
                  <TextInput
                    aria-label={`Ghi chú ${c.code}`}
                    size="xs"
                    value={entries[c.id]?.reviewNote ?? ""}
                    onChange={(e) => set(c.id, { reviewNote: e.currentTarget.value })}
                  />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

type Row = {
  key: string;
  parentKey: string | null;
  code: string;
  title: string;
  maxPoints: number;
  kind: "base" | "bonus" | "penalty";
};

function CriteriaTab({ d }: { d: ScoreTableDetail }) {
  const [rows, setRows] = useState<Row[]>(() =>
    d.criteria.map((c) => ({
      key: c.id,
      parentKey: c.parentId,
      code: c.code,
      title: c.title,
      maxPoints: c.maxPoints,
      kind: c.kind,
    })),
  );
  const [dirty, setDirty] = useState(false);
  useUnsavedChangesGuard(dirty);
  const edit = (fn: (rows: Row[]) => Row[]) => {
    setDirty(true);
    setRows(fn);
  };
  const save = useApiMutation("scoring.saveCriteria", { success: "Đã lưu bảng tiêu chí" });
  const set = (i: number, patch: Partial<Row>) =>
    edit((r) => r.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const baseSum = rows
    .filter((r) => r.kind === "base" && !r.parentKey)
    .reduce((n, r) => n + r.maxPoints, 0);
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c={Math.abs(baseSum - 100) < 0.001 ? "teal" : "red"}>
          Tổng điểm chuẩn: {formatNumber(baseSum)}/100
        </Text>
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            onClick={() =>
              edit((r) => [
                ...r,
                {
                  key: `new-${Date.now()}`,
                  parentKey: null,
                  code: "",
                  title: "",
                  maxPoints: 0,
                  kind: "base",
                },
              ])
            }
          >
            Thêm tiêu chí
          </Button>
          <Button
            onClick={() => save.mutate({ tableId: d.table.id, criteria: rows })}
            loading={save.isPending}
          >
            Lưu bảng tiêu chí
          </Button>
        </Group>
      </Group>
      <Table withTableBorder verticalSpacing={4} aria-label="Bảng tiêu chí">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>TT</Table.Th>
            <Table.Th>Nội dung</Table.Th>
            <Table.Th w={100}>Điểm tối đa</Table.Th>
            <Table.Th w={140}>Loại</Table.Th>
            <Table.Th w={120}>Thuộc tiêu chí</Table.Th>
            <Table.Th w={50} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => (
            <Table.Tr key={r.key}>
              <Table.Td>
                <TextInput
                  size="xs"
                  aria-label={`Số thứ tự dòng ${i + 1}`}
                  value={r.code}
                  onChange={(e) => set(i, { code: e.currentTarget.value })}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  size="xs"
                  aria-label={`Nội dung dòng ${i + 1}`}
                  value={r.title}
                  onChange={(e) => set(i, { title: e.currentTarget.value })}
                />
              </Table.Td>
              <Table.Td>
                <NumberInput
                  size="xs"
                  aria-label={`Điểm tối đa dòng ${i + 1}`}
                  decimalSeparator=","
                  min={0}
                  value={r.maxPoints}
                  onChange={(v) => set(i, { maxPoints: Number(v) || 0 })}
                />
              </Table.Td>
              <Table.Td>
                <Select
                  size="xs"
                  aria-label={`Loại dòng ${i + 1}`}
                  allowDeselect={false}
                  data={Object.entries(criterionKindLabels).map(([value, label]) => ({
                    value,
                    label,
                  }))}
                  value={r.kind}
                  onChange={(v) => v && set(i, { kind: v as Row["kind"] })}
                />
              </Table.Td>
              <Table.Td>
                <Select
                  size="xs"
                  aria-label={`Thuộc tiêu chí dòng ${i + 1}`}
                  clearable
                  data={rows
                    .filter((x) => x.key !== r.key && x.code)
                    .map((x) => ({ value: x.key, label: x.code }))}
                  value={r.parentKey}
                  onChange={(v) => set(i, { parentKey: v })}
                />
              </Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Bỏ dòng ${i + 1}`}
                  onClick={() =>
                    edit((x) =>
                      x
                        .filter((_, j) => j !== i)
                        .map((y) => (y.parentKey === r.key ? { ...y, parentKey: null } : y)),
                    )
                  }
                >
                  <IconTrash size={14} />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed">
        Xóa một tiêu chí đã có điểm sẽ xóa cả điểm của tiêu chí đó khi lưu.
      </Text>
    </Stack>
  );
}

function SettingsTab({ d }: { d: ScoreTableDetail }) {
  const [v, setV] = useState(d.table);
  useUnsavedChangesGuard(JSON.stringify(v) !== JSON.stringify(d.table));
  const save = useApiMutation("scoring.saveTable", { success: "Đã lưu cách xếp hạng" });
  const prize = (i: number) => v.prizes[i] ?? 0;
  const setPrize = (i: number, amount: number) =>
    setV({ ...v, prizes: [0, 1, 2].map((j) => (j === i ? amount : prize(j))) });
  return (
    <Stack maw={640}>
      <TextInput
        label="Tên bảng điểm"
        value={v.name}
        onChange={(e) => setV({ ...v, name: e.currentTarget.value })}
      />
      <SimpleGrid cols={2}>
        <NumberInput
          label="Điểm cộng tối đa"
          decimalSeparator=","
          min={0}
          value={v.bonusLimit}
          onChange={(x) => setV({ ...v, bonusLimit: Number(x) || 0 })}
        />
        <NumberInput
          label="Điểm trừ tối đa"
          decimalSeparator=","
          min={0}
          value={v.penaltyLimit}
          onChange={(x) => setV({ ...v, penaltyLimit: Number(x) || 0 })}
        />
      </SimpleGrid>
      <Select
        label="Khi bằng tổng điểm"
        allowDeselect={false}
        value={v.tieBreak}
        onChange={(x) => x && setV({ ...v, tieBreak: x as typeof v.tieBreak })}
        data={[
          {
            value: "diem_chuan",
            label: "Xếp trên đơn vị có điểm chuẩn cao hơn, rồi ít điểm trừ hơn",
          },
          {
            value: "it_diem_tru",
            label: "Xếp trên đơn vị ít điểm trừ hơn, rồi điểm chuẩn cao hơn",
          },
          { value: "dong_hang", label: "Đồng hạng" },
        ]}
      />
      <SimpleGrid cols={3}>
        {["Nhất", "Nhì", "Ba"].map((r, i) => (
          <NumberInput
            key={r}
            label={`Thưởng hạng ${r} (đồng)`}
            thousandSeparator="."
            decimalSeparator=","
            min={0}
            value={prize(i)}
            onChange={(x) => setPrize(i, Number(x) || 0)}
          />
        ))}
      </SimpleGrid>
      <Button
        w="fit-content"
        onClick={() =>
          save.mutate({
            id: v.id,
            name: v.name,
            bonusLimit: v.bonusLimit,
            penaltyLimit: v.penaltyLimit,
            tieBreak: v.tieBreak,
            prizes: v.prizes,
          })
        }
        loading={save.isPending}
      >
        Lưu
      </Button>
    </Stack>
  );
}

export function ScoreTablePage() {
  const { id = "" } = useParams();
  const d = useApiQuery("scoring.getTable", { id });
  const [tab, setTab] = useState<string | null>("ranking");
  const { confirmDiscard } = useUnsavedChanges();
  if (!d.data) return d.isError ? <Alert color="red">{d.error.message}</Alert> : null;
  return (
    <>
      <PageHeader
        title={d.data.table.name}
        description={`${d.data.table.clusterName} · năm ${d.data.table.year} · ${d.data.members.length} đơn vị`}
        actions={<ScoringDocuments d={d.data} />}
      />
      {d.data.problems.length > 0 && (
        <Alert color="red" mb="md" title="Bảng tiêu chí chưa hợp lệ">
          {d.data.problems.join(" ")}
        </Alert>
      )}
      {/* Another tab unmounts this one's editor, and with it what is not saved yet. */}
      <Tabs value={tab} onChange={(t) => confirmDiscard(() => setTab(t))} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="ranking">Xếp hạng</Tabs.Tab>
          <Tabs.Tab value="scoring">Chấm điểm</Tabs.Tab>
          <Tabs.Tab value="criteria">Bảng tiêu chí</Tabs.Tab>
          <Tabs.Tab value="settings">Cách xếp hạng, tiền thưởng</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="ranking">
          <RankingTab d={d.data} />
        </Tabs.Panel>
        {/* Editors start from the data and are remounted when it changes (after a save). */}
        <Tabs.Panel value="scoring">
          <ScoringTab d={d.data} version={d.dataUpdatedAt} />
        </Tabs.Panel>
        <Tabs.Panel value="criteria">
          <CriteriaTab key={d.dataUpdatedAt} d={d.data} />
        </Tabs.Panel>
        <Tabs.Panel value="settings">
          <SettingsTab key={d.dataUpdatedAt} d={d.data} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
