import {
  ActionIcon,
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { IconPaperclip, IconPlus, IconX } from "@tabler/icons-react";
import { useState } from "react";
import { attachmentExtensions, type DossierComponent } from "../../../electron/contract";
import { call } from "../../api/client";
import { offerDownload, pickFile } from "../../api/files";
import { notifyError, useApiMutation } from "../../api/hooks";
import { confirmAction } from "../../components/confirm";
import { RemoveRowButton } from "../../components/RowButtons";

/** The dossier's components: present or not, with their files; evidence can be added. */
export function DossierChecklist({
  dossierId,
  components,
}: {
  dossierId: string;
  components: DossierComponent[];
}) {
  const [evidence, setEvidence] = useState("");
  const [busy, setBusy] = useState<string | null>(null);
  const setPresent = useApiMutation("dossiers.setPresent");
  const attach = useApiMutation("dossiers.attachFile", { success: "Đã đính kèm tệp" });
  const removeFile = useApiMutation("dossiers.removeFile", { success: "Đã gỡ tệp" });
  const removeComponent = useApiMutation("dossiers.removeComponent", {
    success: "Đã xóa minh chứng",
  });
  const addEvidence = useApiMutation("dossiers.addEvidence", {
    success: "Đã thêm minh chứng",
    onSuccess: () => setEvidence(""),
  });
  const choose = async (c: DossierComponent) => {
    setBusy(c.id);
    try {
      const file = await pickFile({
        accept: [...attachmentExtensions],
        title: `Đính kèm: ${c.title}`,
      });
      if (file) attach.mutate({ componentId: c.id, path: file.path });
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(null);
    }
  };
  const download = async (fileId: string) => {
    try {
      const { path } = await call("dossiers.fileCopy", { id: fileId });
      await offerDownload(path, "open");
    } catch (e) {
      notifyError(e);
    }
  };
  return (
    <Card withBorder>
      <Title order={4} mb="xs">
        Thành phần hồ sơ
      </Title>
      <Table verticalSpacing={4} aria-label="Thành phần hồ sơ">
        <Table.Tbody>
          {components.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td w={36}>
                <Checkbox
                  aria-label={`Đã có ${c.title}`}
                  checked={c.present}
                  onChange={(e) =>
                    setPresent.mutate({ id: c.id, present: e.currentTarget.checked })
                  }
                />
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {c.title}
                  {!c.required && (
                    <Text span size="xs" c="dimmed">
                      {" "}
                      (minh chứng, không bắt buộc)
                    </Text>
                  )}
                </Text>
                <Group gap={6}>
                  {c.files.map((f) => (
                    <Group key={f.id} gap={2} wrap="nowrap">
                      <Anchor
                        size="xs"
                        component="button"
                        type="button"
                        onClick={() => void download(f.id)}
                      >
                        <IconPaperclip size={12} /> {f.name}
                      </Anchor>
                      <ActionIcon
                        size="xs"
                        variant="subtle"
                        color="red"
                        aria-label={`Gỡ tệp ${f.name}`}
                        onClick={() =>
                          confirmAction({
                            title: "Gỡ tệp đính kèm",
                            message: `Gỡ tệp “${f.name}” khỏi “${c.title}”?`,
                            confirmLabel: "Gỡ tệp",
                            onConfirm: () => removeFile.mutate({ id: f.id }),
                          })
                        }
                      >
                        <IconX size={12} />
                      </ActionIcon>
                    </Group>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td w={220}>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <Button
                    size="compact-sm"
                    variant="light"
                    leftSection={<IconPaperclip size={14} />}
                    loading={
                      busy === c.id || (attach.isPending && attach.variables?.componentId === c.id)
                    }
                    onClick={() => void choose(c)}
                    aria-label={`Đính kèm ${c.title}`}
                  >
                    Đính kèm
                  </Button>
                  {!c.required && (
                    <RemoveRowButton
                      label={`Xóa ${c.title}`}
                      onClick={() =>
                        confirmAction({
                          title: "Xóa minh chứng",
                          message: `Xóa “${c.title}” và các tệp của nó khỏi hồ sơ?`,
                          confirmLabel: "Xóa",
                          onConfirm: () => removeComponent.mutate({ id: c.id }),
                        })
                      }
                    />
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (evidence.trim()) addEvidence.mutate({ dossierId, title: evidence });
        }}
      >
        <Group mt="xs" gap="xs">
          <TextInput
            size="xs"
            w={360}
            placeholder="VD: Quyết định công nhận sáng kiến số 12/QĐ-UBND"
            aria-label="Tên minh chứng mới"
            value={evidence}
            onChange={(e) => setEvidence(e.currentTarget.value)}
          />
          <Button
            size="xs"
            variant="default"
            type="submit"
            disabled={!evidence.trim()}
            loading={addEvidence.isPending}
            leftSection={<IconPlus size={14} />}
          >
            Thêm minh chứng
          </Button>
        </Group>
      </form>
    </Card>
  );
}
