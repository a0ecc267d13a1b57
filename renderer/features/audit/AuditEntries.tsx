import { Anchor, Badge, Card, Group, Table, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import {
  auditActionLabels,
  auditAreas,
  auditRecordName,
  changeLines,
  type AuditArea,
  type AuditEntry,
} from "../../../electron/contract/audit";
import { useApiQuery } from "../../api/hooks";
import { formatDateTime } from "../../lib/format";

const actionColor: Record<string, string> = {
  insert: "teal",
  update: "blue",
  delete: "red",
  undelete: "grape",
  event: "orange",
};

/** The trail's lines as a table: when, who, where, what was done, and what changed. */
export function AuditTable({ entries, label }: { entries: AuditEntry[]; label: string }) {
  return (
    <Table striped verticalSpacing={6} aria-label={label} layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={140}>Thời gian</Table.Th>
          <Table.Th w={170}>Người thực hiện</Table.Th>
          <Table.Th w={90}>Thao tác</Table.Th>
          <Table.Th w={220}>Bản ghi</Table.Th>
          <Table.Th>Thay đổi</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((e) => (
          <Table.Tr key={`${e.seq}.${e.idx}`}>
            <Table.Td>
              <Text size="sm">{formatDateTime(e.at, true)}</Text>
              <Text size="xs" c="dimmed">
                Dòng số {e.seq}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{e.actorName}</Text>
            </Table.Td>
            <Table.Td>
              <Badge variant="light" color={actionColor[e.action] ?? "gray"}>
                {auditActionLabels[e.action] ?? e.action}
              </Badge>
            </Table.Td>
            <Table.Td>
              <Text size="sm" lineClamp={2}>
                {auditRecordName(e)}
              </Text>
              <Text size="xs" c="dimmed">
                {auditAreas[e.area as AuditArea]} · {e.procedure}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm" style={{ whiteSpace: "pre-line", overflowWrap: "anywhere" }}>
                {changeLines(e)}
              </Text>
              {e.reason && (
                <Text size="sm" c="orange.8">
                  Lý do: {e.reason}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * "Lịch sử thay đổi" on a record's page (a dossier, a decision, a person): the latest lines of
 * the trail about the record and what points at it, with a link to all of them in the Nhật ký.
 */
export function RecordHistory({ recordId, title }: { recordId: string; title?: string }) {
  const history = useApiQuery("audit.list", { recordId, limit: 20 });
  const entries = history.data?.entries ?? [];
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={4}>{title ?? "Lịch sử thay đổi"}</Title>
        <Anchor component={Link} to={`/nhat-ky?ban-ghi=${encodeURIComponent(recordId)}`} size="sm">
          Xem trong Nhật ký
        </Anchor>
      </Group>
      {history.data &&
        (entries.length ? (
          <AuditTable entries={entries} label={title ?? "Lịch sử thay đổi"} />
        ) : (
          <Text c="dimmed" size="sm">
            Chưa có thay đổi nào được ghi (các thay đổi trước khi có nhật ký không được ghi lại).
          </Text>
        ))}
      {history.data?.more && (
        <Text size="sm" c="dimmed" mt="xs">
          Còn các dòng cũ hơn: xem trong Nhật ký.
        </Text>
      )}
    </Card>
  );
}
