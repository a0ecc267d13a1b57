import {
  ActionIcon,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconPencil, IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { councilMemberInput, type CouncilMember } from "../../../electron/contract";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { confirmAction } from "../../components/confirm";
import { MoveButtons } from "../../components/MoveButtons";
import { PageHeader } from "../../components/PageHeader";
import { showServerErrors, zodValidate } from "../../components/form-utils";
import { councilRoleLabels, toOptions } from "./labels";

type MemberForm = Omit<CouncilMember, "id" | "sortOrder">;

function MemberModal({ member, onClose }: { member: CouncilMember | "new"; onClose: () => void }) {
  const form = useForm<MemberForm>({
    mode: "controlled",
    initialValues:
      member === "new" ? { fullName: "", position: "", role: "uy_vien", active: true } : member,
    validate: zodValidate(councilMemberInput),
  });
  const save = useApiMutation("settings.saveCouncilMember", {
    success: "Đã lưu thành viên Hội đồng",
    onSuccess: onClose,
    onError: (e) => showServerErrors(form, e),
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={member === "new" ? "Thêm thành viên Hội đồng" : "Sửa thành viên Hội đồng"}
    >
      <form
        onSubmit={form.onSubmit((v) =>
          save.mutate({ ...v, ...(member === "new" ? {} : { id: member.id }) }),
        )}
      >
        <Stack>
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
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Hủy
            </Button>
            <Button type="submit" loading={save.isPending}>
              Lưu
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function CouncilPage() {
  const list = useApiQuery("settings.listCouncil", {});
  const [editing, setEditing] = useState<CouncilMember | "new" | null>(null);
  const remove = useApiMutation("settings.deleteCouncilMember", { success: "Đã xóa thành viên" });
  const reorder = useApiMutation("settings.reorderCouncil");
  const rows = list.data ?? [];
  const ids = rows.map((r) => r.id);
  const active = rows.filter((r) => r.active && r.role !== "thu_ky").length;
  return (
    <>
      <PageHeader
        title="Hội đồng Thi đua – Khen thưởng"
        description={`Thành viên dự họp xét; số thành viên (không kể thư ký) đang có: ${active}. Dùng để kiểm tra số lượng tham dự tối thiểu.`}
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
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon
                      variant="subtle"
                      aria-label={`Sửa ${m.fullName}`}
                      onClick={() => setEditing(m)}
                    >
                      <IconPencil size={16} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Xóa ${m.fullName}`}
                      onClick={() =>
                        confirmAction({
                          title: "Xóa thành viên?",
                          message: `Xóa “${m.fullName}” khỏi Hội đồng. Nếu chỉ thôi tham gia, hãy sửa và bỏ chọn “Đang là thành viên”.`,
                          confirmLabel: "Xóa",
                          onConfirm: () => remove.mutate({ id: m.id }),
                        })
                      }
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
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
