import { PasswordInput } from "@mantine/core";
import { MIN_PASSWORD } from "../../../electron/contract/auth";

/** What a new password's field says about its length (the contract's one minimum). */
export const PASSWORD_HINT = `Ít nhất ${MIN_PASSWORD} ký tự`;

export interface NewPassword {
  password: string;
  confirm: string;
}

/** The confirmation's error when the two entries differ (checked before anything is sent). */
export const confirmError = (v: NewPassword): string | undefined =>
  v.password === v.confirm ? undefined : "Hai lần nhập mật khẩu khác nhau";

/** A new password typed twice: the first administrator's, a changed one. */
export function NewPasswordFields({
  value,
  errors,
  onChange,
  replacing = false,
}: {
  value: NewPassword;
  errors: Partial<Record<keyof NewPassword, string | undefined>>;
  onChange: (field: keyof NewPassword, text: string) => void;
  /** Replacing an existing password: the fields say "mới". */
  replacing?: boolean;
}) {
  const fresh = replacing ? " mới" : "";
  return (
    <>
      <PasswordInput
        label={`Mật khẩu${fresh}`}
        description={PASSWORD_HINT}
        withAsterisk
        autoComplete="new-password"
        value={value.password}
        error={errors.password}
        onChange={(e) => onChange("password", e.currentTarget.value)}
      />
      <PasswordInput
        label={`Nhập lại mật khẩu${fresh}`}
        withAsterisk
        autoComplete="new-password"
        value={value.confirm}
        error={errors.confirm}
        onChange={(e) => onChange("confirm", e.currentTarget.value)}
      />
    </>
  );
}
