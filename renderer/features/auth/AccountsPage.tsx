import {
  Badge,
  Button,
  Checkbox,
  Group,
  NumberInput,
  PasswordInput,
  Select,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { PASSWORD_HINT } from "./NewPasswordFields";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { accountInput, type Account } from "../../../electron/contract";
import { roleLabels } from "../../../electron/contract/vocabulary";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { confirmAction } from "../../components/confirm";
import { PageHeader } from "../../components/PageHeader";
import { RecordFormModal } from "../../components/RecordFormModal";
import { formatDate } from "../../lib/format";
import { toOptions } from "../settings/labels";
import { Modal, Stack } from "@mantine/core";
import { FormActions } from "../../components/FormActions";

type AccountForm = {
  fullName: string;
  username: string;
  role: Account["role"];
  recordsVotes: boolean;
  password?: string;
};

const roleNotes: Record<Account["role"], string> = {
  quan_tri: "tài khoản, cài đặt, danh mục, sao lưu, khôi phục — và mọi việc khác",
  chuyen_vien: "nhập liệu, hồ sơ, văn bản",
  lanh_dao: "xem mọi thứ, ban hành văn bản và quyết định",
  chi_xem: "chỉ xem và xuất tệp",
};

function ResetPasswordModal({ account, onClose }: { account: Account; onClose: () => void }) {
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | undefined>();
  const reset = useApiMutation("auth.resetPassword", {
    success: `Đã đặt lại mật khẩu cho ${account.fullName}`,
    onSuccess: onClose,
    onError: (e) => setError(e.fields.password),
  });
  return (
    <Modal opened onClose={onClose} title={`Đặt lại mật khẩu: ${account.fullName}`}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          reset.mutate({ id: account.id, password });
        }}
      >
        <Stack>
          <PasswordInput
            label="Mật khẩu mới"
            description={`${PASSWORD_HINT}; báo cho người dùng để họ đổi lại`}
            data-autofocus
            value={password}
            error={error}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <FormActions onCancel={onClose} saving={reset.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}

/** Settings → Tài khoản: the administrator creates, edits, disables and resets accounts. */
export function AccountsPage() {
  const list = useApiQuery("auth.accounts", {});
  const status = useApiQuery("auth.status", {});
  const [editing, setEditing] = useState<(AccountForm & { id: string }) | "new" | null>(null);
  const [resetting, setResetting] = useState<Account | null>(null);
  const setDisabled = useApiMutation("auth.setDisabled", { success: "Đã cập nhật tài khoản" });
  const settings = useApiMutation("auth.saveSettings", { success: "Đã lưu cài đặt đăng nhập" });
  const [idle, setIdle] = useState<number | string>("");
  const [auto, setAuto] = useState<string | null | undefined>(undefined);
  const autoValue = auto === undefined ? (status.data?.autoSignIn?.id ?? null) : auto;
  return (
    <>
      <PageHeader
        title="Tài khoản"
        description="Mỗi người dùng một tài khoản; vai trò quyết định được làm gì. Tài khoản đã dùng không xóa, chỉ vô hiệu hóa."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing("new")}>
            Thêm tài khoản
          </Button>
        }
      />
      <Table striped withTableBorder mb="lg">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Họ và tên</Table.Th>
            <Table.Th>Tên đăng nhập</Table.Th>
            <Table.Th>Vai trò</Table.Th>
            <Table.Th>Đăng nhập gần nhất</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(list.data ?? []).map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>
                {a.fullName} {a.disabled && <Badge color="gray">Vô hiệu hóa</Badge>}
              </Table.Td>
              <Table.Td>{a.username}</Table.Td>
              <Table.Td>
                {roleLabels[a.role]}
                {a.recordsVotes && a.role !== "quan_tri" ? " · Thư ký Hội đồng" : ""}
              </Table.Td>
              <Table.Td>
                {a.lastSignInAt
                  ? formatDate(new Date(a.lastSignInAt).toISOString().slice(0, 10))
                  : "—"}
              </Table.Td>
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <Button size="compact-xs" variant="subtle" onClick={() => setEditing({ ...a })}>
                    Sửa
                  </Button>
                  <Button size="compact-xs" variant="subtle" onClick={() => setResetting(a)}>
                    Đặt lại mật khẩu
                  </Button>
                  {a.id !== status.data?.account?.id && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color={a.disabled ? "teal" : "red"}
                      onClick={() =>
                        a.disabled
                          ? setDisabled.mutate({ id: a.id, disabled: false })
                          : confirmAction({
                              title: "Vô hiệu hóa tài khoản?",
                              message: `${a.fullName} không đăng nhập được nữa và bị đăng xuất ngay. Lịch sử làm việc vẫn giữ.`,
                              confirmLabel: "Vô hiệu hóa",
                              onConfirm: () => setDisabled.mutate({ id: a.id, disabled: true }),
                            })
                      }
                    >
                      {a.disabled ? "Cho dùng lại" : "Vô hiệu hóa"}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group align="flex-end">
        <NumberInput
          label="Khóa ứng dụng sau (phút không dùng)"
          w={260}
          min={1}
          max={480}
          value={idle === "" ? (status.data?.idleMinutes ?? 15) : idle}
          onChange={setIdle}
        />
        <Select
          label="Tự đăng nhập trên máy này (máy chỉ một người dùng)"
          description="Không cần mật khẩu; mọi việc vẫn ghi tên tài khoản này"
          w={360}
          clearable
          placeholder="Không tự đăng nhập"
          data={(list.data ?? [])
            .filter((a) => !a.disabled)
            .map((a) => ({ value: a.id, label: a.fullName }))}
          value={autoValue}
          onChange={setAuto}
        />
        <Button
          variant="light"
          loading={settings.isPending}
          onClick={() =>
            settings.mutate({
              idleMinutes: Number(idle || status.data?.idleMinutes || 15),
              autoSignInId: autoValue,
            })
          }
        >
          Lưu
        </Button>
      </Group>
      {editing && (
        <RecordFormModal<AccountForm>
          channel="auth.saveAccount"
          record={editing}
          blank={{
            fullName: "",
            username: "",
            role: "chuyen_vien",
            recordsVotes: false,
            password: "",
          }}
          schema={accountInput}
          titles={{ create: "Thêm tài khoản", edit: "Sửa tài khoản" }}
          success="Đã lưu tài khoản"
          onClose={() => setEditing(null)}
        >
          {(form) => (
            <>
              <TextInput
                label="Họ và tên"
                withAsterisk
                data-autofocus
                {...form.getInputProps("fullName")}
              />
              <TextInput label="Tên đăng nhập" withAsterisk {...form.getInputProps("username")} />
              <Select
                label="Vai trò"
                allowDeselect={false}
                data={toOptions(roleLabels)}
                description={roleNotes[form.values.role]}
                {...form.getInputProps("role")}
              />
              <Checkbox
                label="Thư ký Hội đồng: được ghi kết quả biểu quyết"
                {...form.getInputProps("recordsVotes", { type: "checkbox" })}
              />
              {editing === "new" && (
                <PasswordInput
                  label="Mật khẩu ban đầu"
                  description={PASSWORD_HINT}
                  withAsterisk
                  {...form.getInputProps("password")}
                />
              )}
              <Text size="xs" c="dimmed">
                Tên đăng nhập viết thường, không dấu.
              </Text>
            </>
          )}
        </RecordFormModal>
      )}
      {resetting && <ResetPasswordModal account={resetting} onClose={() => setResetting(null)} />}
    </>
  );
}
