import { Alert, Badge, Button, Group, List, Modal, Table, Text } from "@mantine/core";
import { useState } from "react";
import type { OutputOf } from "../../../electron/contract";
import { offerDownload, pickFile } from "../../api/files";
import { notifyError, useApiMutation, useApiQuery } from "../../api/hooks";
import { confirmAction } from "../../components/confirm";
import { PageHeader } from "../../components/PageHeader";
import { formatDateTime } from "../../lib/format";

type TemplateInfo = OutputOf<"documents.templates">[number];

function PlaceholdersModal({ t, onClose }: { t: TemplateInfo; onClose: () => void }) {
  return (
    <Modal opened onClose={onClose} title={`Chỗ điền của mẫu ${t.name}`} size="xl">
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Chỗ điền</Table.Th>
            <Table.Th>Ý nghĩa</Table.Th>
            <Table.Th>Bắt buộc</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {t.placeholders.map((p) => (
            <Table.Tr key={p.key}>
              <Table.Td>
                <Text ff="monospace" size="sm">{`{{${p.key}}}`}</Text>
              </Table.Td>
              <Table.Td>{p.label}</Table.Td>
              <Table.Td>{p.required ? "Có" : "Không"}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}

export function TemplatesPage() {
  const list = useApiQuery("documents.templates", {});
  const [problems, setProblems] = useState<{ name: string; items: string[] } | null>(null);
  const [showing, setShowing] = useState<TemplateInfo | null>(null);
  const download = ({ path }: { path: string }) =>
    void offerDownload(path, "open").catch(notifyError);
  const exportOne = useApiMutation("documents.exportTemplate", { onSuccess: download });
  const tryOne = useApiMutation("documents.tryTemplate", { onSuccess: download });
  const restore = useApiMutation("documents.restoreTemplate", {
    success: "Đã dùng lại mẫu mặc định",
  });
  const load = useApiMutation("documents.loadTemplate");
  const send = async (t: TemplateInfo, path: string, confirmDropped: boolean) => {
    try {
      const result = await load.mutateAsync({ id: t.id, path, confirmDropped });
      if (result.accepted) setProblems(null);
      else if (result.problems.length) setProblems({ name: t.name, items: result.problems });
      else
        // Sound, but it leaves out optional parts: every later document would lack them.
        confirmAction({
          title: `Mẫu ${t.name} bỏ bớt chỗ điền`,
          message: `Mẫu này không có: ${result.dropped.join("; ")}. Mọi văn bản tạo từ mẫu này về sau sẽ không có các phần đó. Vẫn dùng mẫu này?`,
          confirmLabel: "Vẫn dùng mẫu này",
          onConfirm: () => void send(t, path, true),
        });
    } catch {
      // useApiMutation already showed the error.
    }
  };
  const loadFor = async (t: TemplateInfo) => {
    try {
      const file = await pickFile({ accept: [".docx"], title: `Chọn mẫu ${t.name} đã sửa` });
      if (file) await send(t, file.path, false);
    } catch (e) {
      notifyError(e);
    }
  };
  return (
    <>
      <PageHeader
        title="Mẫu văn bản"
        description="Tải mẫu về, sửa trong Word (giữ nguyên các chỗ điền {{…}}) rồi nạp lại làm mẫu riêng của cơ quan. Mẫu mặc định luôn được giữ để dùng lại."
      />
      {problems && (
        <Alert
          color="red"
          title={`Chưa nhận mẫu ${problems.name}: mẫu cũ vẫn được dùng`}
          mb="md"
          withCloseButton
          onClose={() => setProblems(null)}
        >
          <List size="sm">
            {problems.items.map((p) => (
              <List.Item key={p}>{p}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Table striped withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Mẫu</Table.Th>
            <Table.Th>Đang dùng</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(list.data ?? []).map((t) => (
            <Table.Tr key={t.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {t.name}
                </Text>
                {t.basis && <Text size="xs">{t.basis}</Text>}
                <Text size="xs" c="dimmed">
                  {t.id}.docx
                </Text>
              </Table.Td>
              <Table.Td>
                {t.custom ? (
                  <Badge color="blue">
                    Mẫu riêng{t.customSavedAt ? ` (${formatDateTime(t.customSavedAt)})` : ""}
                  </Badge>
                ) : (
                  <Badge color="gray">Mẫu mặc định</Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  <Button size="xs" variant="subtle" onClick={() => setShowing(t)}>
                    Chỗ điền
                  </Button>
                  <Button size="xs" variant="default" onClick={() => tryOne.mutate({ id: t.id })}>
                    Dùng thử
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => exportOne.mutate({ id: t.id })}
                  >
                    Tải mẫu về
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    loading={load.isPending && load.variables?.id === t.id}
                    onClick={() => void loadFor(t)}
                  >
                    Nạp mẫu riêng…
                  </Button>
                  {t.custom && (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() =>
                        confirmAction({
                          title: "Dùng lại mẫu mặc định?",
                          message: `Bỏ mẫu riêng của cơ quan cho “${t.name}” và dùng lại mẫu mặc định.`,
                          confirmLabel: "Dùng mẫu mặc định",
                          onConfirm: () => restore.mutate({ id: t.id }),
                        })
                      }
                    >
                      Dùng mẫu mặc định
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {showing && <PlaceholdersModal t={showing} onClose={() => setShowing(null)} />}
    </>
  );
}
