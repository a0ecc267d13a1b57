import { Badge, Button, Checkbox, Group, Select, Table, Text, TextInput } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import {
  councilCountNote,
  councilMemberInput,
  isCouncilVoter,
  type CouncilMember,
} from "../../../electron/contract";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { MoveButtons } from "../../components/MoveButtons";
import { PageHeader } from "../../components/PageHeader";
import { RecordFormModal } from "../../components/RecordFormModal";
import { RowActions } from "../../components/RowActions";
import { councilRoleLabels, toOptions } from "./labels";

type MemberForm = Omit<CouncilMember, "id" | "sortOrder">;

function MemberModal({ member, onClose }: { member: CouncilMember | "new"; onClose: () => void }) {
  return (
    <RecordFormModal<MemberForm>
      channel="settings.saveCouncilMember"
      record={member}
      blank={{ fullName: "", position: "", role: "uy_vien", active: true }}
      schema={councilMemberInput}
      titles={{ create: "Thêm thành viên Hội đồng", edit: "Sửa thành viên Hội đồng" }}
      success="Đã lưu thành viên Hội đồng"
      onClose={onClose}
    >
      {(form) => (
        <>
          <TextInput
            label="Họ và tên"
            withAsterisk
            data-autofocus
            {...form.getInputProps("fullName")}
          />
          <TextInput
            label="Chức vụ, đơn vị"
            description="Ví dụ: Trưởng phòng Nội vụ"
            {...form.getInputProps("position")}
          />
          <Select
            label="Vai trò trong Hội đồng"
            data={toOptions(councilRoleLabels)}
            allowDeselect={false}
            {...form.getInputProps("role")}
          />
          <Checkbox
            label="Đang là thành viên"
            {...form.getInputProps("active", { type: "checkbox" })}
          />
        </>
      )}
    </RecordFormModal>
  );
}

export function CouncilPage() {
  const list = useApiQuery("settings.listCouncil", {});
  const [editing, setEditing] = useState<CouncilMember | "new" | null>(null);
  const remove = useApiMutation("settings.deleteCouncilMember", { success: "Đã xóa thành viên" });
  const reorder = useApiMutation("settings.reorderCouncil");
  const rows = list.data ?? [];
  const ids = rows.map((r) => r.id);
  const active = rows.filter((r) => r.active && isCouncilVoter(r)).length;
  return (
    <>
      <PageHeader
        title="Hội đồng Thi đua – Khen thưởng"
        description={`Thành viên dự họp xét; số thành viên (${councilCountNote}) đang có: ${active}. Dùng để kiểm tra số lượng tham dự tối thiểu.`}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing("new")}>
            Thêm thành viên
          </Button>
        }
      />
      {rows.length === 0 ? (
        <Text c="dimmed">Chưa có thành viên nào. Bấm “Thêm thành viên” để bắt đầu.</Text>
      ) : (
        <Table striped withTableBorder verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>Thứ tự</Table.Th>
              <Table.Th>Họ và tên</Table.Th>
              <Table.Th>Chức vụ, đơn vị</Table.Th>
              <Table.Th>Vai trò</Table.Th>
              <Table.Th w={100} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((m, i) => (
              <Table.Tr key={m.id} opacity={m.active ? 1 : 0.55}>
                <Table.Td>
                  <MoveButtons
                    ids={ids}
                    index={i}
                    label={m.fullName}
                    onReorder={(next) => reorder.mutate({ ids: next })}
                  />
                </Table.Td>
                <Table.Td fw={500}>{m.fullName}</Table.Td>
                <Table.Td>{m.position}</Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    {councilRoleLabels[m.role]}
                    {!m.active && <Badge color="gray">Thôi tham gia</Badge>}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <RowActions
                    label={m.fullName}
                    onEdit={() => setEditing(m)}
                    confirmDelete={{
                      title: "Xóa thành viên?",
                      message: `Xóa “${m.fullName}” khỏi Hội đồng. Nếu chỉ thôi tham gia, hãy sửa và bỏ chọn “Đang là thành viên”.`,
                    }}
                    onDelete={() => remove.mutate({ id: m.id })}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && <MemberModal member={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
