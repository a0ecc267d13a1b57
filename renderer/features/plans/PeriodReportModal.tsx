import { Button, Group, Modal, SegmentedControl, Stack, Table, Text } from "@mantine/core";
import { IconFileSpreadsheet, IconFileTypeDocx, IconReportAnalytics } from "@tabler/icons-react";
import { useState } from "react";
import { useNavigate } from "react-router";
import type { PlanActivity } from "../../../electron/contract";
import { offerDownload } from "../../api/files";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { formatDate } from "../../lib/format";

type Period = "q1" | "q2" | "q3" | "q4" | "h1" | "h2" | "nam";

function List({ title, items }: { title: string; items: PlanActivity[] }) {
  return (
    <div>
      <Text fw={600} mb={4}>
        {title} ({items.length})
      </Text>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          Không có.
        </Text>
      ) : (
        <Table withTableBorder verticalSpacing={4} aria-label={title}>
          <Table.Tbody>
            {items.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{a.title}</Table.Td>
                <Table.Td w={110}>{a.dueDate ? formatDate(a.dueDate) : ""}</Table.Td>
                <Table.Td w={220}>
                  <Text size="sm" c="dimmed">
                    {a.resultNote}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </div>
  );
}

/** For the sơ kết report: what was done and not done in a period, to Word (a table to paste) or Excel. */
export function PeriodReportModal({ year, onClose }: { year: number; onClose: () => void }) {
  const [period, setPeriod] = useState<Period>("h1");
  const report = useApiQuery("plans.periodReport", { year, period });
  const navigate = useNavigate();
  const exportFile = useApiMutation("plans.exportPeriodReport", {
    onSuccess: (r) => void offerDownload(r.path),
  });
  return (
    <Modal opened onClose={onClose} title={`Kết quả thực hiện kế hoạch năm ${year}`} size="xl">
      <Stack>
        <SegmentedControl
          value={period}
          onChange={(v) => setPeriod(v as Period)}
          data={[
            { value: "q1", label: "Quý I" },
            { value: "q2", label: "Quý II" },
            { value: "q3", label: "Quý III" },
            { value: "q4", label: "Quý IV" },
            { value: "h1", label: "6 tháng đầu" },
            { value: "h2", label: "6 tháng cuối" },
            { value: "nam", label: "Cả năm" },
          ]}
        />
        {report.data && (
          <>
            <List title="Đã hoàn thành" items={report.data.done} />
            <List title="Chưa hoàn thành" items={report.data.notDone} />
          </>
        )}
        <Group justify="space-between">
          <Button
            variant="light"
            leftSection={<IconReportAnalytics size={16} />}
            onClick={() => {
              onClose();
              navigate("/bao-cao-tong-ket");
            }}
          >
            Lập Báo cáo sơ kết, tổng kết đầy đủ
          </Button>
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconFileTypeDocx size={16} />}
              loading={exportFile.isPending && exportFile.variables?.format === "docx"}
              onClick={() => exportFile.mutate({ year, period, format: "docx" })}
            >
              Xuất Word
            </Button>
            <Button
              variant="default"
              leftSection={<IconFileSpreadsheet size={16} />}
              loading={exportFile.isPending && exportFile.variables?.format === "xlsx"}
              onClick={() => exportFile.mutate({ year, period, format: "xlsx" })}
            >
              Xuất Excel
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
