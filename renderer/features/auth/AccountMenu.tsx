import {
  Button,
  Menu,
  Modal,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  UnstyledButton,
} from "@mantine/core";
import { IconLogout, IconUserCircle, IconKey, IconUserPlus } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { OutputOf } from "../../../electron/contract";
import { roleLabels } from "../../../electron/contract/vocabulary";
import { call } from "../../api/client";
import { notifyError, useApiMutation } from "../../api/hooks";
import { showSignedOut } from "./signed-out";
import { FormActions } from "../../components/FormActions";
import { NEW_RECOVERY_CODE_KEY, RecoveryCodeNotice } from "./SignInScreen";
import { useSignIn } from "./use-sign-in";
import { confirmError, NewPasswordFields } from "./NewPasswordFields";

function FirstAdminModal({ onClose }: { onClose: () => void }) {
  const [v, setV] = useState({ fullName: "", username: "", password: "", confirm: "" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [code, setCode] = useState<string | null>(null);
  const create = useSignIn("auth.createFirstAdmin");
  const set = (k: keyof typeof v) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setV({ ...v, [k]: e.currentTarget.value });
  return (
    <Modal
      opened
      onClose={code ? () => undefined : onClose}
      title="Tạo tài khoản quản trị"
      size="md"
    >
      {code ? (
        <RecoveryCodeNotice code={code} onDone={onClose} />
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const confirm = confirmError(v);
            if (confirm) return setErrors({ confirm });
            void create.run(
              { fullName: v.fullName, username: v.username, password: v.password },
              (r) => setCode(r.recoveryCode),
            );
          }}
        >
          <Stack>
            <Text size="sm">
              Từ khi có tài khoản, mỗi người phải đăng nhập; mọi thay đổi ghi tên người làm. Tài
              khoản đầu tiên là quản trị: tạo thêm tài khoản cho chuyên viên, lãnh đạo ở Cài đặt →
              Tài khoản.
            </Text>
            <TextInput
              label="Họ và tên"
              withAsterisk
              data-autofocus
              value={v.fullName}
              error={errors.fullName ?? create.fields.fullName}
              onChange={set("fullName")}
            />
            <TextInput
              label="Tên đăng nhập"
              withAsterisk
              autoComplete="username"
              value={v.username}
              error={errors.username ?? create.fields.username}
              onChange={set("username")}
            />
            <NewPasswordFields
              value={v}
              errors={{
                password: errors.password ?? create.fields.password,
                confirm: errors.confirm,
              }}
              onChange={(k, text) => setV({ ...v, [k]: text })}
            />
            <FormActions onCancel={onClose} saving={create.pending} submitLabel="Tạo tài khoản" />
          </Stack>
        </form>
      )}
    </Modal>
  );
}

function ChangePasswordModal({ onClose }: { onClose: () => void }) {
  const [v, setV] = useState({ current: "", password: "", confirm: "" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const change = useApiMutation("auth.changePassword", {
    success: "Đã đổi mật khẩu",
    onSuccess: onClose,
    onError: (e) => setErrors(e.fields),
  });
  const set = (k: keyof typeof v) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setV({ ...v, [k]: e.currentTarget.value });
  return (
    <Modal opened onClose={onClose} title="Đổi mật khẩu">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const confirm = confirmError(v);
          if (confirm) return setErrors({ confirm });
          change.mutate({ current: v.current, password: v.password });
        }}
      >
        <Stack>
          <PasswordInput
            label="Mật khẩu hiện tại"
            data-autofocus
            value={v.current}
            error={errors.current}
            onChange={set("current")}
          />
          <NewPasswordFields
            replacing
            value={v}
            errors={errors}
            onChange={(k, text) => setV({ ...v, [k]: text })}
          />
          <FormActions onCancel={onClose} saving={change.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}

/** The header's account: who is signed in (change password, sign out), or the offer to create one. */
export function AccountMenu({ auth }: { auth: OutputOf<"auth.status"> }) {
  const queryClient = useQueryClient();
  const [modal, setModal] = useState<"admin" | "password" | null>(null);
  const [newCode, setNewCode] = useState(() => sessionStorage.getItem(NEW_RECOVERY_CODE_KEY));
  const signOut = () =>
    void call("auth.logout", {})
      .catch(notifyError)
      .finally(() => showSignedOut(queryClient));
  return (
    <>
      {!auth.accountsExist ? (
        <Button
          size="xs"
          variant="light"
          color="orange"
          leftSection={<IconUserPlus size={14} />}
          title="Chưa có tài khoản: ai mở ứng dụng trên máy này cũng dùng được mọi chức năng"
          onClick={() => setModal("admin")}
        >
          Tạo tài khoản quản trị
        </Button>
      ) : (
        auth.account && (
          <Menu position="bottom-end">
            <Menu.Target>
              <UnstyledButton aria-label={`Tài khoản ${auth.account.fullName}`}>
                <IconUserCircle size={18} style={{ verticalAlign: "middle" }} />{" "}
                <Text span size="sm">
                  {auth.account.fullName}
                </Text>
              </UnstyledButton>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>
                {auth.account.username} · {roleLabels[auth.account.role]}
              </Menu.Label>
              <Menu.Item leftSection={<IconKey size={14} />} onClick={() => setModal("password")}>
                Đổi mật khẩu
              </Menu.Item>
              <Menu.Item leftSection={<IconLogout size={14} />} onClick={signOut}>
                Đăng xuất
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        )
      )}
      {modal === "admin" && (
        <FirstAdminModal
          onClose={() => {
            setModal(null);
            void queryClient.invalidateQueries();
          }}
        />
      )}
      {modal === "password" && <ChangePasswordModal onClose={() => setModal(null)} />}
      {newCode && (
        <Modal opened onClose={() => undefined} withCloseButton={false} title="Mã khôi phục mới">
          <RecoveryCodeNotice
            code={newCode}
            onDone={() => {
              sessionStorage.removeItem(NEW_RECOVERY_CODE_KEY);
              setNewCode(null);
            }}
          />
        </Modal>
      )}
    </>
  );
}
