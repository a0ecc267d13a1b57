import {
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  type OptionsFilter,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { genderLabels, type NomineeKind } from "../../../electron/contract";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { householdLine } from "../../../electron/contract/format";
import { HeadGenderSelect, toOptions, useKinds, useUnits } from "../directory/shared";
import { foldedFilter } from "../../lib/folded-filter";

export interface Picked {
  id: string;
  label: string;
}

const keepAll: OptionsFilter = ({ options }) => options;

/**
 * Choose the nominee from the directory (searched as the officer types, without tone marks),
 * or add a person or household to the directory on the spot.
 */
export function NomineePicker({
  kind,
  value,
  onChange,
  error,
  defaultUnitId,
}: {
  kind: NomineeKind;
  value: Picked | null;
  onChange: (p: Picked | null) => void;
  error?: string;
  defaultUnitId: string;
}) {
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search, 150);
  const [adding, setAdding] = useState(false);
  const [withinUnit, setWithinUnit] = useState(true);
  const units = useUnits();
  const scope = withinUnit ? { unitId: defaultUnitId } : {};
  const people = useApiQuery(
    "directory.listPeople",
    { q: debounced, pageSize: 20, withSubUnits: true, ...scope },
    { enabled: kind === "ca_nhan" && debounced.trim().length > 0 },
  );
  const households = useApiQuery(
    "directory.listHouseholds",
    { q: debounced, pageSize: 20, ...scope },
    { enabled: kind === "ho_gia_dinh" && debounced.trim().length > 0 },
  );
  // The submitting unit and the units under it.
  const subtree = new Set([defaultUnitId]);
  for (const t of units.tree)
    if (t.unit.parentId && subtree.has(t.unit.parentId)) subtree.add(t.unit.id);
  const found: Picked[] =
    kind === "ca_nhan"
      ? (people.data?.rows ?? []).map((p) => ({
          id: p.id,
          label: [p.fullName, p.birthYear, p.position, p.unitName].filter(Boolean).join(" – "),
        }))
      : kind === "ho_gia_dinh"
        ? (households.data?.rows ?? []).map((h) => ({
            id: h.id,
            label: householdLine(h),
          }))
        : units.options
            .filter((o) => !withinUnit || subtree.has(o.value))
            .map((o) => ({ id: o.value, label: o.label }));
  const data = [...(value && !found.some((f) => f.id === value.id) ? [value] : []), ...found].map(
    (p) => ({ value: p.id, label: p.label }),
  );
  const label =
    kind === "ca_nhan" ? "Cá nhân" : kind === "tap_the" ? "Tập thể (đơn vị)" : "Hộ gia đình";
  return (
    <Stack gap={6}>
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <Select
          style={{ flex: 1 }}
          label={label}
          withAsterisk
          placeholder={kind === "tap_the" ? "Gõ tên đơn vị…" : "Gõ họ tên để tìm trong danh bạ…"}
          searchable
          clearable
          data={data}
          value={value?.id ?? null}
          error={error}
          searchValue={kind === "tap_the" ? undefined : search}
          onSearchChange={kind === "tap_the" ? undefined : setSearch}
          filter={kind === "tap_the" ? foldedFilter : keepAll}
          nothingFoundMessage={
            kind === "tap_the" || debounced.trim()
              ? "Không tìm thấy trong danh bạ"
              : "Gõ vài chữ của họ tên"
          }
          onChange={(id, option) => onChange(id ? { id, label: option.label } : null)}
        />
        {kind !== "tap_the" && (
          <Button
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() => setAdding((a) => !a)}
            aria-expanded={adding}
          >
            Thêm mới vào danh bạ
          </Button>
        )}
      </Group>
      <Checkbox
        size="xs"
        label="Chỉ tìm trong đơn vị trình và các đơn vị trực thuộc"
        checked={withinUnit}
        onChange={(e) => setWithinUnit(e.currentTarget.checked)}
      />
      {adding && kind === "ca_nhan" && (
        <NewPerson
          defaultUnitId={defaultUnitId}
          initialName={search}
          onCreated={(p) => {
            onChange(p);
            setAdding(false);
          }}
        />
      )}
      {adding && kind === "ho_gia_dinh" && (
        <NewHousehold
          defaultUnitId={defaultUnitId}
          initialName={search}
          onCreated={(p) => {
            onChange(p);
            setAdding(false);
          }}
        />
      )}
    </Stack>
  );
}

function NewPerson({
  defaultUnitId,
  initialName,
  onCreated,
}: {
  defaultUnitId: string;
  initialName: string;
  onCreated: (p: Picked) => void;
}) {
  const { options } = useUnits();
  const { categories } = useKinds();
  const [v, setV] = useState({
    fullName: initialName,
    gender: "nam" as "nam" | "nu",
    birthYear: null as number | null,
    category: "cong_chuc",
    position: "",
    unitId: defaultUnitId as string | null,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useApiMutation("directory.savePerson", {
    success: "Đã thêm vào danh bạ",
    onSuccess: (p) =>
      onCreated({
        id: p.id,
        label: [p.fullName, p.birthYear, p.position, p.unitName].filter(Boolean).join(" – "),
      }),
    onError: (e) => setErrors(e.fields),
  });
  return (
    <Card withBorder p="sm" aria-label="Thêm cá nhân mới">
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          Cá nhân mới
        </Text>
        <SimpleGrid cols={3}>
          <TextInput
            label="Họ và tên"
            withAsterisk
            value={v.fullName}
            error={errors.fullName}
            onChange={(e) => setV({ ...v, fullName: e.currentTarget.value })}
          />
          <Select
            label="Giới tính"
            allowDeselect={false}
            data={toOptions(genderLabels)}
            value={v.gender}
            onChange={(g) => g && setV({ ...v, gender: g as "nam" | "nu" })}
          />
          <NumberInput
            label="Năm sinh"
            allowDecimal={false}
            value={v.birthYear ?? ""}
            error={errors.birthYear}
            onChange={(n) => setV({ ...v, birthYear: typeof n === "number" ? n : null })}
          />
          <Select
            label="Đối tượng"
            allowDeselect={false}
            data={categories.map((c) => ({ value: c.code, label: c.label }))}
            value={v.category}
            onChange={(c) => c && setV({ ...v, category: c })}
          />
          <TextInput
            label="Chức vụ"
            value={v.position}
            onChange={(e) => setV({ ...v, position: e.currentTarget.value })}
          />
          <Select
            label="Đơn vị"
            searchable
            filter={foldedFilter}
            data={options}
            value={v.unitId}
            onChange={(u) => setV({ ...v, unitId: u })}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button size="xs" loading={save.isPending} onClick={() => save.mutate(v)}>
            Thêm và chọn
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function NewHousehold({
  defaultUnitId,
  initialName,
  onCreated,
}: {
  defaultUnitId: string;
  initialName: string;
  onCreated: (p: Picked) => void;
}) {
  const { options } = useUnits();
  const [v, setV] = useState({
    headName: initialName,
    headGender: "" as "" | "nam" | "nu",
    address: "",
    unitId: defaultUnitId as string | null,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useApiMutation("directory.saveHousehold", {
    success: "Đã thêm vào danh bạ",
    onSuccess: (h) =>
      onCreated({
        id: h.id,
        label: householdLine(h),
      }),
    onError: (e) => setErrors(e.fields),
  });
  return (
    <Card withBorder p="sm" aria-label="Thêm hộ gia đình mới">
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          Hộ gia đình mới
        </Text>
        <SimpleGrid cols={4}>
          <TextInput
            label="Họ tên chủ hộ"
            withAsterisk
            value={v.headName}
            error={errors.headName}
            onChange={(e) => setV({ ...v, headName: e.currentTarget.value })}
          />
          <HeadGenderSelect value={v.headGender} onChange={(g) => setV({ ...v, headGender: g })} />
          <TextInput
            label="Địa chỉ"
            value={v.address}
            onChange={(e) => setV({ ...v, address: e.currentTarget.value })}
          />
          <Select
            label="Xã, thôn"
            searchable
            filter={foldedFilter}
            data={options}
            value={v.unitId}
            onChange={(u) => setV({ ...v, unitId: u })}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button size="xs" loading={save.isPending} onClick={() => save.mutate(v)}>
            Thêm và chọn
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
