import { Modal, Select, SimpleGrid, Stack, Text } from "@mantine/core";
import { useForm, type UseFormReturnType } from "@mantine/form";
import {
  awardClassifyInput,
  type AwardRecordRow,
  type RecipientKind,
} from "../../../electron/contract";
import {
  awardTypeLabels,
  categoriesOfKind,
  proposingBodyLabels,
  recipientCategoryLabels,
  type AwardType,
  type ProposingBody,
  type RecipientCategory,
} from "../../../electron/contract/vocabulary";
import { useApiMutation } from "../../api/hooks";
import { FormActions } from "../../components/FormActions";
import { showServerErrors, zodValidate } from "../../components/form-utils";
import { toOptions } from "../settings/labels";

/** What the statistical forms read of a registry line. */
export interface Classification {
  recipientCategory: RecipientCategory | null;
  awardType: AwardType | null;
  proposingBody: ProposingBody | null;
}

/** The three classification selects; the categories offered follow the recipient kind. */
export function ClassificationFields<V extends Classification & { recipientKind: RecipientKind }>({
  form,
}: {
  form: UseFormReturnType<V>;
}) {
  const categories = categoriesOfKind[form.values.recipientKind];
  const f = form as unknown as UseFormReturnType<Classification>;
  return (
    <>
      <Text size="sm" fw={500} mt="xs">
        Phân loại cho biểu thống kê
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label="Phân loại đối tượng"
          placeholder={
            form.values.recipientKind === "tap_the" ? "Theo loại đơn vị" : "Chưa phân loại"
          }
          clearable
          disabled={categories.length === 0}
          data={categories.map((c) => ({ value: c, label: recipientCategoryLabels[c] }))}
          {...f.getInputProps("recipientCategory")}
        />
        <Select
          label="Loại hình khen thưởng"
          placeholder="Chưa phân loại"
          clearable
          data={toOptions(awardTypeLabels)}
          {...f.getInputProps("awardType")}
        />
        <Select
          label="Đơn vị trình (khen cấp Nhà nước)"
          placeholder="Chưa phân loại"
          clearable
          data={toOptions(proposingBodyLabels)}
          {...f.getInputProps("proposingBody")}
        />
      </SimpleGrid>
    </>
  );
}

type ClassifyForm = Classification & { id: string; recipientKind: RecipientKind };

/** Classifies one line, whatever its source (a decision's lines are otherwise locked). */
export function ClassifyModal({
  record,
  onClose,
}: {
  record: AwardRecordRow;
  onClose: () => void;
}) {
  const form = useForm<ClassifyForm>({
    initialValues: {
      id: record.id,
      recipientKind: record.recipientKind,
      recipientCategory: record.recipientCategory,
      awardType: record.awardType,
      proposingBody: record.proposingBody,
    },
    validate: zodValidate<ClassifyForm>(awardClassifyInput),
  });
  const save = useApiMutation("awards.classify", {
    success: "Đã lưu phân loại",
    onSuccess: onClose,
    onError: (e) => showServerErrors(form, e),
  });
  return (
    <Modal opened onClose={onClose} title="Phân loại cho biểu thống kê" size="lg">
      <form onSubmit={form.onSubmit((v) => save.mutate(v))}>
        <Stack>
          <Text size="sm">
            {record.recipientName} — {record.awardName} năm {record.year}
            {record.decisionNumber ? ` (Quyết định số ${record.decisionNumber})` : ""}
          </Text>
          <ClassificationFields form={form} />
          <FormActions onCancel={onClose} saving={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
