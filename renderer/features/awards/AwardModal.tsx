import {
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  TextInput,
  Textarea,
} from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useState } from "react";
import {
  awardRecordInput,
  type AwardRecordRow,
  type RecipientKind,
} from "../../../electron/contract";
import { DateField } from "../../components/DateField";
import { RecordFormModal } from "../../components/RecordFormModal";
import { useUnits } from "../directory/shared";
import { NomineeSelect } from "./NomineeSelect";
import { ClassificationFields, type Classification } from "./ClassificationFields";
import { kindOptions, useAwardOptions } from "./options";

export interface AwardForm {
  year: number;
  recipientKind: RecipientKind;
  personId: string | null;
  unitId: string | null;
  householdId: string | null;
  recipientName: string;
  awardCode: string;
  decisionNumber: string;
  decisionDate: string | null;
  issuer: string;
  note: string;
  recipientCategory: Classification["recipientCategory"];
  awardType: Classification["awardType"];
  proposingBody: Classification["proposingBody"];
}

/** The person or household of the award, searched in the directory as the officer types. */
function DirectoryPicker({
  form,
  initialLabel,
}: {
  form: UseFormReturnType<AwardForm>;
  initialLabel: string;
}) {
  const kind = form.values.recipientKind;
  const field = kind === "ca_nhan" ? "personId" : "householdId";
  return (
    <NomineeSelect
      kind={kind === "ca_nhan" ? "ca_nhan" : "ho_gia_dinh"}
      value={form.values[field]}
      initialLabel={initialLabel}
      error={form.errors.recipientName}
      onChange={(id) => form.setFieldValue(field, id)}
    />
  );
}

function toForm(r: AwardRecordRow): AwardForm & { id: string } {
  return {
    id: r.id,
    year: r.year,
    recipientKind: r.recipientKind,
    personId: r.personId,
    unitId: r.unitId,
    householdId: r.householdId,
    recipientName:
      r.personId || r.householdId || r.recipientKind === "tap_the" ? "" : r.recipientName,
    awardCode: r.awardCode,
    decisionNumber: r.decisionNumber,
    decisionDate: r.decisionDate,
    issuer: r.issuer,
    note: r.note,
    recipientCategory: r.recipientCategory,
    awardType: r.awardType,
    proposingBody: r.proposingBody,
  };
}

/** Add or correct one award of the registry's history (not those of decisions made here). */
export function AwardModal({
  record,
  defaultYear,
  onClose,
}: {
  record: AwardRecordRow | "new";
  defaultYear: number;
  onClose: () => void;
}) {
  const units = useUnits();
  const initialLabel = record === "new" ? "" : record.recipientName;
  const [free, setFree] = useState(
    record !== "new" &&
      record.recipientKind !== "tap_the" &&
      !record.personId &&
      !record.householdId,
  );
  return (
    <RecordFormModal<AwardForm>
      channel="awards.save"
      record={record === "new" ? "new" : toForm(record)}
      blank={{
        year: defaultYear,
        recipientKind: "ca_nhan",
        personId: null,
        unitId: null,
        householdId: null,
        recipientName: "",
        awardCode: "",
        decisionNumber: "",
        decisionDate: null,
        issuer: "",
        note: "",
        recipientCategory: null,
        awardType: null,
        proposingBody: null,
      }}
      schema={awardRecordInput}
      titles={{ create: "Thêm khen thưởng vào sổ", edit: "Sửa khen thưởng" }}
      success="Đã lưu vào sổ khen thưởng"
      size="lg"
      onClose={onClose}
    >
      {(form) => (
        <Fields
          form={form}
          free={free}
          setFree={setFree}
          units={units.options}
          initialLabel={initialLabel}
        />
      )}
    </RecordFormModal>
  );
}

function Fields({
  form,
  free,
  setFree,
  units,
  initialLabel,
}: {
  form: UseFormReturnType<AwardForm>;
  free: boolean;
  setFree: (v: boolean) => void;
  units: { value: string; label: string }[];
  initialLabel: string;
}) {
  const kind = form.values.recipientKind;
  const awards = useAwardOptions(kind);
  return (
    <>
      <SimpleGrid cols={2}>
        <NumberInput
          label="Năm khen thưởng"
          withAsterisk
          min={1945}
          max={2100}
          {...form.getInputProps("year")}
        />
        <Select
          label="Loại đối tượng"
          withAsterisk
          data={kindOptions}
          allowDeselect={false}
          {...form.getInputProps("recipientKind")}
          onChange={(v) => {
            form.setValues({
              recipientKind: (v ?? "ca_nhan") as RecipientKind,
              personId: null,
              householdId: null,
              unitId: null,
              awardCode: "",
              recipientCategory: null,
            });
          }}
        />
      </SimpleGrid>
      {kind === "tap_the" ? (
        <Select
          label="Tập thể (đơn vị)"
          withAsterisk
          searchable
          data={units}
          placeholder="Gõ tên đơn vị…"
          {...form.getInputProps("unitId")}
        />
      ) : (
        <>
          <Checkbox
            label="Không có trong danh bạ (ghi tên)"
            checked={free}
            onChange={(e) => {
              setFree(e.currentTarget.checked);
              form.setValues({ personId: null, householdId: null });
            }}
          />
          {free ? (
            <Group grow align="flex-start">
              <TextInput
                label="Tên đối tượng"
                withAsterisk
                {...form.getInputProps("recipientName")}
              />
              <Select
                label="Đơn vị"
                searchable
                clearable
                data={units}
                {...form.getInputProps("unitId")}
              />
            </Group>
          ) : (
            <DirectoryPicker form={form} initialLabel={initialLabel} />
          )}
        </>
      )}
      <Select
        label="Hình thức, danh hiệu"
        withAsterisk
        searchable
        data={awards.options}
        {...form.getInputProps("awardCode")}
      />
      <SimpleGrid cols={2}>
        <TextInput
          label="Số quyết định"
          placeholder="15/QĐ-UBND"
          {...form.getInputProps("decisionNumber")}
        />
        <DateField label="Ngày quyết định" clearable {...form.getInputProps("decisionDate")} />
      </SimpleGrid>
      <TextInput
        label="Cấp quyết định"
        placeholder="Chủ tịch UBND huyện…"
        {...form.getInputProps("issuer")}
      />
      <ClassificationFields form={form} />
      <Textarea label="Ghi chú" autosize {...form.getInputProps("note")} />
    </>
  );
}
