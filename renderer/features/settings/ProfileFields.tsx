import { Select, SimpleGrid, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import type { Profile } from "../../../electron/contract";
import { levelLabels, toOptions } from "./labels";

/** The issuing body's profile: what every document header, number and date line uses. */
export function ProfileFields({ form }: { form: UseFormReturnType<Profile> }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <TextInput
        label="Cơ quan chủ quản"
        description="In hoa, không đậm ở đầu văn bản"
        withAsterisk
        {...form.getInputProps("parentBody")}
        key={form.key("parentBody")}
      />
      <TextInput
        label="Cơ quan ban hành"
        description="In hoa, đậm, dưới tên cơ quan chủ quản"
        withAsterisk
        {...form.getInputProps("issuingBody")}
        key={form.key("issuingBody")}
      />
      <TextInput
        label="Chữ viết tắt trong số văn bản"
        description="Ví dụ: PNV → Số: 12/TTr-PNV"
        withAsterisk
        {...form.getInputProps("abbreviation")}
        key={form.key("abbreviation")}
      />
      <TextInput
        label="Chữ viết tắt của cơ quan chủ quản"
        description="Ví dụ: UBND → Số: 17/QĐ-UBND"
        {...form.getInputProps("parentAbbreviation")}
        key={form.key("parentAbbreviation")}
      />
      <TextInput
        label="Địa danh"
        description="Dòng ngày tháng: “Vĩnh Cửu, ngày 05 tháng 02 năm 2025”"
        withAsterisk
        {...form.getInputProps("placeName")}
        key={form.key("placeName")}
      />
      <Select
        label="Cấp"
        data={toOptions(levelLabels)}
        allowDeselect={false}
        {...form.getInputProps("level")}
        key={form.key("level")}
      />
      <TextInput
        label="Tên Hội đồng Thi đua – Khen thưởng"
        withAsterisk
        {...form.getInputProps("councilName")}
        key={form.key("councilName")}
      />
      <TextInput
        label="Chữ viết tắt của Hội đồng"
        description="Sổ biên bản riêng: …/BB-HĐTĐKT"
        withAsterisk
        {...form.getInputProps("councilAbbreviation")}
        key={form.key("councilAbbreviation")}
      />
    </SimpleGrid>
  );
}
