import { MultiSelect, type MultiSelectProps } from "@mantine/core";
import { legalBasisOptions } from "../../electron/contract";
import { useApiQuery } from "../api/hooks";
import { todayIso } from "../lib/today";

/**
 * Every "Căn cứ" picker: the library's legal bases, those in force on `onDate` (today unless the
 * document's date is given) first, the others last and marked "(hết hiệu lực)".
 */
export function LegalBasisSelect({
  onDate,
  ...props
}: Omit<MultiSelectProps, "data"> & { onDate?: string | null }) {
  const bases = useApiQuery("catalogue.listLegalBases", {});
  const data = legalBasisOptions(bases.data ?? [], onDate || todayIso()).map(
    ({ value, label }) => ({ value, label }),
  );
  return <MultiSelect label="Căn cứ" searchable {...props} data={data} />;
}
