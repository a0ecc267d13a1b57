import { Alert, Badge, Button, Group, Modal, ScrollArea, Stack, Table, Text } from "@mantine/core";
import { IconAlertTriangle, IconFileUpload } from "@tabler/icons-react";
import { useState } from "react";
import type { AwardImportPreview } from "../../../electron/contract";
import { pickFile } from "../../api/files";
import { notifyError, useApiMutation } from "../../api/hooks";

const statusLabel = { new: "Thêm mới", duplicate: "Đã có, bỏ qua", error: "Lỗi" } as const;
const statusColor = { new: "teal", duplicate: "yellow", error: "red" } as const;

/**
 * Award history from .xlsx: every row's fate first, then one transaction; a file with any
 * error row is not imported at all.
 */
export function AwardImportModal({ onClose }: { onClose: () => void }) {
  const [preview, setPreview] = useState<AwardImportPreview | null>(null);
  const [picking, setPicking] = useState(false);
  const previewImport = useApiMutation("awards.previewImport", { onSuccess: setPreview });
  const commit = useApiMutation("awards.commitImport", {
    onSuccess: onClose,
    success: "Đã nhập vào sổ khen thưởng",
  });
  const choose = async () => {
    setPicking(true);
    try {
      const file = await pickFile({ accept: [".xlsx", ".csv", ".xls"], title: "Chọn tệp Excel" });
      if (file) previewImport.mutate({ path: file.path });
    } catch (e) {
      notifyError(e);
    } finally {
      setPicking(false);
    }
  };
  const errors = preview?.counts.error ?? 0;
  const writable = preview?.counts.new ?? 0;
  return (
    <Modal opened onClose={onClose} title="Nhập sổ khen thưởng từ Excel" size="xl">
      <Stack>
        {!preview && (
          <>
            <Text size="sm">
              Chọn tệp .xlsx theo mẫu (nút Excel › Tải tệp mẫu): mỗi dòng một lần được khen thưởng.
              Cá nhân, hộ gia đình phải có trong danh bạ; ngày ghi dd/mm/yyyy. Ứng dụng cho xem
              trước từng dòng, chưa ghi gì cho đến khi bạn xác nhận.
            </Text>
            <Group>
              <Button
                leftSection={<IconFileUpload size={16} />}
                loading={picking || previewImport.isPending}
                onClick={() => void choose()}
              >
                Chọn tệp…
              </Button>
            </Group>
          </>
        )}
        {preview && (
          <>
            <Group gap="xs">
              <Text size="sm" fw={600}>
                {preview.fileName}:
              </Text>
              {(["new", "duplicate", "error"] as const).map((s) => (
                <Badge key={s} color={statusColor[s]} variant="light">
                  {statusLabel[s]}: {preview.counts[s]}
                </Badge>
              ))}
            </Group>
            {preview.convertedCells > 0 && (
              <Alert color="blue" icon={<IconAlertTriangle size={16} />}>
                Đã chuyển {preview.convertedCells} ô từ mã TCVN3/VNI sang Unicode.
              </Alert>
            )}
            {errors > 0 && (
              <Alert color="red" icon={<IconAlertTriangle size={16} />}>
                Tệp có {errors} dòng lỗi. Hãy sửa các dòng đó trong tệp rồi chọn lại: chưa dòng nào
                được nhập.
              </Alert>
            )}
            <ScrollArea h={360}>
              <Table striped withTableBorder aria-label="Xem trước dữ liệu nhập">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={60}>Dòng</Table.Th>
                    <Table.Th>Nội dung</Table.Th>
                    <Table.Th w={130}>Kết quả</Table.Th>
                    <Table.Th>Lý do</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.rows.map((r) => (
                    <Table.Tr key={r.row}>
                      <Table.Td>{r.row}</Table.Td>
                      <Table.Td>{r.label}</Table.Td>
                      <Table.Td>
                        <Badge color={statusColor[r.status]} variant="light">
                          {statusLabel[r.status]}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{r.reason}</Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea>
            <Text size="sm" c="dimmed">
              Một bản sao lưu được tạo trước khi ghi; việc nhập ghi tất cả {writable} dòng mới hoặc
              không ghi dòng nào.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPreview(null)}>
                Chọn tệp khác
              </Button>
              <Button
                disabled={writable === 0 || errors > 0}
                loading={commit.isPending}
                onClick={() => commit.mutate({ token: preview.token })}
              >
                Nhập {writable} dòng
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
