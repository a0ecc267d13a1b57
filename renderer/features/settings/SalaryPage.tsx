import {
  ActionIcon,
  Button,
  Grid,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconPencil, IconPlus, IconTrash } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import {
  baseSalaryInput,
  roundingSchema,
  type BaseSalary,
  type Rounding,
} from "../../../electron/contract";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { useUnsavedChangesGuard } from "../../app/unsaved-changes";
import { confirmAction } from "../../components/confirm";
import { DateField } from "../../components/DateField";
import { PageHeader } from "../../components/PageHeader";
import { RecordFormModal } from "../../components/RecordFormModal";
import { showServerErrors, zodValidate } from "../../components/form-utils";
import { formatDate, formatMoney } from "../../lib/format";

type SalaryForm = Omit<BaseSalary, "id">;

function SalaryModal({ row, onClose }: { row: BaseSalary | "new"; onClose: () => void }) {
  return (
    <RecordFormModal<SalaryForm>
      channel="settings.saveBaseSalary"
      record={row}
      blank={{ amount: 0, effectiveFrom: "", legalBasis: "" }}
      schema={baseSalaryInput}
      titles={{ create: "Thêm mức lương cơ sở", edit: "Sửa mức lương cơ sở" }}
      success="Đã lưu mức lương cơ sở"
      onClose={onClose}
    >
      {(form) => (
        <>
          <NumberInput
            label="Mức lương cơ sở (đồng/tháng)"
            withAsterisk
            thousandSeparator="."
            decimalSeparator=","
            allowDecimal={false}
            data-autofocus
            {...form.getInputProps("amount")}
          />
          <DateField
            label="Áp dụng từ ngày"
            withAsterisk
            {...form.getInputProps("effectiveFrom")}
          />
          <TextInput
            label="Căn cứ"
            description="Ví dụ: Nghị định số 73/2024/NĐ-CP"
            {...form.getInputProps("legalBasis")}
          />
        </>
      )}
    </RecordFormModal>
  );
}

function RoundingForm({ current }: { current: Rounding }) {
  const form = useForm<Rounding>({
    mode: "controlled",
    initialValues: current,
    validate: zodValidate(roundingSchema),
  });
  useUnsavedChangesGuard(form.isDirty());
  const save = useApiMutation("settings.saveRounding", {
    success: "Đã lưu quy tắc làm tròn",
    onError: (e) => showServerErrors(form, e),
  });
  useEffect(() => {
    form.setValues(current);
    form.resetDirty(current);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the form object is stable
  }, [current]);
  return (
    <form onSubmit={form.onSubmit((v) => save.mutate(v))}>
      <Stack>
        <NumberInput
          label="Làm tròn đến bội số của (đồng)"
          thousandSeparator="."
          decimalSeparator=","
          allowDecimal={false}
          {...form.getInputProps("step")}
        />
        <Select
          label="Cách làm tròn"
          allowDeselect={false}
          data={[
            { value: "up", label: "Làm tròn lên" },
            { value: "nearest", label: "Làm tròn gần nhất" },
            { value: "down", label: "Làm tròn xuống" },
          ]}
          {...form.getInputProps("mode")}
        />
        <Button type="submit" w="fit-content" disabled={!form.isDirty()} loading={save.isPending}>
          Lưu quy tắc
        </Button>
      </Stack>
    </form>
  );
}

export function SalaryPage() {
  const list = useApiQuery("settings.listBaseSalaries", {});
  const rounding = useApiQuery("settings.getRounding", {});
  const [editing, setEditing] = useState<BaseSalary | "new" | null>(null);
  const remove = useApiMutation("settings.deleteBaseSalary", { success: "Đã xóa mức lương cơ sở" });
  const rows = [...(list.data ?? [])].reverse();
  return (
    <>
      <PageHeader
        title="Lương cơ sở và làm tròn tiền thưởng"
        description="Tiền thưởng = hệ số × mức lương cơ sở có hiệu lực vào ngày ký quyết định, làm tròn theo quy tắc bên dưới."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing("new")}>
            Thêm mức lương
          </Button>
        }
      />
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Table striped withTableBorder verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Áp dụng từ</Table.Th>
                <Table.Th ta="right">Mức lương cơ sở</Table.Th>
                <Table.Th>Căn cứ</Table.Th>
                <Table.Th w={90} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{formatDate(r.effectiveFrom)}</Table.Td>
                  <Table.Td ta="right">{formatMoney(r.amount)}</Table.Td>
                  <Table.Td>{r.legalBasis}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        aria-label={`Sửa mức từ ${formatDate(r.effectiveFrom)}`}
                        onClick={() => setEditing(r)}
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`Xóa mức từ ${formatDate(r.effectiveFrom)}`}
                        onClick={() =>
                          confirmAction({
                            title: "Xóa mức lương cơ sở?",
                            message: `Xóa mức ${formatMoney(r.amount)} áp dụng từ ${formatDate(r.effectiveFrom)}.`,
                            confirmLabel: "Xóa",
                            onConfirm: () => remove.mutate({ id: r.id }),
                          })
                        }
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="lg">
            <Title order={4} mb="sm">
              Làm tròn tiền thưởng
            </Title>
            {rounding.data && <RoundingForm current={rounding.data} />}
            <Text size="xs" c="dimmed" mt="md">
              Mặc định: làm tròn lên đến 10.000 đồng.
            </Text>
          </Paper>
        </Grid.Col>
      </Grid>
      {editing && <SalaryModal row={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
