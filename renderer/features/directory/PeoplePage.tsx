import { AddButton } from "../auth/AddButton";
import { Badge, Button, Group, Select, Text, TextInput, UnstyledButton } from "@mantine/core";
import { IconChevronDown, IconChevronUp, IconSearch } from "@tabler/icons-react";
import { memo, Suspense, useMemo, useState, type Dispatch, type SetStateAction } from "react";
import { genderLabels, type InputOf, type OutputOf } from "../../../electron/contract";
import { call } from "../../api/client";
import { lazyComponent } from "../../app/lazy-page";
import { PageHeader } from "../../components/PageHeader";
import {
  RowLink,
  usePagedRows,
  VirtualTable,
  type VirtualColumn,
} from "../../components/VirtualTable";
import { formatDate } from "../../lib/format";
import { ExportButton, ImportButtons, toOptions, UnitSelect, useKinds } from "./shared";

type Sort = "name" | "birthYear" | "unit";
type Person = OutputOf<"directory.listPeople">["rows"][number];

type Filter = InputOf<"directory.exportPeople">;

export function PeoplePage() {
  const [q, setQ] = useState("");
  const [unitId, setUnitId] = useState<string | null>(null);
  const [category, setCategory] = useState<string | null>(null);
  const [gender, setGender] = useState<string | null>(null);
  const [leader, setLeader] = useState<string | null>(null);
  const [sort, setSort] = useState<{ by: Sort; desc: boolean }>({ by: "name", desc: false });
  const [adding, setAdding] = useState(false);
  const [lists, setLists] = useState(false);
  const filter = useMemo<Filter>(
    () => ({
      // Not debounced: a search answers in a few ms, and the previous rows stay until then.
      q,
      ...(unitId ? { unitId } : {}),
      ...(category ? { category } : {}),
      ...(gender ? { gender: gender as "nam" | "nu" } : {}),
      ...(leader ? { isLeader: leader === "yes" } : {}),
      sort: sort.by,
      desc: sort.desc,
    }),
    [q, unitId, category, gender, leader, sort],
  );
  // The header and the filters re-render when a filter changes; the table also when rows arrive,
  // and each picker when its own list arrives (the page is drawn once, not once per answer).
  return (
    <>
      <PeopleHeader filter={filter} onLists={setLists} onAdd={setAdding} />
      <Group mb="sm" gap="xs" wrap="wrap">
        <TextInput
          leftSection={<IconSearch size={16} />}
          placeholder="Tìm theo tên (không cần dấu)…"
          aria-label="Tìm cá nhân"
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          w={280}
          data-autofocus
        />
        <UnitSelect
          placeholder="Đơn vị (gồm cấp dưới)"
          aria-label="Lọc theo đơn vị"
          clearable
          value={unitId}
          onChange={setUnitId}
          w={300}
        />
        <CategorySelect value={category} onChange={setCategory} />
        <Select
          placeholder="Giới tính"
          aria-label="Lọc theo giới tính"
          data={genderOptions}
          clearable
          value={gender}
          onChange={setGender}
          w={120}
        />
        <Select
          placeholder="Lãnh đạo?"
          aria-label="Lọc lãnh đạo"
          data={leaderOptions}
          clearable
          value={leader}
          onChange={setLeader}
          w={200}
        />
      </Group>
      <PeopleTable filter={filter} sort={sort} onSort={setSort} />
      <Suspense>
        {lists && <ListItemsModal list="person_category" onClose={() => setLists(false)} />}
        {adding && (
          <PersonModal
            person="new"
            defaultUnitId={unitId ?? undefined}
            onClose={() => setAdding(false)}
          />
        )}
      </Suspense>
    </>
  );
}

// The dialogs' forms load when first opened (or in the background): the list draws without them.
const PersonModal = lazyComponent(() => import("./PersonModal"), "PersonModal");
const ListItemsModal = lazyComponent(() => import("./ListItemsModal"), "ListItemsModal");

const genderOptions = toOptions(genderLabels);
const leaderOptions = [
  { value: "yes", label: "Lãnh đạo, quản lý" },
  { value: "no", label: "Không giữ chức vụ lãnh đạo" },
];

const PeopleHeader = memo(function PeopleHeader({
  filter,
  onLists,
  onAdd,
}: {
  filter: Filter;
  onLists: (open: boolean) => void;
  onAdd: (open: boolean) => void;
}) {
  return (
    <PageHeader
      title="Cá nhân"
      description="Cán bộ, công chức, viên chức, người lao động, chiến sĩ và nhân dân. Tìm không cần dấu; tên xếp theo tên rồi đến họ, đệm."
      actions={
        <>
          <ExportButton run={() => call("directory.exportPeople", filter)} />
          <Button variant="default" onClick={() => onLists(true)}>
            Đối tượng…
          </Button>
          <ImportButtons
            kinds={[
              { kind: "people", label: "Cá nhân" },
              { kind: "ratings", label: "Xếp loại cá nhân" },
            ]}
          />
          <AddButton may="directory.savePerson" onClick={() => onAdd(true)}>
            Thêm cá nhân
          </AddButton>
        </>
      }
    />
  );
});

function CategorySelect({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (code: string | null) => void;
}) {
  const { categories } = useKinds();
  const data = useMemo(
    () => categories.map((c) => ({ value: c.code, label: c.label })),
    [categories],
  );
  return (
    <Select
      placeholder="Đối tượng"
      aria-label="Lọc theo đối tượng"
      data={data}
      clearable
      value={value}
      onChange={onChange}
      w={170}
    />
  );
}

const PeopleTable = memo(function PeopleTable({
  filter,
  sort,
  onSort,
}: {
  filter: Filter;
  sort: { by: Sort; desc: boolean };
  onSort: Dispatch<SetStateAction<{ by: Sort; desc: boolean }>>;
}) {
  // Every matching person in one scrolling list; only the pages on screen are fetched.
  const list = usePagedRows<Person>("directory.listPeople", filter, (page, pageSize) =>
    call("directory.listPeople", { ...filter, page, pageSize }),
  );
  const { categoryLabel } = useKinds();
  const total = list.total;
  const header = (label: string, by: Sort) => (
    <UnstyledButton
      onClick={() => onSort((s) => ({ by, desc: s.by === by ? !s.desc : false }))}
      aria-label={`Sắp xếp theo ${label.toLowerCase()}`}
    >
      <Group gap={2} wrap="nowrap">
        <Text size="sm" fw={700}>
          {label}
        </Text>
        {sort.by === by &&
          (sort.desc ? <IconChevronDown size={14} /> : <IconChevronUp size={14} />)}
      </Group>
    </UnstyledButton>
  );
  const columns: VirtualColumn<Person>[] = [
    {
      key: "name",
      header: header("Họ và tên", "name"),
      width: "22%",
      cell: (p) => <RowLink to={`/danh-ba/ca-nhan/${p.id}`}>{p.fullName}</RowLink>,
      title: (p) => p.fullName,
    },
    { key: "gender", header: "Giới tính", width: 90, cell: (p) => genderLabels[p.gender] },
    {
      key: "birth",
      header: header("Ngày/năm sinh", "birthYear"),
      width: 140,
      cell: (p) => (p.birthDate ? formatDate(p.birthDate) : (p.birthYear ?? "")),
    },
    {
      key: "category",
      header: "Đối tượng",
      width: "14%",
      cell: (p) => categoryLabel.get(p.category) ?? p.category,
    },
    {
      key: "position",
      header: "Chức vụ",
      width: "18%",
      cell: (p) => (
        <>
          {p.position}
          {p.isLeader && (
            <Badge size="xs" variant="light" ml={4}>
              LĐ
            </Badge>
          )}
        </>
      ),
      title: (p) => p.position,
    },
    {
      key: "unit",
      header: header("Đơn vị", "unit"),
      cell: (p) => p.unitName,
      title: (p) => p.unitName,
    },
  ];
  return (
    <>
      <Text size="sm" c="dimmed" aria-live="polite" mb={4}>
        {total.toLocaleString("vi-VN")} người
      </Text>
      <VirtualTable
        aria-label="Danh sách cá nhân"
        rowCount={total}
        row={list.row}
        rowKey={(p) => p.id}
        columns={columns}
        onRangeChange={list.onRangeChange}
        resetKey={JSON.stringify(filter)}
      />
      {total === 0 && !list.isLoading && (
        <Text c="dimmed" ta="center" my="md">
          Không có cá nhân nào khớp với điều kiện tìm.
        </Text>
      )}
    </>
  );
});
