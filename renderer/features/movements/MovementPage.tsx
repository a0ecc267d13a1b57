import {
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useNavigate, useParams } from "react-router";
import { movementInput, type Movement } from "../../../electron/contract";
import {
  defaultLaunchOf,
  launchLevelLabels,
  movementScopeLabels,
  type ProfileLevel,
} from "../../../electron/contract/vocabulary";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { useUnsavedChangesGuard } from "../../app/unsaved-changes";
import { useWorkingYear } from "../../app/WorkingYearSelect";
import { confirmAction } from "../../components/confirm";
import { DateField } from "../../components/DateField";
import { LegalBasisSelect } from "../../components/LegalBasisSelect";
import { PageHeader } from "../../components/PageHeader";
import { showServerErrors, zodValidate } from "../../components/form-utils";
import { toOptions } from "../settings/labels";
import { AllocationsEditor } from "./AllocationsEditor";
import { movementKindLabels } from "./labels";
import { MovementPlanModal } from "./MovementPlanModal";
import { AddRowButton, RemoveRowButton } from "../../components/RowButtons";

export type MovementForm = Omit<Movement, "id" | "year" | "allocations"> & {
  allocations: Omit<Movement["allocations"][number], "id" | "awardName">[];
};

function blank(year: number, level: ProfileLevel | undefined): MovementForm {
  return {
    ...(level ? defaultLaunchOf(level) : { launchLevel: null, scope: null }),
    launchDecisionDate: null,
    kind: "chuyen_de",
    name: "",
    theme: "",
    slogan: "",
    startDate: `${year}-01-01`,
    endDate: `${year}-12-31`,
    legalBasisIds: [],
    purposes: "",
    requirements: "",
    targets: [],
    participantUnitKinds: [],
    participantCategories: [],
    registrationDeadline: null,
    dossierDeadline: null,
    reportDeadline: null,
    allocations: [],
  };
}

function fromMovement(m: Movement): MovementForm {
  const { id: _id, year: _year, allocations, ...rest } = m;
  return { ...rest, allocations: allocations.map(({ id: _a, awardName: _n, ...a }) => a) };
}

const FORM_ID = "movement-form";

function Editor({
  id,
  initial,
  title,
}: {
  id: string | null;
  initial: MovementForm;
  title: string;
}) {
  const navigate = useNavigate();
  const [makingPlan, setMakingPlan] = useState(false);
  const form = useForm<MovementForm>({
    mode: "controlled",
    initialValues: initial,
    validate: zodValidate(movementInput),
  });
  const guard = useUnsavedChangesGuard(form.isDirty());
  const kinds = useApiQuery("directory.listKinds", {});
  const save = useApiMutation("movements.save", {
    success: "Đã lưu phong trào",
    onSuccess: (m) =>
      !id &&
      guard.leaveWithoutAsking(() => void navigate(`/phong-trao/${m.id}`, { replace: true })),
    onError: (e) => showServerErrors(form, e),
  });
  const remove = useApiMutation("movements.delete", {
    success: "Đã xóa phong trào",
    onSuccess: () => guard.leaveWithoutAsking(() => void navigate("/phong-trao")),
  });
  return (
    <form
      id={FORM_ID}
      onSubmit={form.onSubmit((v) => save.mutate({ ...v, ...(id ? { id } : {}) }))}
    >
      {/* Actions sit in the header, where no notification can cover them. */}
      <PageHeader
        title={title}
        description="Chỉ tiêu, đối tượng, hình thức khen thưởng với số lượng theo đơn vị, và các hạn (hiện trên trang Tổng quan)."
        actions={
          <>
            {id && (
              <Button
                variant="subtle"
                color="red"
                onClick={() =>
                  confirmAction({
                    title: "Xóa phong trào?",
                    message: `Xóa “${form.values.name}” cùng các hình thức khen thưởng và số lượng của nó.`,
                    confirmLabel: "Xóa",
                    onConfirm: () => remove.mutate({ id }),
                  })
                }
              >
                Xóa phong trào
              </Button>
            )}
            {id && (
              <Button
                variant="default"
                disabled={form.isDirty()}
                title={
                  form.isDirty()
                    ? "Hãy lưu phong trào trước khi tạo Kế hoạch phát động"
                    : "Tạo văn bản Kế hoạch phát động từ phong trào đã lưu"
                }
                onClick={() => setMakingPlan(true)}
              >
                Tạo Kế hoạch phát động
              </Button>
            )}
            <Button type="submit" form={FORM_ID} loading={save.isPending}>
              Lưu phong trào
            </Button>
          </>
        }
      />
      {makingPlan && id && (
        <MovementPlanModal
          movementId={id}
          name={form.values.name}
          onClose={() => setMakingPlan(false)}
        />
      )}
      <Stack>
        <Paper withBorder p="md">
          <Title order={4} mb="sm">
            Thông tin chung
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Select
              label="Loại phong trào"
              data={toOptions(movementKindLabels)}
              allowDeselect={false}
              {...form.getInputProps("kind")}
            />
            <TextInput
              label="Tên phong trào"
              withAsterisk
              data-autofocus
              {...form.getInputProps("name")}
            />
            <TextInput label="Chủ đề" {...form.getInputProps("theme")} />
            <TextInput label="Khẩu hiệu" {...form.getInputProps("slogan")} />
            <DateField label="Bắt đầu" withAsterisk {...form.getInputProps("startDate")} />
            <DateField label="Kết thúc" withAsterisk {...form.getInputProps("endDate")} />
            <DateField
              label="Hạn đăng ký thi đua"
              clearable
              {...form.getInputProps("registrationDeadline")}
            />
            <DateField
              label="Hạn nộp hồ sơ khen thưởng"
              clearable
              {...form.getInputProps("dossierDeadline")}
            />
            <DateField label="Hạn báo cáo" clearable {...form.getInputProps("reportDeadline")} />
            <LegalBasisSelect {...form.getInputProps("legalBasisIds")} />
          </SimpleGrid>
          <Text size="sm" fw={500} mt="md" mb={4}>
            Phân loại cho biểu thống kê (biểu số phong trào thi đua)
          </Text>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <Select
              label="Cấp phát động"
              placeholder="Chưa phân loại"
              clearable
              data={toOptions(launchLevelLabels)}
              {...form.getInputProps("launchLevel")}
            />
            <Select
              label="Phạm vi tổ chức thi đua"
              placeholder="Chưa phân loại"
              clearable
              data={toOptions(movementScopeLabels)}
              {...form.getInputProps("scope")}
            />
            <DateField
              label="Ngày quyết định phát động"
              clearable
              {...form.getInputProps("launchDecisionDate")}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }} mt="sm">
            <Textarea label="Mục đích" autosize minRows={2} {...form.getInputProps("purposes")} />
            <Textarea
              label="Yêu cầu"
              autosize
              minRows={2}
              {...form.getInputProps("requirements")}
            />
          </SimpleGrid>
        </Paper>
        <Paper withBorder p="md">
          <Title order={4} mb="sm">
            Đối tượng và chỉ tiêu
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <MultiSelect
              label="Tập thể tham gia (loại đơn vị)"
              data={(kinds.data?.unitKinds ?? []).map((k) => ({ value: k.code, label: k.label }))}
              {...form.getInputProps("participantUnitKinds")}
            />
            <MultiSelect
              label="Cá nhân tham gia"
              data={(kinds.data?.personCategories ?? []).map((k) => ({
                value: k.code,
                label: k.label,
              }))}
              {...form.getInputProps("participantCategories")}
            />
          </SimpleGrid>
          <Stack gap={6} mt="sm">
            {form.values.targets.map((_, i) => (
              <Group key={i} wrap="nowrap" align="flex-start">
                <TextInput
                  style={{ flex: 1 }}
                  aria-label={`Chỉ tiêu ${i + 1}`}
                  placeholder="Ví dụ: 100% HTX hoạt động đúng Luật"
                  {...form.getInputProps(`targets.${i}.text`)}
                />
                <NumberInput
                  w={110}
                  aria-label={`Số của chỉ tiêu ${i + 1}`}
                  placeholder="Số"
                  decimalSeparator=","
                  value={form.values.targets[i]!.number ?? ""}
                  onChange={(v) =>
                    form.setFieldValue(`targets.${i}.number`, v === "" ? null : Number(v))
                  }
                />
                <TextInput
                  w={110}
                  aria-label={`Đơn vị tính ${i + 1}`}
                  placeholder="Đơn vị tính"
                  {...form.getInputProps(`targets.${i}.unit`)}
                />
                <RemoveRowButton
                  mt={6}
                  label={`Bỏ chỉ tiêu ${i + 1}`}
                  onClick={() => form.removeListItem("targets", i)}
                />
              </Group>
            ))}
            <AddRowButton
              label="Thêm chỉ tiêu"
              onClick={() => form.insertListItem("targets", { text: "", number: null, unit: "" })}
            />
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Title order={4} mb="sm">
            Hình thức khen thưởng và số lượng
          </Title>
          <AllocationsEditor form={form} />
        </Paper>
      </Stack>
    </form>
  );
}

export function MovementPage() {
  const { id = "moi" } = useParams();
  const year = useWorkingYear();
  const isNew = id === "moi";
  const movement = useApiQuery("movements.get", { id }, { enabled: !isNew });
  const profile = useApiQuery("settings.getProfile", {});
  if (year === null || (!isNew && !movement.data) || (isNew && profile.isPending)) return null;
  return (
    <>
      <Editor
        key={isNew ? "new" : movement.dataUpdatedAt}
        id={isNew ? null : id}
        title={isNew ? "Phong trào mới" : movement.data!.name}
        initial={isNew ? blank(year, profile.data?.level) : fromMovement(movement.data!)}
      />
    </>
  );
}
