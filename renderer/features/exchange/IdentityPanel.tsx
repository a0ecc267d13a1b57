import { Alert, Button, Code, Group, Paper, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useEffect } from "react";
import { exchangeIdentityInput } from "../../../electron/contract";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { useUnsavedChangesGuard } from "../../app/unsaved-changes";
import { showServerErrors, zodValidate } from "../../components/form-utils";

interface IdentityForm {
  unitCode: string;
  parentCode: string;
  parentName: string;
}

/** This installation's unit code, its parent's, and the key fingerprint others confirm. */
export function IdentityPanel() {
  const identity = useApiQuery("exchange.identity", {});
  const form = useForm<IdentityForm>({
    mode: "controlled",
    initialValues: { unitCode: "", parentCode: "", parentName: "" },
    validate: zodValidate(exchangeIdentityInput),
  });
  useUnsavedChangesGuard(form.isDirty());
  const save = useApiMutation("exchange.saveIdentity", {
    success: "Đã lưu định danh trao đổi dữ liệu",
    onSuccess: () => form.resetDirty(),
    onError: (e) => showServerErrors(form, e),
  });
  useEffect(() => {
    // What the officer already typed wins over values that arrive (or come back) later.
    if (!identity.data || form.isDirty()) return;
    const values = {
      unitCode: identity.data.unitCode,
      parentCode: identity.data.parentCode,
      parentName: identity.data.parentName,
    };
    form.setValues(values);
    form.resetDirty(values);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the form object is stable
  }, [identity.data]);
  const d = identity.data;
  return (
    <Stack maw={720}>
      <Paper withBorder p="md">
        <form onSubmit={form.onSubmit((v) => save.mutate(v))}>
          <Stack>
            <TextInput
              label="Mã đơn vị của nơi này"
              description="Mã do cấp trên cấp, trùng với mã của đơn vị này trong danh bạ ở cấp trên (ví dụ XA_BL, PNV-VC)"
              withAsterisk
              {...form.getInputProps("unitCode")}
            />
            {d && form.values.unitCode === d.unitCode && d.unitCode && (
              <Text size="sm" c={d.unitName ? "dimmed" : "orange.8"}>
                {d.unitName
                  ? `Đơn vị trong danh bạ: ${d.unitName}`
                  : "Danh bạ ở đây chưa có đơn vị mang mã này: đơn vị cơ sở cần có chính mình trong Danh bạ → Đơn vị với đúng mã này để gửi dữ liệu."}
              </Text>
            )}
            <Group grow align="flex-start">
              <TextInput
                label="Mã đơn vị cấp trên (nơi nhận gói)"
                {...form.getInputProps("parentCode")}
              />
              <TextInput label="Tên đơn vị cấp trên" {...form.getInputProps("parentName")} />
            </Group>
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
                Lưu
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      {d && (
        <Alert color="blue" title="Mã nhận dạng của máy này">
          <Text size="sm">
            Khi nơi nhận mở gói đầu tiên từ máy này, họ sẽ thấy mã dưới đây. Hãy đọc cho họ qua điện
            thoại (hoặc ghi trên giấy gửi kèm) để họ đối chiếu trước khi nhận.
          </Text>
          <Code fz="lg" mt="xs" block data-testid="own-fingerprint">
            {d.fingerprint}
          </Code>
        </Alert>
      )}
    </Stack>
  );
}
