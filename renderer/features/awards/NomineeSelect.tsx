import { Select, type OptionsFilter } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import type { RecipientKind } from "../../../electron/contract";
import { useApiQuery } from "../../api/hooks";
import { householdLine } from "../../../electron/contract/format";
import { useUnits } from "../directory/shared";
import { foldedFilter } from "../../lib/folded-filter";

const keepAll: OptionsFilter = ({ options }) => options;

const labels: Record<RecipientKind, string> = {
  ca_nhan: "Cá nhân",
  tap_the: "Tập thể (đơn vị)",
  ho_gia_dinh: "Hộ gia đình",
};

/**
 * A person, unit or household of the directory: people and households are searched on the
 * server as the officer types (without tone marks), units filtered in the list.
 */
export function NomineeSelect({
  kind,
  value,
  initialLabel = "",
  error,
  onChange,
}: {
  kind: RecipientKind;
  value: string | null;
  initialLabel?: string;
  error?: React.ReactNode;
  onChange: (id: string | null, label: string) => void;
}) {
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search, 150);
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  const units = useUnits();
  const people = useApiQuery(
    "directory.listPeople",
    { q: debounced, pageSize: 20 },
    { enabled: kind === "ca_nhan" && debounced.trim().length > 0 },
  );
  const households = useApiQuery(
    "directory.listHouseholds",
    { q: debounced, pageSize: 20 },
    { enabled: kind === "ho_gia_dinh" && debounced.trim().length > 0 },
  );
  if (kind === "tap_the")
    return (
      <Select
        label={labels.tap_the}
        withAsterisk
        searchable
        clearable
        data={units.options}
        filter={foldedFilter}
        placeholder="Gõ tên đơn vị…"
        value={value}
        error={error}
        onChange={(id, option) => onChange(id, option?.label ?? "")}
      />
    );
  const found =
    kind === "ca_nhan"
      ? (people.data?.rows ?? []).map((p) => ({
          value: p.id,
          label: [p.fullName, p.birthYear, p.unitName].filter(Boolean).join(" – "),
        }))
      : (households.data?.rows ?? []).map((h) => ({
          value: h.id,
          label: householdLine(h),
        }));
  const current = picked ?? (value ? { value, label: initialLabel } : null);
  const data = [
    ...(current && !found.some((f) => f.value === current.value) ? [current] : []),
    ...found,
  ];
  return (
    <Select
      label={labels[kind]}
      withAsterisk
      placeholder="Gõ họ tên để tìm trong danh bạ…"
      searchable
      clearable
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      filter={keepAll}
      nothingFoundMessage={
        debounced.trim() ? "Không tìm thấy trong danh bạ" : "Gõ vài chữ của họ tên"
      }
      error={error}
      onChange={(id, option) => {
        setPicked(id ? { value: id, label: option.label } : null);
        onChange(id, id ? option.label : "");
      }}
    />
  );
}
