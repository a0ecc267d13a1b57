import { Badge, Button, Modal, Table, Text, Tooltip } from "@mantine/core";
import { useState } from "react";
import { offerDownload } from "../../api/files";
import { notifyError, useApiMutation, useApiQuery } from "../../api/hooks";
import { useWorkingYear } from "../../app/WorkingYearSelect";
import { formatDateTime, sizeLabel } from "../../lib/format";
import { ImportReportView } from "./ImportReportView";
import { downloadReceipt } from "./ReceivePanel";

/** Đã gửi: every package written here, and whether its receipt came back. */
export function OutboxPanel() {
  const list = useApiQuery("exchange.packages", { direction: "gui" });
  const rows = list.data ?? [];
  if (!rows.length) return <Text c="dimmed">Chưa gửi gói dữ liệu nào.</Text>;
  return (
    <Table striped withTableBorder aria-label="Gói đã gửi">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Ghi lúc</Table.Th>
          <Table.Th>Tệp</Table.Th>
          <Table.Th>Gửi tới</Table.Th>
          <Table.Th>Nội dung</Table.Th>
          <Table.Th ta="right">Bản ghi</Table.Th>
          <Table.Th>Biên nhận</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((p) => (
          <Table.Tr key={p.id}>
            <Table.Td>{formatDateTime(p.at)}</Table.Td>
            <Table.Td>
              <Text size="xs" ff="monospace">
                {p.fileName}
              </Text>
              <Text size="xs" c="dimmed">
                {sizeLabel(p.sizeBytes)}
              </Text>
            </Table.Td>
            <Table.Td>{p.recipientCode}</Table.Td>
            <Table.Td>
              {p.purposeLabel} năm {p.period}
            </Table.Td>
            <Table.Td ta="right">{p.records}</Table.Td>
            <Table.Td>
              {p.receiptAt ? (
                <Badge color="teal" variant="light">
                  Đã nhận {formatDateTime(p.receiptAt)}
                </Badge>
              ) : (
                <Badge color="gray" variant="light">
                  Chưa có
                </Badge>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Đã nhận: every package imported here, with its report and a receipt to carry back. */
export function InboxPanel() {
  const list = useApiQuery("exchange.packages", { direction: "nhan" });
  const [shown, setShown] = useState<string | null>(null);
  const report = useApiQuery("exchange.report", { packageId: shown ?? "" }, { enabled: !!shown });
  const rows = list.data ?? [];
  return (
    <>
      {rows.length === 0 ? (
        <Text c="dimmed">Chưa nhận gói dữ liệu nào.</Text>
      ) : (
        <Table striped withTableBorder aria-label="Gói đã nhận">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Nhận lúc</Table.Th>
              <Table.Th>Đơn vị gửi</Table.Th>
              <Table.Th>Nội dung</Table.Th>
              <Table.Th ta="right">Bản ghi</Table.Th>
              <Table.Th ta="right">Xung đột</Table.Th>
              <Table.Th w={250} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{formatDateTime(p.at)}</Table.Td>
                <Table.Td>
                  {p.senderName} ({p.senderCode})
                </Table.Td>
                <Table.Td>
                  {p.purposeLabel}
                  {p.purposeLabel === "Biên nhận" ? "" : ` năm ${p.period}`}
                </Table.Td>
                <Table.Td ta="right">{p.records}</Table.Td>
                <Table.Td ta="right">{p.conflicts}</Table.Td>
                <Table.Td>
                  <Button size="xs" variant="subtle" onClick={() => setShown(p.id)}>
                    Xem báo cáo
                  </Button>
                  {p.purposeLabel !== "Biên nhận" && (
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => void downloadReceipt(p.id).catch(notifyError)}
                    >
                      Lập biên nhận
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={!!shown} onClose={() => setShown(null)} title="Báo cáo nhận gói" size="xl">
        {report.data && (
          <ImportReportView report={report.data} takeTheirs={report.data.takenTheirs} />
        )}
      </Modal>
    </>
  );
}

/** Theo đơn vị: what each unit sent on USB and when, and what it still owes against deadlines. */
export function UnitStatusPanel() {
  const year = useWorkingYear();
  const list = useApiQuery("exchange.unitStatus", { year: year ?? 0 }, { enabled: !!year });
  const pack = useApiMutation("exchange.excelPack", {
    onSuccess: (p) => void offerDownload(p.path, "reveal", p.fileName).catch(notifyError),
  });
  const rows = list.data ?? [];
  if (!rows.length)
    return <Text c="dimmed">Chưa có đơn vị nào có mã trong danh bạ để theo dõi gói dữ liệu.</Text>;
  return (
    <Table striped withTableBorder aria-label="Tình hình gửi dữ liệu theo đơn vị">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Đơn vị</Table.Th>
          <Table.Th ta="right">Số gói đã nhận</Table.Th>
          <Table.Th>Gói gần nhất</Table.Th>
          <Table.Th>Còn thiếu (năm {year})</Table.Th>
          <Table.Th w={140} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.unitId}>
            <Table.Td>
              {r.unitName}
              {r.unitCode && (
                <Text size="xs" c="dimmed">
                  mã {r.unitCode}
                </Text>
              )}
            </Table.Td>
            <Table.Td ta="right">{r.packages}</Table.Td>
            <Table.Td>
              {r.lastReceivedAt ? (
                <>
                  {formatDateTime(r.lastReceivedAt)}
                  <Text size="xs" c="dimmed">
                    {r.lastPurposeLabel}
                  </Text>
                </>
              ) : (
                <Text size="sm" c="dimmed">
                  Chưa gửi gói nào
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              {r.missing.length ? (
                r.missing.map((m) => (
                  <Text key={m} size="sm" c="red.8">
                    {m}
                  </Text>
                ))
              ) : (
                <Badge color="teal" variant="light">
                  Không thiếu
                </Badge>
              )}
            </Table.Td>
            <Table.Td>
              <Tooltip label="Mẫu Excel đăng ký, xếp loại, đề nghị đã điền sẵn cán bộ của đơn vị, cho đơn vị không dùng ứng dụng">
                <Button
                  size="xs"
                  variant="subtle"
                  loading={pack.isPending && pack.variables?.unitId === r.unitId}
                  onClick={() => pack.mutate({ unitId: r.unitId, year: year! })}
                >
                  Gói Excel
                </Button>
              </Tooltip>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
