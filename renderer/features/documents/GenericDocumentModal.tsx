import { Modal, Select, SimpleGrid, Stack, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useEffect } from "react";
import { genericKinds, type GenericDocumentInput } from "../../../electron/contract";
import { signerLabel } from "../../../electron/contract/format";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { DateField } from "../../components/DateField";
import { LegalBasisSelect } from "../../components/LegalBasisSelect";
import { FormActions } from "../../components/FormActions";
import { showServerErrors } from "../../components/form-utils";
import { todayIso } from "../../lib/today";
import { templateNames } from "./labels";

interface FormValues {
  kind: GenericDocumentInput["kind"];
  docDate: string;
  summary: string;
  kinhGui: string;
  legalBasisIds: string[];
  paragraphs: string;
  noiNhan: string;
  signerId: string;
}

const lines = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

/** Create or edit a Tờ trình, Công văn or Báo cáo from typed data; the file is written at once. */
export function GenericDocumentModal({
  editing,
  onClose,
}: {
  editing: { id: string; input: GenericDocumentInput } | null;
  onClose: () => void;
}) {
  const signers = useApiQuery("settings.listSigners", {});
  const initial = editing?.input;
  const form = useForm<FormValues>({
    mode: "controlled",
    initialValues: {
      kind: initial?.kind ?? "to-trinh",
      docDate: initial?.docDate ?? todayIso(),
      summary: initial?.summary ?? "",
      kinhGui: initial?.kinhGui ?? "",
      legalBasisIds: initial?.legalBasisIds ?? [],
      paragraphs: (initial?.paragraphs ?? []).join("\n"),
      noiNhan: (initial?.noiNhan ?? ["Như trên"]).join("\n"),
      signerId: initial?.signerId ?? "",
    },
    validate: {
      summary: (v) => (v.trim() ? null : "Trích yếu không được để trống"),
      kinhGui: (v) => (v.trim() ? null : "Kính gửi không được để trống"),
      paragraphs: (v) => (lines(v).length ? null : "Nội dung không được để trống"),
      signerId: (v) => (v ? null : "Chọn người ký"),
      docDate: (v) => (v ? null : "Chọn ngày văn bản"),
    },
  });
  const defaultSigner = (signers.data?.find((s) => s.isDefault) ?? signers.data?.[0])?.id;
  const { setFieldValue } = form;
  const chosenSigner = form.values.signerId;
  useEffect(() => {
    if (!chosenSigner && defaultSigner) setFieldValue("signerId", defaultSigner);
  }, [chosenSigner, defaultSigner, setFieldValue]);

  const onDone = { success: "Đã lưu văn bản dự thảo", onSuccess: onClose };
  const create = useApiMutation("documents.createGeneric", {
    ...onDone,
    onError: (e) => showServerErrors(form, e),
  });
  const update = useApiMutation("documents.updateGeneric", {
    ...onDone,
    onError: (e) => showServerErrors(form, e),
  });
  const submit = (v: FormValues) => {
    const input = { ...v, paragraphs: lines(v.paragraphs), noiNhan: lines(v.noiNhan) };
    if (editing) update.mutate({ ...input, id: editing.id });
    else create.mutate(input);
  };
  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={editing ? "Sửa văn bản dự thảo" : "Tạo văn bản"}
    >
      <form onSubmit={form.onSubmit(submit)}>
        <Stack>
          <SimpleGrid cols={3}>
            <Select
              label="Loại văn bản"
              data={genericKinds.map((k) => ({ value: k, label: templateNames[k] }))}
              allowDeselect={false}
              disabled={Boolean(editing)}
              {...form.getInputProps("kind")}
            />
            <DateField label="Ngày văn bản" withAsterisk {...form.getInputProps("docDate")} />
            <Select
              label="Người ký"
              withAsterisk
              data={(signers.data ?? []).map((s) => ({
                value: s.id,
                label: signerLabel(s),
              }))}
              {...form.getInputProps("signerId")}
            />
          </SimpleGrid>
          <TextInput
            label="Trích yếu"
            description="Ví dụ: Về việc đề nghị tặng Giấy khen năm 2024"
            withAsterisk
            data-autofocus
            {...form.getInputProps("summary")}
          />
          <TextInput label="Kính gửi" withAsterisk {...form.getInputProps("kinhGui")} />
          <LegalBasisSelect
            description="Chọn từ thư viện căn cứ pháp lý; mỗi căn cứ in một dòng nghiêng."
            onDate={form.values.docDate}
            {...form.getInputProps("legalBasisIds")}
          />
          <Textarea
            label="Nội dung"
            description="Mỗi dòng là một đoạn. **chữ đậm**, *chữ nghiêng*. Dấu “./.” được thêm ở cuối."
            withAsterisk
            autosize
            minRows={5}
            maxRows={16}
            {...form.getInputProps("paragraphs")}
          />
          <Textarea
            label="Nơi nhận"
            description="Mỗi dòng một nơi nhận; dòng “Lưu: VT, …” được thêm nếu thiếu."
            autosize
            minRows={2}
            {...form.getInputProps("noiNhan")}
          />
          <FormActions onCancel={onClose} saving={create.isPending || update.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
