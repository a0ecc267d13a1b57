import {
  Alert,
  Anchor,
  Button,
  Center,
  Code,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { PASSWORD_HINT } from "./NewPasswordFields";
import { useState } from "react";
import { useApiQuery } from "../../api/hooks";
import { useSignIn } from "./use-sign-in";

/** A recovery code made by a reset, shown once the app has taken over (sessionStorage). */
export const NEW_RECOVERY_CODE_KEY = "tdkt.new-recovery-code";

/** Shown once: the administrator writes the recovery code down before going on. */
export function RecoveryCodeNotice({ code, onDone }: { code: string; onDone: () => void }) {
  return (
    <Stack>
      <Alert color="orange" title="Mã khôi phục — chỉ hiện một lần">
        Ghi mã này ra giấy và cất cùng sổ sách của cơ quan. Khi quên mật khẩu quản trị, mã này là
        cách duy nhất để đặt lại.
      </Alert>
      <Code block fz="xl" ta="center" aria-label="Mã khôi phục">
        {code}
      </Code>
      <Button onClick={onDone}>Tôi đã ghi lại mã khôi phục</Button>
    </Stack>
  );
}

function RecoverForm({ onBack }: { onBack: () => void }) {
  const [username, setUsername] = useState("");
  const [code, setCode] = useState("");
  const [password, setPassword] = useState("");
  const recover = useSignIn("auth.recover");
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        // The app takes over once signed in: it shows the new code (AccountMenu).
        void recover.run({ username, recoveryCode: code, password }, (r) =>
          sessionStorage.setItem(NEW_RECOVERY_CODE_KEY, r.recoveryCode),
        );
      }}
    >
      <Stack>
        <Text size="sm">
          Đặt lại mật khẩu của tài khoản quản trị bằng mã khôi phục đã ghi khi tạo tài khoản.
        </Text>
        <TextInput
          label="Tên đăng nhập"
          value={username}
          error={recover.fields.username}
          onChange={(e) => setUsername(e.currentTarget.value)}
        />
        <TextInput
          label="Mã khôi phục"
          value={code}
          error={recover.fields.recoveryCode}
          onChange={(e) => setCode(e.currentTarget.value)}
        />
        <PasswordInput
          label="Mật khẩu mới"
          description={PASSWORD_HINT}
          value={password}
          error={recover.fields.password}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
        <Button type="submit" loading={recover.pending}>
          Đặt lại mật khẩu
        </Button>
        <Anchor component="button" type="button" size="sm" onClick={onBack}>
          Quay lại đăng nhập
        </Anchor>
      </Stack>
    </form>
  );
}

/** The sign-in screen: the office's name, username and password; the recovery code if forgotten. */
export function SignInScreen({
  reason,
  auto,
}: {
  reason: string | null;
  /** The account this PC signs in automatically (the administrator's choice), if any. */
  auto: { id: string; fullName: string } | null;
}) {
  const autoSignIn = useSignIn("auth.autoSignIn");
  const profile = useApiQuery("settings.getProfile", {});
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [recovering, setRecovering] = useState(false);
  const login = useSignIn("auth.login");
  return (
    <Center h="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={420}>
        <Title order={2} c="red.9" mb={4}>
          Thi đua – Khen thưởng
        </Title>
        {profile.data && (
          <Text size="sm" c="dimmed" mb="md">
            {profile.data.issuingBody} – {profile.data.parentBody}
          </Text>
        )}
        {recovering ? (
          <RecoverForm onBack={() => setRecovering(false)} />
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void login.run({ username, password });
            }}
          >
            <Stack>
              {reason && <Alert color="blue">{reason}</Alert>}
              <TextInput
                label="Tên đăng nhập"
                autoComplete="username"
                data-autofocus
                autoFocus
                value={username}
                onChange={(e) => setUsername(e.currentTarget.value)}
              />
              <PasswordInput
                label="Mật khẩu"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
              />
              <Button type="submit" loading={login.pending}>
                Đăng nhập
              </Button>
              {auto && (
                <Button
                  variant="light"
                  loading={autoSignIn.pending}
                  onClick={() => void autoSignIn.run({})}
                >
                  Vào bằng tài khoản {auto.fullName} (máy tự đăng nhập)
                </Button>
              )}
              <Anchor
                component="button"
                type="button"
                size="sm"
                onClick={() => setRecovering(true)}
              >
                Quên mật khẩu quản trị? Dùng mã khôi phục
              </Anchor>
            </Stack>
          </form>
        )}
      </Paper>
    </Center>
  );
}
