import { Button, Card, Group, Text, Title } from "@mantine/core";
import { IconFileText } from "@tabler/icons-react";
import { useState } from "react";
import { type MeetingDetail } from "../../../electron/contract";
import { useApiMutation } from "../../api/hooks";
import { todayIso } from "../../lib/today";
import { DocumentFieldsModal, useDocumentFields } from "../documents/DocumentFields";
import { RegisterDocumentTable, useDocumentDialogs } from "../documents/RegisterDocumentActions";

function ProposalModal({ d, onClose }: { d: MeetingDetail; onClose: () => void }) {
  const fields = useDocumentFields({
    date: todayIso() < d.meeting.meetingDate ? d.meeting.meetingDate : todayIso(),
    prefer: "office",
  });
  const create = useApiMutation("meetings.createProposal", {
    success: "Đã tạo bản dự thảo Tờ trình trong sổ văn bản",
    onSuccess: onClose,
  });
  return (
    <DocumentFieldsModal
      title="Tờ trình đề nghị khen thưởng"
      state={fields}
      dateLabel="Ngày Tờ trình"
      submitLabel="Tạo Tờ trình"
      saving={create.isPending}
      onClose={onClose}
      onSubmit={({ docDate, signerId }) =>
        create.mutate({ meetingId: d.meeting.id, docDate, signerId })
      }
    >
      <Text size="sm">
        Tờ trình của cơ quan Thường trực gửi Chủ tịch đề nghị khen thưởng{" "}
        {d.items.filter((i) => i.outcome === "dat").length} trường hợp Hội đồng đã thông qua, theo
        từng hình thức.
      </Text>
    </DocumentFieldsModal>
  );
}

export function Documents({ d }: { d: MeetingDetail }) {
  const applied = d.meeting.state === "da_ap_dung";
  const [proposing, setProposing] = useState(false);
  const docDialogs = useDocumentDialogs();
  const minutes = useApiMutation("meetings.createMinutes", {
    success: "Đã tạo bản dự thảo Biên bản họp xét trong sổ văn bản",
  });
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={4}>Văn bản của phiên họp</Title>
        <Group gap="xs">
          <Button
            variant="light"
            leftSection={<IconFileText size={16} />}
            loading={minutes.isPending}
            disabled={!d.items.length}
            onClick={() => minutes.mutate({ meetingId: d.meeting.id })}
          >
            Lập Biên bản họp xét
          </Button>
          <Button
            variant="light"
            leftSection={<IconFileText size={16} />}
            disabled={!applied}
            title={applied ? undefined : "Áp dụng kết quả trước khi lập Tờ trình"}
            onClick={() => setProposing(true)}
          >
            Lập Tờ trình đề nghị khen thưởng
          </Button>
        </Group>
      </Group>
      {d.documents.length === 0 ? (
        <Text size="sm" c="dimmed">
          Chưa lập văn bản nào. Biên bản lấy số theo sổ riêng của Hội đồng khi ban hành.
        </Text>
      ) : (
        <RegisterDocumentTable
          docs={d.documents}
          onPreview={docDialogs.preview}
          onIssue={docDialogs.issue}
        />
      )}
      {proposing && <ProposalModal d={d} onClose={() => setProposing(false)} />}
      {docDialogs.dialogs}
    </Card>
  );
}

/** "Ủy viên · chủ tọa"; a council secretary who is the meeting's secretary is "Thư ký" once. */
