import { Alert, Badge, Button, Group, Modal, ScrollArea, Stack, Table, Text } from "@mantine/core";
import { IconAlertTriangle, IconFileUpload } from "@tabler/icons-react";
import { useState } from "react";
import {
  importKinds,
  importRowStatuses,
  type ImportKind,
  type ImportPreview,
} from "../../../electron/contract";
import { pickFile } from "../../api/files";
import { notifyError, useApiMutation } from "../../api/hooks";

const statusColor: Record<ImportPreview["rows"][number]["status"], string> = {
  new: "teal",
  update: "blue",
  duplicate: "yellow",
  error: "red",
};

/** Choose a file, see every row's fate, confirm: the import then runs as one transaction. */
export function ImportModal({ kind, onClose }: { kind: ImportKind; onClose: () => void }) {
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [picking, setPicking] = useState(false);
  const previewImport = useApiMutation("directory.previewImport", { onSuccess: setPreview });
  const commit = useApiMutation("directory.commitImport", {
    onSuccess: (r) => {
      onClose();
      void r;
    },
    success: "Đã nhập dữ liệu",
  });
  const choose = async () => {
    setPicking(true);
    try {
      const file = await pickFile({ accept: [".xlsx", ".csv", ".xls"], title: "Chọn tệp Excel" });
      if (file) previewImport.mutate({ kind, path: file.path });
    } catch (e) {
      notifyError(e);
    } finally {
      setPicking(false);
    }
  };
  const writable = preview ? preview.counts.new + preview.counts.update : 0;
  return (
    <Modal
      opened
      onClose={onClose}
      title={`Nhập ${importKinds[kind].toLowerCase()} từ Excel`}
      size="xl"
    >
      <Stack>
        {!preview && (
          <>
            <Text size="sm">
              Chọn tệp .xlsx theo mẫu (menu Excel › Tải tệp mẫu). Ngày ghi dd/mm/yyyy; văn bản gõ
              bằng phông TCVN3 (.VnTime) hoặc VNI được tự chuyển sang Unicode. Ứng dụng sẽ cho xem
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
              {(Object.keys(importRowStatuses) as (keyof typeof importRowStatuses)[]).map((s) => (
                <Badge key={s} color={statusColor[s]} variant="light">
                  {importRowStatuses[s]}: {preview.counts[s] ?? 0}
                </Badge>
              ))}
            </Group>
            {preview.convertedCells > 0 && (
              <Alert color="blue" icon={<IconAlertTriangle size={16} />}>
                Đã chuyển {preview.convertedCells} ô từ mã TCVN3/VNI sang Unicode. Hãy xem lại các
                dòng bên dưới.
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
                          {importRowStatuses[r.status]}
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
              Dòng lỗi và dòng trùng sẽ không được nhập. Một bản sao lưu được tạo trước khi ghi;
              việc nhập ghi tất cả {writable} dòng hợp lệ hoặc không ghi dòng nào.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPreview(null)}>
                Chọn tệp khác
              </Button>
              <Button
                disabled={writable === 0}
                loading={commit.isPending}
                onClick={() => commit.mutate({ token: preview.token })}
              >
                Nhập {writable} dòng hợp lệ
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
