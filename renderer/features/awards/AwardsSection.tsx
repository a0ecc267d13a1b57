import { Anchor, Badge, Button, Card, Group, Table, Text, Title, Tooltip } from "@mantine/core";
import { IconFileSpreadsheet, IconFileTypeDocx, IconLock } from "@tabler/icons-react";
import { Link } from "react-router";
import {
  isReadOnlyAwardSource,
  type AwardHistoryInput,
  type AwardRecordRow,
} from "../../../electron/contract";
import { offerDownload } from "../../api/files";
import { notifyError, useApiMutation, useApiQuery } from "../../api/hooks";
import { formatDate } from "../../lib/format";

/** The awards of a list as a compact table: year, form, decision, issuer. */
export function AwardsTable({
  rows,
  showRecipient = false,
  label,
}: {
  rows: AwardRecordRow[];
  showRecipient?: boolean;
  label: string;
}) {
  if (!rows.length)
    return (
      <Text c="dimmed" size="sm">
        Chưa có trong sổ khen thưởng.
      </Text>
    );
  return (
    <Table striped verticalSpacing={4} aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={60}>Năm</Table.Th>
          {showRecipient && <Table.Th>Đối tượng</Table.Th>}
          <Table.Th>Hình thức khen thưởng</Table.Th>
          <Table.Th>Quyết định</Table.Th>
          <Table.Th>Cấp quyết định</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr
            key={r.id}
            style={r.cancelledBy ? { textDecoration: "line-through" } : undefined}
          >
            <Table.Td>{r.year}</Table.Td>
            {showRecipient && <Table.Td>{r.recipientName}</Table.Td>}
            <Table.Td>
              {r.awardName}
              {isReadOnlyAwardSource(r.source) && (
                <Tooltip
                  label={
                    r.source === "cap_tren"
                      ? "Kết quả cấp trên gửi về"
                      : "Từ quyết định ban hành trong ứng dụng"
                  }
                >
                  <IconLock size={12} style={{ marginLeft: 4 }} aria-label="Từ quyết định" />
                </Tooltip>
              )}
              {r.cancelledBy && (
                <Badge ml={6} size="xs" color="red" variant="light">
                  Đã hủy ({r.cancelledBy})
                </Badge>
              )}
            </Table.Td>
            <Table.Td>
              {r.decisionNumber ? `Số ${r.decisionNumber}` : ""}
              {r.decisionDate ? ` ngày ${formatDate(r.decisionDate)}` : ""}
            </Table.Td>
            <Table.Td>{r.issuer}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * "Quá trình khen thưởng (Excel)" and "(Word)": the recipient's award history sheet, offered for
 * download; off while the registry has nothing for them (the backend refuses an empty sheet).
 */
export function AwardHistoryButtons({
  recipient,
  empty,
}: {
  recipient: Omit<AwardHistoryInput, "format">;
  empty: boolean;
}) {
  const sheet = useApiMutation("awards.historySheet", {
    onSuccess: (f) => void offerDownload(f.path, "reveal", f.fileName).catch(notifyError),
  });
  const button = (format: AwardHistoryInput["format"]) => (
    <Button
      size="xs"
      variant="light"
      disabled={empty}
      loading={sheet.isPending && sheet.variables?.format === format}
      leftSection={
        format === "xlsx" ? <IconFileSpreadsheet size={14} /> : <IconFileTypeDocx size={14} />
      }
      onClick={() => sheet.mutate({ ...recipient, format })}
    >
      Quá trình khen thưởng ({format === "xlsx" ? "Excel" : "Word"})
    </Button>
  );
  return (
    <Tooltip label="Chưa có khen thưởng nào trong sổ khen thưởng" disabled={!empty}>
      <Group gap={6}>
        {button("xlsx")}
        {button("docx")}
      </Group>
    </Tooltip>
  );
}

/** "Khen thưởng đã nhận" on a person's page: everything in the registry for them. */
export function PersonAwardsCard({ personId }: { personId: string }) {
  const awards = useApiQuery("awards.forPerson", { personId });
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={4}>Khen thưởng đã nhận</Title>
        {awards.data && (
          <AwardHistoryButtons recipient={{ personId }} empty={awards.data.length === 0} />
        )}
      </Group>
      {awards.data && <AwardsTable rows={awards.data} label="Khen thưởng đã nhận" />}
    </Card>
  );
}

const MEMBERS_SHOWN = 10;

/**
 * "Khen thưởng" on a unit's form: the unit's own awards, and the latest awards of the people and
 * households under it with a link to all of them in the Sổ khen thưởng.
 */
export function UnitAwardsCard({ unitId }: { unitId: string }) {
  const awards = useApiQuery("awards.forUnit", { unitId });
  if (!awards.data) return null;
  const { collective, members } = awards.data;
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={5}>Khen thưởng của tập thể</Title>
        <AwardHistoryButtons recipient={{ unitId }} empty={collective.length === 0} />
      </Group>
      <AwardsTable rows={collective} label="Khen thưởng của tập thể" />
      <Title order={5} mt="md" mb="xs">
        Khen thưởng của cá nhân, hộ gia đình trong đơn vị ({members.length})
      </Title>
      <AwardsTable
        rows={members.slice(0, MEMBERS_SHOWN)}
        showRecipient
        label="Khen thưởng của cá nhân, hộ gia đình trong đơn vị"
      />
      {members.length > MEMBERS_SHOWN && (
        <Anchor component={Link} to={`/so-khen-thuong?unitId=${unitId}`} size="sm" mt="xs">
          Xem cả {members.length} khen thưởng trong Sổ khen thưởng
        </Anchor>
      )}
    </Card>
  );
}
