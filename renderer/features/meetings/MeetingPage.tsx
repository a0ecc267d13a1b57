import { Alert, Badge, Button, Card, List, SimpleGrid, Stack, Text } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import { useState } from "react";
import { useNavigate, useParams } from "react-router";
import { formatDate, meetingKindLabels, meetingStateLabels } from "../../../electron/contract";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { confirmAction } from "../../components/confirm";
import { PageHeader } from "../../components/PageHeader";
import { MeetingFormModal } from "./MeetingFormModal";

import { Attendance } from "./MeetingAttendance";
import { Documents } from "./MeetingDocuments";
import { Votes } from "./MeetingVotes";

export function MeetingPage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const q = useApiQuery("meetings.get", { id });
  const [editing, setEditing] = useState(false);
  const remove = useApiMutation("meetings.delete", {
    success: "Đã xóa phiên họp",
    onSuccess: () => void navigate("/hop-hoi-dong"),
  });
  const apply = useApiMutation("meetings.applyResults", {
    success: "Đã áp dụng kết quả biểu quyết vào các đề nghị",
  });
  const d = q.data;
  if (q.isError) return <Alert color="red">{q.error.message}</Alert>;
  if (!d) return null;
  const m = d.meeting;
  const locked = m.state === "da_ap_dung";
  const passed = d.items.filter((i) => i.outcome === "dat").length;
  // Editors remount when the data they started from changes (no setState in effects).
  const attendanceKey = d.attendance.map((a) => `${a.id}:${a.present}:${a.reason}`).join("|");
  const votesKey = `${m.quorum.present}|${d.items.map((i) => `${i.id}:${i.votesAgree}:${i.votesPresent}`).join("|")}`;
  return (
    <>
      <PageHeader
        title={`Phiên họp ngày ${formatDate(m.meetingDate)}`}
        description={`${meetingKindLabels[m.kind]} năm ${m.year} · ${m.startTime}${m.endTime ? `–${m.endTime}` : ""} · ${m.place}`}
        actions={
          <>
            <Badge size="lg" variant="light" color={locked ? "teal" : "blue"}>
              {meetingStateLabels[m.state]}
            </Badge>
            <Button variant="default" onClick={() => setEditing(true)}>
              Sửa thông tin
            </Button>
            {!locked && (
              <Button
                variant="default"
                color="red"
                onClick={() =>
                  confirmAction({
                    title: "Xóa phiên họp?",
                    message:
                      "Xóa phiên họp cùng thành phần và phiếu đã nhập. Các đề nghị vẫn ở trạng thái “Trình Hội đồng”.",
                    confirmLabel: "Xóa",
                    onConfirm: () => remove.mutate({ id: m.id }),
                  })
                }
              >
                Xóa
              </Button>
            )}
            {!locked && (
              <Button
                leftSection={<IconCheck size={16} />}
                disabled={d.problems.length > 0}
                loading={apply.isPending}
                onClick={() =>
                  confirmAction({
                    title: "Áp dụng kết quả biểu quyết?",
                    message: `${passed} đề nghị chuyển sang “Hội đồng đồng ý”, ${d.items.length - passed} đề nghị sang “Hội đồng không đồng ý”. Sau khi áp dụng, phiên họp bị khóa: không sửa thành phần, phiếu và danh sách đề nghị được nữa.`,
                    confirmLabel: "Áp dụng kết quả",
                    danger: false,
                    onConfirm: () => apply.mutate({ id: m.id }),
                  })
                }
              >
                Áp dụng kết quả
              </Button>
            )}
          </>
        }
      />
      <Stack>
        <Card withBorder>
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            <Stack gap={0}>
              <Text size="xs" c="dimmed">
                Chủ tọa
              </Text>
              <Text size="sm">{m.chairName}</Text>
            </Stack>
            <Stack gap={0}>
              <Text size="xs" c="dimmed">
                Thư ký
              </Text>
              <Text size="sm">{m.secretaryName}</Text>
            </Stack>
            <Stack gap={0}>
              <Text size="xs" c="dimmed">
                Tỷ lệ có mặt
              </Text>
              <Text size="sm" c={m.quorum.met ? undefined : "red"}>
                {m.quorum.present}/{m.quorum.total} (cần {m.quorum.required})
              </Text>
            </Stack>
            <Stack gap={0}>
              <Text size="xs" c="dimmed">
                Kết quả
              </Text>
              <Text size="sm">
                {locked
                  ? `${passed} đạt, ${d.items.length - passed} không đạt`
                  : `${d.items.length} đề nghị`}
              </Text>
            </Stack>
          </SimpleGrid>
          {m.note && (
            <Text size="sm" mt="xs" style={{ whiteSpace: "pre-line" }}>
              {m.note}
            </Text>
          )}
        </Card>
        {!locked && d.problems.length > 0 && (
          <Alert color="yellow" title="Chưa áp dụng được kết quả">
            <List size="sm">
              {d.problems.map((p) => (
                <List.Item key={p}>{p}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {locked && (
          <Alert color="teal">
            Kết quả đã được áp dụng vào các đề nghị; phiên họp đã khóa. Các quyết định khen thưởng
            lập từ những đề nghị “Hội đồng đồng ý”.
          </Alert>
        )}
        <Attendance key={attendanceKey} d={d} locked={locked} />
        <Votes key={votesKey} d={d} locked={locked} />
        <Documents d={d} />
      </Stack>
      {editing && <MeetingFormModal year={m.year} existing={d} onClose={() => setEditing(false)} />}
    </>
  );
}
