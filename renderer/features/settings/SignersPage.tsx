import { Badge, Button, Group, Modal, Table, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import {
  signatureLines,
  signerInput,
  type Signer,
  type SignerInput,
} from "../../../electron/contract";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { MoveButtons } from "../../components/MoveButtons";
import { PageHeader } from "../../components/PageHeader";
import { FormActions } from "../../components/FormActions";
import { RowActions } from "../../components/RowActions";
import { withoutKeys, zodValidate } from "../../components/form-utils";
import { emptySigner, SignerFields } from "./SignerFields";

function SignerModal({ signer, onClose }: { signer: Signer | "new"; onClose: () => void }) {
  const [value, setValue] = useState<SignerInput>(signer === "new" ? emptySigner : signer);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useApiMutation("settings.saveSigner", {
    success: "Đã lưu người ký",
    onSuccess: onClose,
    onError: (e) => setErrors(e.fields),
  });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const errs = zodValidate<SignerInput>(signerInput)(value);
    setErrors(errs);
    if (Object.keys(errs).length === 0)
      save.mutate({ ...value, ...(signer === "new" ? {} : { id: signer.id }) });
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={signer === "new" ? "Thêm người ký" : "Sửa người ký"}
      size="lg"
    >
      <form onSubmit={submit}>
        <SignerFields
          value={value}
          errors={errors}
          onChange={(patch) => {
            setValue({ ...value, ...patch });
            setErrors(withoutKeys(errors, patch));
          }}
        />
        <FormActions onCancel={onClose} saving={save.isPending} />
      </form>
    </Modal>
  );
}

export function SignersPage() {
  const list = useApiQuery("settings.listSigners", {});
  const [editing, setEditing] = useState<Signer | "new" | null>(null);
  const remove = useApiMutation("settings.deleteSigner", { success: "Đã xóa người ký" });
  const reorder = useApiMutation("settings.reorderSigners");
  const rows = list.data ?? [];
  const ids = rows.map((r) => r.id);
  return (
    <>
      <PageHeader
        title="Người ký"
        description="Lãnh đạo ký văn bản, với thẩm quyền TM./KT./Q./TL. Người ký mặc định được chọn sẵn khi tạo văn bản."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing("new")}>
            Thêm người ký
          </Button>
        }
      />
      <Table striped withTableBorder verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>Thứ tự</Table.Th>
            <Table.Th>Họ và tên</Table.Th>
            <Table.Th>Khối chữ ký</Table.Th>
            <Table.Th w={100} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((s, i) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                <MoveButtons
                  ids={ids}
                  index={i}
                  label={s.fullName}
                  onReorder={(next) => reorder.mutate({ ids: next })}
                />
              </Table.Td>
              <Table.Td>
                <Group gap="xs">
                  <Text fw={500}>{s.fullName}</Text>
                  {s.isDefault && <Badge variant="light">Mặc định</Badge>}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{signatureLines(s).join(" / ")}</Text>
              </Table.Td>
              <Table.Td>
                <RowActions
                  label={s.fullName}
                  onEdit={() => setEditing(s)}
                  confirmDelete={{
                    title: "Xóa người ký?",
                    message: `Xóa “${s.fullName}” khỏi danh sách người ký. Các văn bản đã ban hành không bị ảnh hưởng.`,
                  }}
                  onDelete={() => remove.mutate({ id: s.id })}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing && <SignerModal signer={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
