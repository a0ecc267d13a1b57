import {
  Alert,
  Button,
  Code,
  Group,
  NumberInput,
  Paper,
  Progress,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
} from "@mantine/core";
import { IconDeviceUsb, IconDownload } from "@tabler/icons-react";
import { useState } from "react";
import {
  exchangePurposeLabels,
  exchangePurposes,
  type ExchangePurpose,
} from "../../../electron/contract";
import { useUnits } from "../directory/shared";
import { offerDownload } from "../../api/files";
import { notifyError, useApiMutation, useApiQuery } from "../../api/hooks";
import { useWorkingYear } from "../../app/WorkingYearSelect";
import { sizeLabel } from "../../lib/format";

/** Gửi dữ liệu: what the package will carry, then writing it (re-read and verified). */
export function SendPanel({ onIdentity }: { onIdentity: () => void }) {
  const workingYear = useWorkingYear();
  // The working year until the officer types another.
  const [typedYear, setYear] = useState<number | null | undefined>(undefined);
  const year = typedYear === undefined ? workingYear : typedYear;
  const [purpose, setPurpose] = useState<ExchangePurpose>("don_vi_gui");
  const [recipientCode, setRecipientCode] = useState<string | null>(null);
  const { tree } = useUnits();
  const recipients = tree
    .filter((t) => t.unit.code && t.unit.active)
    .map((t) => ({ value: t.unit.code, label: `${t.path} (mã ${t.unit.code})` }));
  const downward = purpose === "cap_tren_gui";
  const input = { purpose, year: year ?? 0, recipientCode: downward ? (recipientCode ?? "") : "" };
  const preview = useApiQuery("exchange.preview", input, {
    enabled: year !== null && (!downward || !!recipientCode),
    retry: false,
  });
  const send = useApiMutation("exchange.send", {
    onSuccess: (written) => {
      if (written && !window.bridge)
        void offerDownload(written.path, "reveal", written.fileName).catch(notifyError);
    },
  });
  const [jobId, setJobId] = useState<string | null>(null);
  const newJob = () => {
    const id = crypto.randomUUID();
    setJobId(id);
    return id;
  };
  const p = preview.data;
  const records = p?.tables.reduce((a, t) => a + t.count, 0) ?? 0;
  return (
    <Stack maw={820}>
      <Paper withBorder p="md">
        <Stack>
          <SegmentedControl
            value={purpose}
            onChange={(v) => setPurpose(v as ExchangePurpose)}
            data={exchangePurposes.map((p) => ({ value: p, label: exchangePurposeLabels[p] }))}
            aria-label="Nội dung gói"
          />
          {downward && (
            <Select
              label="Đơn vị nhận"
              description="Chỉ đơn vị có mã trong danh bạ (mã trùng với mã đơn vị khai báo ở máy của đơn vị)"
              searchable
              data={recipients}
              value={recipientCode}
              onChange={setRecipientCode}
              nothingFoundMessage="Không có đơn vị có mã"
            />
          )}
          {purpose === "toan_bo" && (
            <Alert color="yellow">
              Gói chứa toàn bộ dữ liệu (mọi năm), tệp đính kèm, văn bản và định danh của máy này, để
              chuyển sang máy thay thế. Hãy giữ USB cẩn thận và xóa tệp sau khi đã nhận ở máy mới.
            </Alert>
          )}
          <Group align="flex-end">
            <NumberInput
              display={purpose === "toan_bo" ? "none" : undefined}
              label="Năm"
              w={120}
              min={2000}
              max={2100}
              value={year ?? ""}
              onChange={(v) => setYear(typeof v === "number" ? v : null)}
            />
            {p && (
              <div>
                <Text size="sm" fw={500}>
                  Gửi tới
                </Text>
                <Text size="sm">
                  {p.recipient.name} (mã {p.recipient.code})
                </Text>
              </div>
            )}
          </Group>
          {preview.error && (
            <Alert color="orange" title="Chưa gửi được">
              <Text size="sm">{preview.error.message}</Text>
              <Button size="xs" variant="light" mt="xs" onClick={onIdentity}>
                Mở Định danh
              </Button>
            </Alert>
          )}
          {p && (
            <>
              <Table withTableBorder striped aria-label="Nội dung sẽ gửi">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Loại dữ liệu</Table.Th>
                    <Table.Th ta="right">Số bản ghi</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {p.tables.map((t) => (
                    <Table.Tr key={t.table}>
                      <Table.Td>{t.label}</Table.Td>
                      <Table.Td ta="right">{t.count}</Table.Td>
                    </Table.Tr>
                  ))}
                  <Table.Tr>
                    <Table.Td>Tệp đính kèm (bản chụp, văn bản đã ký)</Table.Td>
                    <Table.Td ta="right">
                      {p.attachments} ({sizeLabel(p.attachmentBytes)})
                    </Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
              {p.papers.length > 0 && (
                <Alert color="gray" title={`Giấy tờ gửi kèm (${p.papers.length})`}>
                  {p.papers.map((name) => (
                    <Text key={name} size="sm">
                      {name}
                    </Text>
                  ))}
                  <Text size="xs" c="dimmed" mt={4}>
                    {p.pdf
                      ? "Mỗi văn bản gửi cả bản .docx và .pdf."
                      : "Máy này không có LibreOffice hay Microsoft Word nên chỉ gửi bản .docx (chưa có .pdf)."}
                  </Text>
                </Alert>
              )}
              {records === 0 && (
                <Text c="dimmed" size="sm">
                  Năm {year} chưa có dữ liệu nào để gửi.
                </Text>
              )}
              <Group>
                {window.bridge && (
                  <Button
                    leftSection={<IconDeviceUsb size={16} />}
                    loading={send.isPending}
                    disabled={records === 0}
                    onClick={() => send.mutate({ ...input, chooseFolder: true, jobId: newJob() })}
                  >
                    Ghi ra USB…
                  </Button>
                )}
                <Button
                  variant={window.bridge ? "default" : "filled"}
                  leftSection={<IconDownload size={16} />}
                  loading={send.isPending}
                  disabled={records === 0}
                  onClick={() => send.mutate({ ...input, jobId: newJob() })}
                >
                  {window.bridge ? "Ghi vào thư mục dữ liệu" : "Ghi gói và tải về"}
                </Button>
              </Group>
              {send.isPending && jobId && <WriteProgress jobId={jobId} />}
            </>
          )}
        </Stack>
      </Paper>
      {send.data && (
        <Alert color="teal" title="Đã ghi xong và đọc lại kiểm tra" data-testid="sent-package">
          <Text size="sm">
            Tệp <Code>{send.data.fileName}</Code> ({sizeLabel(send.data.sizeBytes)})
            {send.data.folder ? ` trong ${send.data.folder}` : ""}.
          </Text>
          <Text size="sm" mt={4}>
            {window.bridge
              ? "Hãy dùng “Tháo thiết bị an toàn” trước khi rút USB."
              : "Trình duyệt đang tải tệp về: hãy lưu tệp vào USB, rồi dùng “Tháo thiết bị an toàn” trước khi rút USB."}
          </Text>
          {!window.bridge && (
            <Button
              size="xs"
              variant="light"
              mt="xs"
              onClick={() =>
                void offerDownload(send.data!.path, "reveal", send.data!.fileName).catch(
                  notifyError,
                )
              }
            >
              Tải lại tệp
            </Button>
          )}
        </Alert>
      )}
    </Stack>
  );
}

/** The write's progress bar, with a cancel that leaves nothing behind. */
function WriteProgress({ jobId }: { jobId: string }) {
  const progress = useApiQuery("exchange.progress", { jobId }, { refetchInterval: 300 });
  const cancel = useApiMutation("exchange.cancel");
  const p = progress.data;
  const percent = p && p.total > 0 ? Math.round((p.done / p.total) * 100) : 0;
  return (
    <Group wrap="nowrap" data-testid="write-progress">
      <Stack gap={2} style={{ flex: 1 }}>
        <Text size="xs" c="dimmed">
          {p ? `${p.label}… ${percent}%` : "Đang chuẩn bị…"}
        </Text>
        <Progress value={percent} animated aria-label="Tiến độ ghi gói" />
      </Stack>
      <Button
        size="xs"
        variant="default"
        loading={cancel.isPending}
        onClick={() => cancel.mutate({ jobId })}
      >
        Hủy
      </Button>
    </Group>
  );
}
