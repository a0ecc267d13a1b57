import {
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Table,
  Text,
  TextInput,
  Textarea,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconPlus, IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import {
  initiativeInput,
  initiativeLevels,
  type Initiative,
  type InputOf,
} from "../../../electron/contract";
import { call } from "../../api/client";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { DateField } from "../../components/DateField";
import { PageHeader } from "../../components/PageHeader";
import { RecordFormModal } from "../../components/RecordFormModal";
import { RowActions } from "../../components/RowActions";
import { formatDate } from "../../lib/format";
import { keepServerResults, rankByMatch } from "../../lib/folded-filter";
import { useWorkingYear } from "../../app/WorkingYearSelect";
import { ExportButton, toOptions } from "./shared";

type InitiativeForm = {
  title: string;
  year: number;
  level: Initiative["level"];
  decisionNumber: string;
  decisionDate: string | null;
  scope: string;
  authorIds: string[];
};

/** Author picker: searches people as the officer types, keeps the chosen ones. */
function AuthorsField(props: {
  value: string[];
  onChange: (v: string[]) => void;
  known: { value: string; label: string }[];
  error?: unknown;
}) {
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search, 120);
  const found = useApiQuery(
    "directory.listPeople",
    { q: debounced, pageSize: 20 },
    { enabled: debounced.trim().length >= 2 },
  );
  const options = new Map(props.known.map((o) => [o.value, o]));
  for (const p of rankByMatch(found.data?.rows ?? [], search, (x) => x.fullName))
    options.set(p.id, {
      value: p.id,
      label: `${p.fullName}${p.unitName ? ` – ${p.unitName}` : ""}`,
    });
  return (
    <MultiSelect
      label="Tác giả"
      withAsterisk
      placeholder="Gõ tên để tìm (không cần dấu)"
      data={[...options.values()]}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={keepServerResults}
      value={props.value}
      onChange={props.onChange}
      error={props.error as string | undefined}
    />
  );
}

export function InitiativesPage() {
  const workingYear = useWorkingYear() ?? new Date().getFullYear();
  const [q, setQ] = useState("");
  const [debounced] = useDebouncedValue(q, 150);
  const [year, setYear] = useState<string | null>(null);
  const filter: InputOf<"directory.exportInitiatives"> = {
    q: debounced,
    ...(year ? { year: Number(year) } : {}),
  };
  const list = useApiQuery("directory.listInitiatives", filter);
  const [editing, setEditing] = useState<Initiative | "new" | null>(null);
  const remove = useApiMutation("directory.deleteInitiative", { success: "Đã xóa sáng kiến" });
  return (
    <>
      <PageHeader
        title="Sáng kiến, đề tài"
        description="Sáng kiến, đề tài khoa học được công nhận, với tác giả, cấp công nhận và quyết định."
        actions={
          <>
            <ExportButton run={() => call("directory.exportInitiatives", filter)} />
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing("new")}>
              Thêm sáng kiến
            </Button>
          </>
        }
      />
      <Group mb="sm">
        <TextInput
          leftSection={<IconSearch size={16} />}
          placeholder="Tìm tên sáng kiến, tác giả…"
          aria-label="Tìm sáng kiến"
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          w={300}
        />
        <Select
          placeholder="Năm"
          aria-label="Lọc theo năm"
          data={Array.from({ length: 12 }, (_, i) => String(workingYear - i))}
          clearable
          value={year}
          onChange={setYear}
          w={110}
        />
        <Text size="sm" c="dimmed">
          {list.data?.length ?? 0} sáng kiến
        </Text>
      </Group>
      <Table striped withTableBorder verticalSpacing={4} aria-label="Danh sách sáng kiến">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>Năm</Table.Th>
            <Table.Th>Tên sáng kiến, đề tài</Table.Th>
            <Table.Th>Tác giả</Table.Th>
            <Table.Th>Cấp công nhận</Table.Th>
            <Table.Th>Quyết định</Table.Th>
            <Table.Th w={90} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(list.data ?? []).map((i) => (
            <Table.Tr key={i.id}>
              <Table.Td>{i.year}</Table.Td>
              <Table.Td>{i.title}</Table.Td>
              <Table.Td>{i.authors.map((a) => a.fullName).join(", ")}</Table.Td>
              <Table.Td>{initiativeLevels[i.level]}</Table.Td>
              <Table.Td>
                {i.decisionNumber}
                {i.decisionDate && ` ngày ${formatDate(i.decisionDate)}`}
              </Table.Td>
              <Table.Td>
                <RowActions
                  label={i.title}
                  onEdit={() => setEditing(i)}
                  confirmDelete={{ title: "Xóa sáng kiến?", message: `Xóa “${i.title}”.` }}
                  onDelete={() => remove.mutate({ id: i.id })}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing && (
        <RecordFormModal<InitiativeForm>
          channel="directory.saveInitiative"
          record={
            editing === "new"
              ? "new"
              : {
                  id: editing.id,
                  title: editing.title,
                  year: editing.year,
                  level: editing.level,
                  decisionNumber: editing.decisionNumber,
                  decisionDate: editing.decisionDate,
                  scope: editing.scope,
                  authorIds: editing.authors.map((a) => a.personId),
                }
          }
          blank={{
            title: "",
            year: workingYear,
            level: "co_so",
            decisionNumber: "",
            decisionDate: null,
            scope: "",
            authorIds: [],
          }}
          schema={initiativeInput}
          titles={{ create: "Thêm sáng kiến, đề tài", edit: "Sửa sáng kiến, đề tài" }}
          success="Đã lưu sáng kiến"
          size="lg"
          onClose={() => setEditing(null)}
        >
          {(form) => (
            <>
              <Textarea
                label="Tên sáng kiến, đề tài"
                withAsterisk
                autosize
                data-autofocus
                {...form.getInputProps("title")}
              />
              <AuthorsField
                value={form.values.authorIds}
                onChange={(v) => form.setFieldValue("authorIds", v)}
                known={
                  editing === "new"
                    ? []
                    : editing.authors.map((a) => ({ value: a.personId, label: a.fullName }))
                }
                error={form.errors.authorIds}
              />
              <SimpleGrid cols={2}>
                <NumberInput
                  label="Năm"
                  min={1945}
                  max={2100}
                  allowDecimal={false}
                  {...form.getInputProps("year")}
                />
                <Select
                  label="Cấp công nhận"
                  data={toOptions(initiativeLevels)}
                  allowDeselect={false}
                  {...form.getInputProps("level")}
                />
                <TextInput
                  label="Số quyết định công nhận"
                  {...form.getInputProps("decisionNumber")}
                />
                <DateField
                  label="Ngày quyết định"
                  clearable
                  {...form.getInputProps("decisionDate")}
                />
              </SimpleGrid>
              <Textarea
                label="Phạm vi ảnh hưởng, hiệu quả"
                autosize
                {...form.getInputProps("scope")}
              />
            </>
          )}
        </RecordFormModal>
      )}
    </>
  );
}
