import { Badge, Button, Card, Checkbox, Group, Table, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { type MeetingDetail } from "../../../electron/contract";
import { councilCountNote, isCouncilVoter } from "../../../electron/contract/vocabulary";
import { useApiMutation } from "../../api/hooks";
import { useUnsavedChangesGuard } from "../../app/unsaved-changes";
import { councilRoleLabels } from "../settings/labels";

export function Attendance({ d, locked }: { d: MeetingDetail; locked: boolean }) {
  const [rows, setRows] = useState(d.attendance);
  const save = useApiMutation("meetings.setAttendance", { success: "Đã lưu thành phần dự họp" });
  const present = rows.filter((r) => r.present && isCouncilVoter(r)).length;
  const q = d.meeting.quorum;
  const dirty = rows.some((r, i) => {
    const o = d.attendance[i]!;
    return r.present !== o.present || r.reason !== o.reason;
  });
  useUnsavedChangesGuard(dirty);
  const set = (i: number, patch: Partial<(typeof rows)[number]>) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={4}>Thành phần dự họp</Title>
        <Badge
          size="lg"
          color={present >= q.required ? "teal" : "red"}
          variant="light"
          aria-label="Số thành viên có mặt"
        >
          Có mặt {present}/{q.total} ({councilCountNote}) — cần {q.required}
        </Badge>
      </Group>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>Có mặt</Table.Th>
            <Table.Th>Thành viên</Table.Th>
            <Table.Th>Vai trò</Table.Th>
            <Table.Th>Lý do vắng</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                <Checkbox
                  aria-label={`${r.fullName} có mặt`}
                  checked={r.present}
                  disabled={locked}
                  onChange={(e) => set(i, { present: e.currentTarget.checked })}
                />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{r.fullName}</Text>
                <Text size="xs" c="dimmed">
                  {r.position}
                </Text>
              </Table.Td>
              <Table.Td>
                {meetingRole(
                  councilRoleLabels[r.role],
                  r.memberId === d.meeting.chairMemberId,
                  r.memberId === d.meeting.secretaryMemberId,
                )}
              </Table.Td>
              <Table.Td>
                {!r.present && (
                  <TextInput
                    size="xs"
                    aria-label={`Lý do ${r.fullName} vắng mặt`}
                    placeholder="Đi công tác, ốm…"
                    disabled={locked}
                    value={r.reason}
                    onChange={(e) => set(i, { reason: e.currentTarget.value })}
                  />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {!locked && (
        <Group justify="flex-end" mt="sm">
          <Button
            variant={dirty ? "filled" : "default"}
            loading={save.isPending}
            onClick={() =>
              save.mutate({
                meetingId: d.meeting.id,
                rows: rows.map((r) => ({ id: r.id, present: r.present, reason: r.reason })),
              })
            }
          >
            Lưu thành phần dự họp
          </Button>
        </Group>
      )}
    </Card>
  );
}

function meetingRole(councilRole: string, chair: boolean, secretary: boolean): string {
  const extra = chair ? "chủ tọa" : secretary ? "thư ký" : "";
  if (!extra || councilRole.toLowerCase() === extra) return councilRole;
  return `${councilRole} · ${extra}`;
}
