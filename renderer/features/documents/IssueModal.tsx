import { Alert, Button, Group, List, Modal, NumberInput, Stack, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useState } from "react";
import type { DocumentRow } from "../../../electron/contract";
import { notifySuccess, useApiMutation, useApiQuery } from "../../api/hooks";
import { notifications } from "@mantine/notifications";

/** Issue a draft: the next number is proposed, may be changed; out-of-force bases are listed first. */
export function IssueModal({ doc, onClose }: { doc: DocumentRow; onClose: () => void }) {
  const proposal = useApiQuery("documents.proposeNumber", { id: doc.id });
  /** What the officer typed; null while the proposed number stands. */
  const [typedSeq, setSeq] = useState<number | string | null>(null);
  const seq = typedSeq ?? proposal.data?.seq ?? "";
  const issue = useApiMutation("documents.issue", {
    onSuccess: ({ row, warnings }) => {
      notifySuccess(`Đã ban hành văn bản số ${row.number}`);
      for (const w of warnings) {
        notifications.show({ color: "yellow", title: "Lưu ý", message: w, autoClose: 10000 });
      }
      onClose();
    },
  });
  const symbol = doc.number.replace(/^…\//, "");
  const typed = typeof seq === "number" ? seq : undefined;
  const overridden = typed !== undefined && typed !== proposal.data?.seq;
  return (
    <Modal opened onClose={onClose} title="Ban hành văn bản" size="lg">
      <Stack>
        <Text size="sm">
          {doc.summary}. Sau khi ban hành, số văn bản không thay đổi được và văn bản không tạo lại
          được.
        </Text>
        {proposal.data && proposal.data.notInForce.length > 0 && (
          <Alert
            color="yellow"
            icon={<IconAlertTriangle size={18} />}
            title="Căn cứ không còn hiệu lực vào ngày văn bản"
          >
            <List size="sm">
              {proposal.data.notInForce.map((b) => (
                <List.Item key={b}>{b}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Group align="flex-end">
          <NumberInput
            label="Số văn bản"
            description={proposal.data ? `Số đề xuất: ${proposal.data.number}` : "Đang lấy số…"}
            min={1}
            max={99999}
            allowDecimal={false}
            value={seq}
            onChange={setSeq}
            data-autofocus
            w={220}
          />
          <Text pb={6}>/{symbol}</Text>
        </Group>
        {overridden && (
          <Text size="sm" c="yellow.8">
            Số nhập tay khác số đề xuất: ứng dụng sẽ từ chối nếu số đã dùng và báo các số bị bỏ
            trống.
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Hủy
          </Button>
          <Button
            loading={issue.isPending}
            disabled={!proposal.data || typed === undefined}
            onClick={() => issue.mutate({ id: doc.id, ...(overridden ? { seq: typed } : {}) })}
          >
            Ban hành
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
