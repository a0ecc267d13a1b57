import { Modal, NumberInput, Select, SimpleGrid, Stack, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import {
  dossierInput,
  dossierKindLabels,
  type Dossier,
  type DossierInput,
} from "../../../electron/contract";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { DateField } from "../../components/DateField";
import { FormActions } from "../../components/FormActions";
import { showServerErrors, zodValidate } from "../../components/form-utils";
import { todayIso } from "../../lib/today";
import { toOptions, useUnits } from "../directory/shared";

type Form = Required<Omit<DossierInput, "movementId" | "unitDocDate" | "unitId">> & {
  unitId: string | null;
  movementId: string | null;
  unitDocDate: string | null;
};

/** The dossier's header: who sent it, for what, when, and the unit's own Tờ trình. */
export function DossierFormModal({
  dossier,
  year,
  onClose,
  onSaved,
}: {
  dossier: Dossier | "new";
  year: number;
  onClose: () => void;
  onSaved?: (d: Dossier) => void;
}) {
  const { options } = useUnits();
  const initial: Form =
    dossier === "new"
      ? {
          unitId: null,
          year,
          movementId: null,
          kind: "thuong_xuyen",
          receivedDate: todayIso(),
          unitDocNumber: "",
          unitDocDate: null,
          note: "",
          overrideReason: "",
        }
      : {
          unitId: dossier.unitId,
          year: dossier.year,
          movementId: dossier.movementId,
          kind: dossier.kind,
          receivedDate: dossier.receivedDate,
          unitDocNumber: dossier.unitDocNumber,
          unitDocDate: dossier.unitDocDate,
          note: dossier.note,
          overrideReason: dossier.overrideReason,
        };
  const form = useForm<Form>({
    mode: "controlled",
    initialValues: initial,
    validate: zodValidate<Form>(dossierInput),
  });
  const movements = useApiQuery("movements.list", { year: form.values.year || year });
  const save = useApiMutation("dossiers.save", {
    success: dossier === "new" ? "Đã tiếp nhận hồ sơ" : "Đã lưu hồ sơ",
    onSuccess: (d) => {
      onClose();
      onSaved?.(d);
    },
    onError: (e) => showServerErrors(form, e),
  });
  const submit = (v: Form) =>
    save.mutate({
      ...v,
      unitId: v.unitId ?? "",
      ...(dossier === "new" ? {} : { id: dossier.id }),
    });
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={dossier === "new" ? "Tiếp nhận hồ sơ đề nghị khen thưởng" : "Sửa thông tin hồ sơ"}
    >
      <form onSubmit={form.onSubmit(submit)}>
        <Stack>
          <Select
            label="Đơn vị trình"
            withAsterisk
            searchable
            data={options}
            data-autofocus
            nothingFoundMessage="Không có đơn vị phù hợp"
            {...form.getInputProps("unitId")}
          />
          <SimpleGrid cols={2}>
            <NumberInput
              label="Năm thành tích"
              withAsterisk
              min={1945}
              max={2100}
              allowDecimal={false}
              {...form.getInputProps("year")}
            />
            <Select
              label="Loại khen thưởng"
              withAsterisk
              allowDeselect={false}
              data={toOptions(dossierKindLabels)}
              {...form.getInputProps("kind")}
            />
          </SimpleGrid>
          <Select
            label="Phong trào thi đua"
            placeholder="Không thuộc phong trào nào"
            clearable
            searchable
            data={(movements.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
            {...form.getInputProps("movementId")}
          />
          <SimpleGrid cols={3}>
            <DateField
              label="Ngày tiếp nhận"
              withAsterisk
              {...form.getInputProps("receivedDate")}
            />
            <TextInput
              label="Số Tờ trình của đơn vị"
              placeholder="15/TTr-UBND"
              {...form.getInputProps("unitDocNumber")}
            />
            <DateField label="Ngày Tờ trình" clearable {...form.getInputProps("unitDocDate")} />
          </SimpleGrid>
          <Textarea label="Ghi chú" autosize minRows={2} {...form.getInputProps("note")} />
          <Textarea
            label="Lý do cho chuyển tiếp khi hồ sơ còn thiếu thành phần"
            description="Để trống nếu không bỏ qua. Lý do được ghi vào lịch sử của từng đề nghị chuyển tiếp."
            autosize
            minRows={2}
            {...form.getInputProps("overrideReason")}
          />
          <FormActions onCancel={onClose} saving={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
