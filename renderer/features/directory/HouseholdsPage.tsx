import { AddButton } from "../auth/AddButton";
import { Group, Pagination, Select, Table, Text, TextInput, Textarea } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { householdInput, type HouseholdRow } from "../../../electron/contract";
import { householdName } from "../../../electron/contract/format";
import { call } from "../../api/client";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { PageHeader } from "../../components/PageHeader";
import { RecordFormModal } from "../../components/RecordFormModal";
import { RowActions } from "../../components/RowActions";
import { ExportButton, HeadGenderSelect, ImportButtons, useUnits } from "./shared";

type HouseholdForm = Omit<HouseholdRow, "id" | "unitName">;
const PAGE_SIZE = 50;

export function HouseholdsPage() {
  const [params] = useSearchParams();
  const [q, setQ] = useState(params.get("q") ?? "");
  const [debounced] = useDebouncedValue(q, 120);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<HouseholdRow | "new" | null>(null);
  const { options } = useUnits();
  const list = useApiQuery(
    "directory.listHouseholds",
    { q: debounced, ...(unitId ? { unitId } : {}), page, pageSize: PAGE_SIZE },
    { placeholderData: (prev) => prev },
  );
  const remove = useApiMutation("directory.deleteHousehold", { success: "Đã xóa hộ gia đình" });
  const total = list.data?.total ?? 0;
  return (
    <>
      <PageHeader
        title="Hộ gia đình"
        description="Hộ gia đình theo xã, thôn, ấp (đối tượng của danh hiệu Gia đình văn hóa…)."
        actions={
          <>
            <ExportButton
              run={() =>
                call("directory.exportHouseholds", { q: debounced, ...(unitId ? { unitId } : {}) })
              }
            />
            <ImportButtons kinds={[{ kind: "households", label: "Hộ gia đình" }]} />
            <AddButton may="directory.saveHousehold" onClick={() => setEditing("new")}>
              Thêm hộ
            </AddButton>
          </>
        }
      />
      <Group mb="sm">
        <TextInput
          leftSection={<IconSearch size={16} />}
          placeholder="Tìm tên chủ hộ, địa chỉ…"
          aria-label="Tìm hộ gia đình"
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setPage(1);
          }}
          w={280}
        />
        <Select
          placeholder="Xã, thôn"
          aria-label="Lọc theo đơn vị"
          data={options}
          searchable
          clearable
          value={unitId}
          onChange={(v) => {
            setUnitId(v);
            setPage(1);
          }}
          w={300}
        />
        <Text size="sm" c="dimmed">
          {total.toLocaleString("vi-VN")} hộ
        </Text>
      </Group>
      <Table striped withTableBorder verticalSpacing={4} aria-label="Danh sách hộ gia đình">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Hộ gia đình</Table.Th>
            <Table.Th>Địa chỉ</Table.Th>
            <Table.Th>Xã, thôn</Table.Th>
            <Table.Th w={90} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(list.data?.rows ?? []).map((h) => (
            <Table.Tr key={h.id}>
              <Table.Td>{householdName(h.headName, h.headGender)}</Table.Td>
              <Table.Td>{h.address}</Table.Td>
              <Table.Td>{h.unitName}</Table.Td>
              <Table.Td>
                <RowActions
                  label={h.headName}
                  onEdit={() => setEditing(h)}
                  confirmDelete={{
                    title: "Xóa hộ gia đình?",
                    message: `Xóa ${householdName(h.headName, h.headGender).replace(/^Hộ/, "hộ")}.`,
                  }}
                  onDelete={() => remove.mutate({ id: h.id })}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {total > PAGE_SIZE && (
        <Pagination mt="sm" total={Math.ceil(total / PAGE_SIZE)} value={page} onChange={setPage} />
      )}
      {editing && (
        <RecordFormModal<HouseholdForm>
          channel="directory.saveHousehold"
          record={editing === "new" ? "new" : (({ unitName: _n, ...rest }) => rest)(editing)}
          blank={{ headName: "", headGender: "", address: "", unitId: unitId, note: "" }}
          schema={householdInput}
          titles={{ create: "Thêm hộ gia đình", edit: "Sửa hộ gia đình" }}
          success="Đã lưu hộ gia đình"
          onClose={() => setEditing(null)}
        >
          {(form) => (
            <>
              <TextInput
                label="Họ tên chủ hộ"
                withAsterisk
                data-autofocus
                {...form.getInputProps("headName")}
              />
              <HeadGenderSelect
                value={form.values.headGender}
                onChange={(g) => form.setFieldValue("headGender", g)}
                error={form.errors.headGender}
              />
              <TextInput label="Địa chỉ" {...form.getInputProps("address")} />
              <Select
                label="Xã, thôn"
                data={options}
                searchable
                clearable
                {...form.getInputProps("unitId")}
              />
              <Textarea label="Ghi chú" autosize {...form.getInputProps("note")} />
            </>
          )}
        </RecordFormModal>
      )}
    </>
  );
}
