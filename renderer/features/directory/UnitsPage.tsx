import { AddButton } from "../auth/AddButton";
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Select,
  SimpleGrid,
  Switch,
  Table,
  Text,
  TextInput,
  Tooltip,
} from "@mantine/core";
import { IconPlayerPause, IconPlayerPlay } from "@tabler/icons-react";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { unitInput, type Unit } from "../../../electron/contract";
import { ApiError, call } from "../../api/client";
import { useApiMutation } from "../../api/hooks";
import { confirmAction } from "../../components/confirm";
import { PageHeader } from "../../components/PageHeader";
import { RecordFormModal } from "../../components/RecordFormModal";
import { RowActions } from "../../components/RowActions";
import { formatDate } from "../../lib/format";
import { UnitAwardsCard } from "../awards/AwardsSection";
import { matchesTyped } from "../../lib/folded-filter";
import { ListItemsModal } from "./ListItemsModal";
import { ExportButton, ImportButtons, useKinds, useUnits } from "./shared";

type UnitForm = Omit<Unit, "id" | "active" | "inactiveSince" | "peopleCount">;
const blank: UnitForm = {
  code: "",
  name: "",
  shortName: "",
  kind: "co_quan_chuyen_mon",
  parentId: null,
  address: "",
  headName: "",
  headPosition: "",
};

function UnitModal({ unit, onClose }: { unit: Unit | "new"; onClose: () => void }) {
  const { options } = useUnits();
  const { unitKinds } = useKinds();
  return (
    <RecordFormModal<UnitForm>
      channel="directory.saveUnit"
      record={unit}
      blank={blank}
      schema={unitInput}
      titles={{ create: "Thêm đơn vị", edit: "Sửa đơn vị" }}
      success="Đã lưu đơn vị"
      size="lg"
      onClose={onClose}
    >
      {(form) => (
        <>
          <TextInput
            label="Tên đơn vị"
            withAsterisk
            data-autofocus
            {...form.getInputProps("name")}
          />
          <SimpleGrid cols={2}>
            <TextInput label="Tên viết tắt" {...form.getInputProps("shortName")} />
            <TextInput
              label="Mã đơn vị"
              description="Dùng để đối chiếu khi nhập Excel"
              {...form.getInputProps("code")}
            />
            <Select
              label="Loại đơn vị"
              data={unitKinds.map((k) => ({ value: k.code, label: k.label }))}
              allowDeselect={false}
              searchable
              {...form.getInputProps("kind")}
            />
            <Select
              label="Trực thuộc"
              placeholder="(cấp cao nhất)"
              data={options.filter((o) => unit === "new" || o.value !== unit.id)}
              searchable
              clearable
              {...form.getInputProps("parentId")}
            />
            <TextInput label="Thủ trưởng đơn vị" {...form.getInputProps("headName")} />
            <TextInput label="Chức vụ thủ trưởng" {...form.getInputProps("headPosition")} />
          </SimpleGrid>
          <TextInput label="Địa chỉ" {...form.getInputProps("address")} />
          {unit !== "new" && <UnitAwardsCard unitId={unit.id} />}
        </>
      )}
    </RecordFormModal>
  );
}

export function UnitsPage() {
  const { tree, byId } = useUnits();
  const [params] = useSearchParams();
  const { unitKindLabel } = useKinds();
  const [editing, setEditing] = useState<Unit | "new" | null>(null);
  const [showInactive, setShowInactive] = useState(true);
  const [lists, setLists] = useState(false);
  // Opened from the global search (?id=…): show that unit until the officer types a filter.
  const [typed, setTyped] = useState<string | null>(null);
  const filter = typed ?? byId.get(params.get("id") ?? "")?.name ?? "";
  const setActive = useApiMutation("directory.setUnitActive", {
    success: "Đã cập nhật tình trạng đơn vị",
  });
  const remove = useApiMutation("directory.deleteUnit", {
    success: "Đã xóa đơn vị",
    onError: (e: ApiError) => {
      if (e.code !== "CONFLICT") return;
      const unit = pendingDelete;
      if (unit)
        confirmAction({
          title: "Chuyển sang ngừng hoạt động?",
          message: `${e.message} Chuyển “${unit.name}” sang ngừng hoạt động từ hôm nay?`,
          confirmLabel: "Ngừng hoạt động",
          danger: false,
          onConfirm: () => setActive.mutate({ id: unit.id, active: false }),
        });
    },
  });
  const [pendingDelete, setPendingDelete] = useState<Unit | null>(null);
  const rows = tree.filter((t) => (showInactive || t.unit.active) && matchesTyped(t.path, filter));
  return (
    <>
      <PageHeader
        title="Đơn vị"
        description="Cơ quan, xã, thị trấn, thôn, ấp, trường học, doanh nghiệp… theo cấp trực thuộc. Đơn vị đã có người hoặc lịch sử thì không xóa được, chỉ chuyển sang ngừng hoạt động."
        actions={
          <>
            <Button variant="default" onClick={() => setLists(true)}>
              Loại đơn vị…
            </Button>
            <ExportButton
              run={() =>
                call("directory.exportUnits", { includeInactive: showInactive, q: filter })
              }
            />
            <ImportButtons kinds={[{ kind: "units", label: "Đơn vị" }]} />
            <AddButton may="directory.saveUnit" onClick={() => setEditing("new")}>
              Thêm đơn vị
            </AddButton>
          </>
        }
      />
      <Group mb="sm">
        <TextInput
          placeholder="Lọc theo tên…"
          value={filter}
          onChange={(e) => setTyped(e.currentTarget.value)}
          w={300}
          aria-label="Lọc đơn vị"
        />
        <Switch
          label="Hiện đơn vị ngừng hoạt động"
          checked={showInactive}
          onChange={(e) => setShowInactive(e.currentTarget.checked)}
        />
        <Text size="sm" c="dimmed">
          {rows.length} đơn vị
        </Text>
      </Group>
      <Table striped withTableBorder verticalSpacing={4} aria-label="Cây đơn vị">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Tên đơn vị</Table.Th>
            <Table.Th>Loại</Table.Th>
            <Table.Th>Thủ trưởng</Table.Th>
            <Table.Th ta="right">Số người</Table.Th>
            <Table.Th>Tình trạng</Table.Th>
            <Table.Th w={120} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ unit: u, depth }) => (
            <Table.Tr key={u.id}>
              <Table.Td style={{ paddingLeft: 8 + depth * 24 }}>
                <Text size="sm" fw={depth === 0 ? 600 : 400}>
                  {u.name}
                  {u.code && (
                    <Text span size="xs" c="dimmed" ml={6}>
                      {u.code}
                    </Text>
                  )}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{unitKindLabel.get(u.kind) ?? u.kind}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{u.headName}</Text>
              </Table.Td>
              <Table.Td ta="right">{u.peopleCount || ""}</Table.Td>
              <Table.Td>
                {u.active ? (
                  <Badge color="teal" variant="light">
                    Hoạt động
                  </Badge>
                ) : (
                  <Badge color="gray">
                    Ngừng từ {u.inactiveSince ? formatDate(u.inactiveSince) : "?"}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Tooltip label={u.active ? "Ngừng hoạt động" : "Hoạt động trở lại"}>
                    <ActionIcon
                      variant="subtle"
                      aria-label={`${u.active ? "Ngừng hoạt động" : "Hoạt động trở lại"} ${u.name}`}
                      onClick={() =>
                        u.active
                          ? confirmAction({
                              title: "Ngừng hoạt động?",
                              message: `“${u.name}” sẽ được đánh dấu ngừng hoạt động từ hôm nay; lịch sử được giữ nguyên.`,
                              confirmLabel: "Ngừng hoạt động",
                              danger: false,
                              onConfirm: () => setActive.mutate({ id: u.id, active: false }),
                            })
                          : setActive.mutate({ id: u.id, active: true })
                      }
                    >
                      {u.active ? <IconPlayerPause size={16} /> : <IconPlayerPlay size={16} />}
                    </ActionIcon>
                  </Tooltip>
                  <RowActions
                    label={u.name}
                    onEdit={() => setEditing(u)}
                    confirmDelete={{
                      title: "Xóa đơn vị?",
                      message: `Xóa “${u.name}” khỏi danh bạ.`,
                    }}
                    onDelete={() => {
                      setPendingDelete(u);
                      remove.mutate({ id: u.id });
                    }}
                  />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing && <UnitModal unit={editing} onClose={() => setEditing(null)} />}
      {lists && <ListItemsModal list="unit_kind" onClose={() => setLists(false)} />}
    </>
  );
}
