import {
  Alert,
  Badge,
  Card,
  Group,
  List,
  SegmentedControl,
  Stack,
  Table,
  Text,
} from "@mantine/core";
import {
  exchangeActionLabels,
  type ExchangeAction,
  type ImportReportOutput,
} from "../../../electron/contract";
import { formatDateTime } from "../../lib/format";

const columns: ExchangeAction[] = ["new", "identical", "update", "keep", "conflict", "refused"];

/**
 * The dry-run (or settled) report of a package: per table what happens to its records, what is
 * refused and why, and each conflict side by side with the officer's choice.
 */
export function ImportReportView({
  report,
  takeTheirs,
  onChoose,
}: {
  report: ImportReportOutput;
  /** Conflicts settled in favour of the package; read-only when no onChoose. */
  takeTheirs: readonly string[];
  onChoose?: (key: string, theirs: boolean) => void;
}) {
  return (
    <Stack>
      <Group gap="xl">
        <div>
          <Text size="xs" c="dimmed">
            Đơn vị gửi
          </Text>
          <Text fw={600}>
            {report.sender.unitName} (mã {report.sender.unitCode})
          </Text>
        </div>
        <div>
          <Text size="xs" c="dimmed">
            Nội dung
          </Text>
          <Text>
            {report.purposeLabel}
            {report.receiptFor ? "" : ` năm ${report.period}`}
          </Text>
        </div>
        <div>
          <Text size="xs" c="dimmed">
            Tạo lúc
          </Text>
          <Text>{formatDateTime(report.createdAt)}</Text>
        </div>
      </Group>
      {report.receiptFor && (
        <Alert color="blue">
          Biên nhận của nơi nhận cho gói <b>{report.receiptFor.fileName}</b> (gửi lúc{" "}
          {formatDateTime(report.receiptFor.at)}).
        </Alert>
      )}
      {report.tables.length > 0 && (
        <Table withTableBorder striped aria-label="Kết quả kiểm tra gói">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Loại dữ liệu</Table.Th>
              {columns.map((c) => (
                <Table.Th key={c} ta="right">
                  {exchangeActionLabels[c]}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.tables.map((t) => (
              <Table.Tr key={t.table}>
                <Table.Td>{t.label}</Table.Td>
                {columns.map((c) => (
                  <Table.Td
                    key={c}
                    ta="right"
                    c={
                      t.counts[c] > 0 && c === "refused"
                        ? "red.8"
                        : t.counts[c] > 0 && c === "conflict"
                          ? "orange.8"
                          : undefined
                    }
                  >
                    {t.counts[c]}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {report.refused.length > 0 && (
        <Alert color="red" title={`${report.refused.length} bản ghi không nhận được`}>
          <List size="sm">
            {report.refused.map((r, i) => (
              <List.Item key={i}>
                {r.tableLabel} “{r.label}”: {r.reason}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {report.conflicts.map((c) => {
        const theirs = takeTheirs.includes(c.key);
        return (
          <Card withBorder key={c.key} data-testid="conflict">
            <Group justify="space-between" mb="xs">
              <div>
                <Text fw={600}>
                  {c.tableLabel}: {c.label}
                </Text>
                <Text size="xs" c="dimmed">
                  Cả hai nơi đều đã sửa bản ghi này
                  {c.note ? ` (${c.note})` : ""}. Bản không chọn vẫn được lưu lại trong lịch sử.
                </Text>
              </div>
              {onChoose ? (
                <SegmentedControl
                  size="xs"
                  value={theirs ? "theirs" : "ours"}
                  onChange={(v) => onChoose(c.key, v === "theirs")}
                  data={[
                    { value: "ours", label: "Giữ bản ở đây" },
                    { value: "theirs", label: "Lấy bản trong gói" },
                  ]}
                  aria-label={`Chọn bản cho ${c.label}`}
                />
              ) : (
                <Badge variant="light">
                  {theirs ? "Đã lấy bản trong gói" : "Đã giữ bản ở đây"}
                </Badge>
              )}
            </Group>
            <Table withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="25%">Thông tin</Table.Th>
                  <Table.Th>Ở đây</Table.Th>
                  <Table.Th>Trong gói</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {c.fields.map((f) => (
                  <Table.Tr key={f.label}>
                    <Table.Td>{f.label}</Table.Td>
                    <Table.Td fw={theirs ? undefined : 600}>{f.ours || "(trống)"}</Table.Td>
                    <Table.Td fw={theirs ? 600 : undefined}>{f.theirs || "(trống)"}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
        );
      })}
    </Stack>
  );
}
