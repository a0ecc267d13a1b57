import { Alert, Button, Container, Select, Stack, Text, Title } from "@mantine/core";
import { IconRestore } from "@tabler/icons-react";
import { useState } from "react";
import type { OutputOf } from "../../../electron/contract";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { formatDateTime } from "../../lib/format";
import { backupKindLabels } from "./backup-labels";

/** The database did not pass its check at start: offer the latest good backup instead. */
export function RecoveryScreen({ status }: { status: OutputOf<"system.status"> }) {
  const backups = useApiQuery("system.listBackups", {});
  const latest = status.damage?.latestBackup ?? null;
  const [chosen, setChosen] = useState<string | null>(latest?.file ?? null);
  const restore = useApiMutation("system.restoreBackup", {
    success: "Đã khôi phục dữ liệu từ bản sao lưu.",
  });
  if (status.damage?.readOnly)
    return (
      <Container size="sm" py="xl">
        <Stack>
          <Title order={2}>Không ghi được dữ liệu</Title>
          <Alert color="red" role="alert" title={status.damage.message}>
            Ứng dụng chưa mở dữ liệu để không có thao tác nào bị mất vì không lưu được. Sau khi sửa
            quyền ghi, hãy đóng và mở lại ứng dụng.
          </Alert>
        </Stack>
      </Container>
    );
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Title order={2}>Không mở được dữ liệu</Title>
        <Alert color="red" role="alert" title={status.damage?.message ?? "Cơ sở dữ liệu bị hỏng."}>
          Ứng dụng không mở tệp bị hỏng để tránh làm mất thêm dữ liệu. Tệp hỏng được giữ nguyên (đổi
          tên) khi khôi phục, để kỹ thuật viên có thể kiểm tra sau.
        </Alert>
        {(backups.data ?? []).length === 0 ? (
          <Alert color="gray">
            Không tìm thấy bản sao lưu nào trong thư mục <code>{status.dataDir}/backups</code>. Hãy
            liên hệ người phụ trách kỹ thuật.
          </Alert>
        ) : (
          <>
            <Select
              label="Khôi phục từ bản sao lưu"
              description="Mặc định là bản gần nhất"
              allowDeselect={false}
              value={chosen}
              onChange={setChosen}
              data={(backups.data ?? []).map((b) => ({
                value: b.file,
                label: `${formatDateTime(b.createdAt)} — ${backupKindLabels[b.kind]}`,
              }))}
            />
            <Text size="sm" c="dimmed">
              Dữ liệu nhập sau thời điểm của bản sao lưu sẽ không có trong bản khôi phục.
            </Text>
            <Button
              w="fit-content"
              leftSection={<IconRestore size={16} />}
              disabled={!chosen}
              loading={restore.isPending}
              onClick={() => chosen && restore.mutate({ file: chosen })}
            >
              Khôi phục
            </Button>
          </>
        )}
      </Stack>
    </Container>
  );
}
