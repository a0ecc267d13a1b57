import { Alert, Badge, Button, Code, List, Table, Text } from "@mantine/core";
import { IconDatabaseExport, IconFolderOpen, IconRestore } from "@tabler/icons-react";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { confirmAction } from "../../components/confirm";
import { PageHeader } from "../../components/PageHeader";
import { formatDateTime, sizeLabel } from "../../lib/format";
import { backupKindLabels } from "../system/backup-labels";

export function BackupsPage() {
  const status = useApiQuery("system.status", {});
  const list = useApiQuery("system.listBackups", {});
  const auth = useApiQuery("auth.status", {});
  /** A backup from before accounts, while this installation has some: restoring it removes them. */
  const dropsAccounts = (b: { accounts: number | null }) =>
    b.accounts === 0 && auth.data?.accountsExist === true;
  const create = useApiMutation("system.createBackup", {
    success: "Đã sao lưu và kiểm tra bản sao lưu",
  });
  const restore = useApiMutation("system.restoreBackup", {
    success: "Đã khôi phục dữ liệu. Trạng thái trước khi khôi phục cũng đã được sao lưu.",
  });
  const reveal = useApiMutation("system.revealDataFolder");
  const repair = useApiMutation("system.repairDatabase");
  const failure = status.data?.backupFailure;
  return (
    <>
      <PageHeader
        title="Sao lưu và khôi phục"
        description="Ứng dụng tự sao lưu mỗi ngày, trước khi nâng cấp dữ liệu, nhập dữ liệu và khôi phục. Giữ 14 bản hằng ngày gần nhất và 12 bản theo tháng."
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconFolderOpen size={16} />}
              onClick={() => reveal.mutate({})}
            >
              Mở thư mục dữ liệu
            </Button>
            <Button
              leftSection={<IconDatabaseExport size={16} />}
              loading={create.isPending}
              onClick={() => create.mutate({})}
            >
              Sao lưu ngay
            </Button>
          </>
        }
      />
      {status.data && (
        <Text size="sm" mb="md">
          Thư mục dữ liệu: <Code>{status.data.dataDir}</Code>
        </Text>
      )}
      {reveal.data && status.data?.mode === "browser" && (
        <Alert color="blue" mb="md">
          Ở chế độ trình duyệt, hãy mở thư mục này bằng trình quản lý tệp:{" "}
          <Code>{reveal.data.path}</Code>
        </Alert>
      )}
      {failure && (
        <Alert
          color="red"
          mb="md"
          title={failure.damaged ? "Cơ sở dữ liệu có chỗ hỏng" : "Sao lưu không thành công"}
        >
          <Text size="sm">
            {formatDateTime(failure.at)}: {failure.message}
          </Text>
          {failure.details.length > 0 && (
            <Code block mt="xs">
              {failure.details.join("\n")}
            </Code>
          )}
          {failure.damaged && (
            <Button
              mt="sm"
              color="red"
              loading={repair.isPending}
              onClick={() =>
                confirmAction({
                  title: "Sửa chữa cơ sở dữ liệu",
                  message:
                    "Ứng dụng dựng lại các chỉ mục từ dữ liệu; nếu chưa đủ, chép toàn bộ dữ liệu sang một tệp mới và giữ tệp cũ bên cạnh. Sau đó tạo một bản sao lưu để kiểm tra lại.",
                  confirmLabel: "Sửa chữa",
                  onConfirm: () => repair.mutate({}),
                })
              }
            >
              Sửa chữa cơ sở dữ liệu
            </Button>
          )}
        </Alert>
      )}
      {repair.data && (
        <Alert color={repair.data.repaired ? "teal" : "red"} mb="md">
          {repair.data.message}
        </Alert>
      )}
      {(restore.data?.keptNumbers.length ?? 0) > 0 && (
        <Alert
          color="yellow"
          mb="md"
          title="Số văn bản ban hành sau thời điểm sao lưu được giữ lại"
        >
          <Text size="sm" mb={4}>
            Các văn bản dưới đây đã ban hành sau thời điểm của bản sao lưu nên không còn trong sổ
            văn bản đã khôi phục. Tệp của chúng được giữ trong thư mục dữ liệu và số của chúng sẽ
            không được cấp lại cho văn bản khác.
          </Text>
          <List size="sm">
            {restore.data!.keptNumbers.map((k) => (
              <List.Item key={k.number}>
                Số {k.number}: {k.summary} — <Code>{k.file}</Code>
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {(list.data ?? []).length === 0 ? (
        <Text c="dimmed">Chưa có bản sao lưu nào.</Text>
      ) : (
        <Table striped withTableBorder verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Thời điểm</Table.Th>
              <Table.Th>Loại</Table.Th>
              <Table.Th ta="right">Dung lượng</Table.Th>
              <Table.Th>Nhật ký</Table.Th>
              <Table.Th>Tệp</Table.Th>
              <Table.Th w={140} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(list.data ?? []).map((b) => (
              <Table.Tr key={b.file}>
                <Table.Td>{formatDateTime(b.createdAt)}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={b.kind === "manual" ? "blue" : "gray"}>
                    {backupKindLabels[b.kind]}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">{sizeLabel(b.sizeBytes)}</Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {b.auditHeadSeq === null
                      ? "—"
                      : b.auditHeadSeq === 0
                        ? "chưa có dòng"
                        : `đến dòng ${b.auditHeadSeq}`}
                  </Text>
                  {dropsAccounts(b) && (
                    <Text size="xs" c="orange.8">
                      chưa có tài khoản
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="xs" ff="monospace">
                    {b.file}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    color="orange"
                    leftSection={<IconRestore size={14} />}
                    loading={restore.isPending && restore.variables?.file === b.file}
                    onClick={() =>
                      confirmAction({
                        title: "Khôi phục dữ liệu từ bản sao lưu?",
                        message:
                          `Dữ liệu hiện tại sẽ được thay bằng bản sao lưu lúc ${formatDateTime(b.createdAt)}. Trước khi thay, ứng dụng tự sao lưu trạng thái hiện tại để có thể quay lại.` +
                          (dropsAccounts(b)
                            ? " Bản sao lưu này có từ trước khi có tài khoản: sau khi khôi phục, các tài khoản hiện có sẽ không còn và ứng dụng mở lại bước tạo tài khoản quản trị."
                            : ""),
                        confirmLabel: "Khôi phục",
                        onConfirm: () => restore.mutate({ file: b.file }),
                      })
                    }
                  >
                    Khôi phục
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
