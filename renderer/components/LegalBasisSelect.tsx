import { MultiSelect, Text, type MultiSelectProps } from "@mantine/core";
import { legalBasisOptions } from "../../electron/contract";
import { useApiQuery } from "../api/hooks";
import { todayIso } from "../lib/today";

/**
 * Every "Căn cứ" picker: the library's legal bases, those in force on `onDate` (today unless the
 * document's date is given) first, the others last, marked "(hết hiệu lực)" and greyed.
 */
export function LegalBasisSelect({
  onDate,
  ...props
}: Omit<MultiSelectProps, "data" | "renderOption"> & { onDate?: string | null }) {
  const bases = useApiQuery("catalogue.listLegalBases", {});
  const options = legalBasisOptions(bases.data ?? [], onDate || todayIso());
  const notInForce = new Set(options.filter((o) => !o.inForce).map((o) => o.value));
  return (
    <MultiSelect
      label="Căn cứ"
      searchable
      {...props}
      data={options.map(({ value, label }) => ({ value, label }))}
      renderOption={({ option }) => (
        <Text size="sm" c={notInForce.has(option.value) ? "dimmed" : undefined}>
          {option.label}
        </Text>
      )}
    />
  );
}
