import { Checkbox, Paper, Select, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { signatureLines, type SignerInput } from "../../../electron/contract";
import { authorityLabels, toOptions } from "./labels";

export const emptySigner: SignerInput = {
  fullName: "",
  position: "",
  authority: "",
  authorityOf: "",
  onBehalfOf: "",
  isDefault: false,
};

interface FieldProps {
  value: SignerInput;
  errors: Record<string, string | undefined>;
  onChange: (patch: Partial<SignerInput>) => void;
}

export function SignerFields({ value, errors, onChange }: FieldProps) {
  const text = (key: keyof SignerInput) => ({
    value: String(value[key] ?? ""),
    error: errors[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) =>
      onChange({ [key]: e.currentTarget.value }),
  });
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Họ và tên" withAsterisk data-autofocus {...text("fullName")} />
        <TextInput
          label="Chức vụ"
          description="Ví dụ: Phó Chủ tịch, Trưởng phòng"
          withAsterisk
          {...text("position")}
        />
        <Select
          label="Thẩm quyền ký"
          data={toOptions(authorityLabels)}
          value={value.authority ?? ""}
          allowDeselect={false}
          onChange={(v) => onChange({ authority: (v ?? "") as SignerInput["authority"] })}
        />
        <TextInput
          label="Ký thay mặt / ký thay cho"
          description="Sau TM.: Ủy ban nhân dân; sau KT.: Chủ tịch"
          disabled={!value.authority}
          {...text("authorityOf")}
        />
        <TextInput
          label="Dòng TM. phía trên (nếu có)"
          description="Ví dụ: Ủy ban nhân dân → TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH"
          {...text("onBehalfOf")}
        />
        <Checkbox
          mt="lg"
          label="Người ký mặc định"
          checked={!!value.isDefault}
          onChange={(e) => onChange({ isDefault: e.currentTarget.checked })}
        />
      </SimpleGrid>
      <Paper withBorder p="sm" bg="gray.0">
        <Text size="xs" c="dimmed" mb={4}>
          Khối chữ ký sẽ in:
        </Text>
        {signatureLines(value).map((line, i) => (
          <Text key={i} fw={700} size="sm" ta="center">
            {line || "…"}
          </Text>
        ))}
        <Text fw={700} size="sm" ta="center" mt="lg">
          {value.fullName || "…"}
        </Text>
      </Paper>
    </Stack>
  );
}
