import {
  Anchor,
  Badge,
  Button,
  Group,
  Pagination,
  Select,
  Table,
  Text,
  TextInput,
  UnstyledButton,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconChevronDown, IconChevronUp, IconPlus, IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { Link } from "react-router";
import { genderLabels, type InputOf } from "../../../electron/contract";
import { call } from "../../api/client";
import { useApiQuery } from "../../api/hooks";
import { PageHeader } from "../../components/PageHeader";
import { formatDate } from "../../lib/format";
import { PersonModal } from "./PersonModal";
import { ListItemsModal } from "./ListItemsModal";
import { ExportButton, ImportButtons, toOptions, useKinds, useUnits } from "./shared";

type Sort = "name" | "birthYear" | "unit";
const PAGE_SIZE = 50;

export function PeoplePage() {
  const [q, setQ] = useState("");
  const [debounced] = useDebouncedValue(q, 120);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [category, setCategory] = useState<string | null>(null);
  const [gender, setGender] = useState<string | null>(null);
  const [leader, setLeader] = useState<string | null>(null);
  const [sort, setSort] = useState<{ by: Sort; desc: boolean }>({ by: "name", desc: false });
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const [lists, setLists] = useState(false);
  const { options } = useUnits();
  const { categories, categoryLabel } = useKinds();
  const filter: InputOf<"directory.exportPeople"> = {
    q: debounced,
    ...(unitId ? { unitId } : {}),
    ...(category ? { category } : {}),
    ...(gender ? { gender: gender as "nam" | "nu" } : {}),
    ...(leader ? { isLeader: leader === "yes" } : {}),
    sort: sort.by,
    desc: sort.desc,
  };
  const list = useApiQuery(
    "directory.listPeople",
    { ...filter, page, pageSize: PAGE_SIZE },
    { placeholderData: (prev) => prev },
  );
  const total = list.data?.total ?? 0;
  const reset =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };
  const header = (label: string, by: Sort) => (
    <UnstyledButton
      onClick={() => setSort((s) => ({ by, desc: s.by === by ? !s.desc : false }))}
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
  return (
    <>
      <PageHeader
        title="Cá nhân"
        description="Cán bộ, công chức, viên chức, người lao động, chiến sĩ và nhân dân. Tìm không cần dấu; tên xếp theo tên rồi đến họ, đệm."
        actions={
          <>
            <ExportButton run={() => call("directory.exportPeople", filter)} />
            <Button variant="default" onClick={() => setLists(true)}>
              Đối tượng…
            </Button>
            <ImportButtons
              kinds={[
                { kind: "people", label: "Cá nhân" },
                { kind: "ratings", label: "Xếp loại cá nhân" },
              ]}
            />
            <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
              Thêm cá nhân
            </Button>
          </>
        }
      />
      <Group mb="sm" gap="xs" wrap="wrap">
        <TextInput
          leftSection={<IconSearch size={16} />}
          placeholder="Tìm theo tên (không cần dấu)…"
          aria-label="Tìm cá nhân"
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setPage(1);
          }}
          w={280}
          data-autofocus
        />
        <Select
          placeholder="Đơn vị (gồm cấp dưới)"
          aria-label="Lọc theo đơn vị"
          data={options}
          searchable
          clearable
          value={unitId}
          onChange={reset(setUnitId)}
          w={300}
        />
        <Select
          placeholder="Đối tượng"
          aria-label="Lọc theo đối tượng"
          data={categories.map((c) => ({ value: c.code, label: c.label }))}
          clearable
          value={category}
          onChange={reset(setCategory)}
          w={170}
        />
        <Select
          placeholder="Giới tính"
          aria-label="Lọc theo giới tính"
          data={toOptions(genderLabels)}
          clearable
          value={gender}
          onChange={reset(setGender)}
          w={120}
        />
        <Select
          placeholder="Lãnh đạo?"
          aria-label="Lọc lãnh đạo"
          data={[
            { value: "yes", label: "Lãnh đạo, quản lý" },
            { value: "no", label: "Không giữ chức vụ lãnh đạo" },
          ]}
          clearable
          value={leader}
          onChange={reset(setLeader)}
          w={200}
        />
        <Text size="sm" c="dimmed" aria-live="polite">
          {total.toLocaleString("vi-VN")} người
        </Text>
      </Group>
      <Table striped withTableBorder verticalSpacing={4} aria-label="Danh sách cá nhân">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{header("Họ và tên", "name")}</Table.Th>
            <Table.Th>Giới tính</Table.Th>
            <Table.Th>{header("Ngày/năm sinh", "birthYear")}</Table.Th>
            <Table.Th>Đối tượng</Table.Th>
            <Table.Th>Chức vụ</Table.Th>
            <Table.Th>{header("Đơn vị", "unit")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(list.data?.rows ?? []).map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <Anchor component={Link} to={`/danh-ba/ca-nhan/${p.id}`} size="sm">
                  {p.fullName}
                </Anchor>
              </Table.Td>
              <Table.Td>{genderLabels[p.gender]}</Table.Td>
              <Table.Td>{p.birthDate ? formatDate(p.birthDate) : (p.birthYear ?? "")}</Table.Td>
              <Table.Td>{categoryLabel.get(p.category) ?? p.category}</Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Text size="sm">{p.position}</Text>
                  {p.isLeader && (
                    <Badge size="xs" variant="light">
                      LĐ
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{p.unitName}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {total === 0 && !list.isLoading && (
        <Text c="dimmed" ta="center" my="md">
          Không có cá nhân nào khớp với điều kiện tìm.
        </Text>
      )}
      {total > PAGE_SIZE && (
        <Pagination
          mt="sm"
          total={Math.ceil(total / PAGE_SIZE)}
          value={page}
          onChange={setPage}
          aria-label="Trang"
        />
      )}
      {lists && <ListItemsModal list="person_category" onClose={() => setLists(false)} />}
      {adding && (
        <PersonModal
          person="new"
          defaultUnitId={unitId ?? undefined}
          onClose={() => setAdding(false)}
        />
      )}
    </>
  );
}
