import { Checkbox, NumberInput, Select, SimpleGrid, TextInput, Textarea } from "@mantine/core";
import { genderLabels, personInput, type PersonRow } from "../../../electron/contract";
import { DateField } from "../../components/DateField";
import { RecordFormModal } from "../../components/RecordFormModal";
import { toOptions, useKinds, useUnits } from "./shared";

type PersonForm = Omit<PersonRow, "id" | "unitName"> & { movedOn?: string };
const blank: PersonForm = {
  fullName: "",
  gender: "nam",
  birthYear: null,
  birthDate: null,
  category: "cong_chuc",
  position: "",
  isLeader: false,
  unitId: null,
  phone: "",
  hometown: "",
  residence: "",
  education: "",
  notes: "",
};

/** Add or edit a person; changing the unit records a move (the old unit stays in the history). */
export function PersonModal({
  person,
  onClose,
  defaultUnitId,
}: {
  person: PersonRow | "new";
  onClose: () => void;
  defaultUnitId?: string;
}) {
  const { options } = useUnits();
  const { categories } = useKinds();
  const record = person === "new" ? "new" : (({ unitName: _u, ...rest }) => rest)(person);
  return (
    <RecordFormModal<PersonForm>
      channel="directory.savePerson"
      record={record}
      blank={{ ...blank, unitId: defaultUnitId ?? null }}
      schema={personInput}
      titles={{ create: "Thêm cá nhân", edit: "Sửa thông tin cá nhân" }}
      success="Đã lưu cá nhân"
      size="lg"
      onClose={onClose}
    >
      {(form) => (
        <>
          <TextInput
            label="Họ và tên"
            withAsterisk
            data-autofocus
            {...form.getInputProps("fullName")}
          />
          <SimpleGrid cols={3}>
            <Select
              label="Giới tính"
              data={toOptions(genderLabels)}
              allowDeselect={false}
              {...form.getInputProps("gender")}
            />
            <DateField label="Ngày sinh" clearable {...form.getInputProps("birthDate")} />
            <NumberInput
              label="Năm sinh"
              description="Khi không rõ ngày sinh"
              min={1900}
              max={2100}
              allowDecimal={false}
              {...form.getInputProps("birthYear")}
              onChange={(v) => form.setFieldValue("birthYear", typeof v === "number" ? v : null)}
            />
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <Select
              label="Đối tượng"
              data={categories.map((c) => ({ value: c.code, label: c.label }))}
              allowDeselect={false}
              {...form.getInputProps("category")}
            />
            <TextInput label="Chức vụ" {...form.getInputProps("position")} />
          </SimpleGrid>
          <Checkbox
            label="Chức vụ lãnh đạo, quản lý"
            {...form.getInputProps("isLeader", { type: "checkbox" })}
          />
          <SimpleGrid cols={2}>
            <Select
              label="Đơn vị"
              data={options}
              searchable
              clearable
              {...form.getInputProps("unitId")}
            />
            {person !== "new" && form.values.unitId !== person.unitId && (
              <DateField
                label="Ngày chuyển đến đơn vị mới"
                description="Đơn vị cũ được giữ trong quá trình công tác"
                clearable
                {...form.getInputProps("movedOn")}
              />
            )}
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <TextInput
              label="Quê quán"
              placeholder="Xã (phường), tỉnh (thành phố)"
              {...form.getInputProps("hometown")}
            />
            <TextInput
              label="Trú quán"
              placeholder="Nơi ở hiện nay"
              {...form.getInputProps("residence")}
            />
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <TextInput
              label="Trình độ chuyên môn, nghiệp vụ"
              placeholder="Cử nhân Luật, Kỹ sư Xây dựng…"
              {...form.getInputProps("education")}
            />
            <TextInput label="Điện thoại" {...form.getInputProps("phone")} />
          </SimpleGrid>
          <Textarea label="Ghi chú" autosize {...form.getInputProps("notes")} />
        </>
      )}
    </RecordFormModal>
  );
}
